import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useT } from '../messages/i18n';
import { communeByCode, loadCommunes, searchCommunes, type Commune } from '../lib/communes';
import './combobox.css';

/**
 * A commune chosen from the official list (WAI-ARIA 1.2 combobox with a list box): type a few
 * letters, move with the arrow keys, Enter or a click chooses, Escape closes. Only a commune
 * of the list can be chosen; what is typed without choosing is no answer (`onChange('')`).
 */
export function CommuneCombobox(props: {
  id: string;
  value: string;
  onChange(code: string): void;
  /** only the communes of this département */
  departement?: string;
  invalid?: boolean;
  describedBy?: string;
  className?: string;
}) {
  const t = useT();
  const listId = useId();
  const statusId = useId();
  const [communes, setCommunes] = useState<readonly Commune[] | null>(null);
  const [failed, setFailed] = useState(false);
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    let live = true;
    loadCommunes()
      .then((list) => live && setCommunes(list))
      .catch(() => live && setFailed(true));
    return () => {
      live = false;
    };
  }, []);

  // The chosen commune's name shows in the box (also when the value comes back from storage).
  const chosen = communes ? communeByCode(communes, props.value) : undefined;
  useEffect(() => {
    if (chosen) setText(chosen.name);
  }, [chosen]);

  const results = useMemo(
    () => (communes && open ? searchCommunes(communes, text, props.departement ? { departement: props.departement } : {}) : []),
    [communes, open, text, props.departement],
  );

  const choose = (c: Commune) => {
    setText(c.name);
    setOpen(false);
    setActive(-1);
    props.onChange(c.code);
    input.current?.focus();
  };

  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setOpen(true);
      setActive((i) => (results.length === 0 ? -1 : (i + 1) % results.length));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((i) => (results.length === 0 ? -1 : i <= 0 ? results.length - 1 : i - 1));
    } else if (e.key === 'Enter' && open && active >= 0 && results[active]) {
      // Enter chooses the highlighted commune instead of submitting the form
      e.preventDefault();
      choose(results[active]);
    } else if (e.key === 'Escape' && open) {
      e.preventDefault();
      setOpen(false);
      setActive(-1);
    }
  };

  const expanded = open && results.length > 0;
  const status = !communes
    ? failed
      ? t('commune.failed')
      : t('commune.loading')
    : open && text.trim() !== ''
      ? results.length === 0
        ? t('commune.none')
        : t('commune.count', { count: results.length })
      : chosen
        ? t('commune.chosen', { name: chosen.name })
        : '';
  return (
    <div className={`combobox ${props.className ?? ''}`}>
      <input
        ref={input}
        id={props.id}
        type="text"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? `${listId}-${active}` : undefined}
        aria-invalid={props.invalid ? true : undefined}
        aria-describedby={[props.describedBy, statusId].filter(Boolean).join(' ')}
        value={text}
        disabled={!communes}
        onChange={(e) => {
          setText(e.target.value);
          setOpen(true);
          setActive(-1);
          if (props.value) props.onChange('');
        }}
        onKeyDown={onKeyDown}
        onBlur={(e) => {
          // a click in the list keeps it open long enough to choose
          if (!e.relatedTarget || !(e.currentTarget.parentElement?.contains(e.relatedTarget as Node) ?? false)) setOpen(false);
        }}
      />
      <ul id={listId} role="listbox" className="combobox__list" hidden={!expanded} aria-label={t('commune.list')}>
        {results.map((c, i) => (
          <li
            key={c.code}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === active}
            className={i === active ? 'combobox__option is-active' : 'combobox__option'}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => choose(c)}
          >
            {c.name} <span className="combobox__dep">({c.dep})</span>
          </li>
        ))}
      </ul>
      <p id={statusId} className="hint combobox__status" role="status">
        {status}
      </p>
    </div>
  );
}
