import { useEffect, useId, useRef, useState } from 'react';
import { useT, type MessageKey } from '../../messages/i18n';
import { hrefTo } from '../../lib/router';
import { useFocusHeading } from '../../lib/use-focus-heading';
import { hashPin, isValidPin, type PinHash } from '../../lib/pin';
import { PinForm } from './PinForm';
import { StaffLinks } from '../../components/StaffLinks';
import { IDLE_RANGE, WARNING_RANGE } from './kiosk-settings';

export interface KioskSetup {
  pin: PinHash;
  idleSeconds: number;
  warningSeconds: number;
}

type Field = 'pin' | 'pinAgain' | 'idle' | 'warning';

/** First use on this device: staff choose the PIN (twice) and the inactivity delays. */
export function StaffSetupScreen(props: { idleSeconds: number; warningSeconds: number; onDone(setup: KioskSetup): void }) {
  const t = useT();
  const heading = useFocusHeading();
  const id = useId();
  const [values, setValues] = useState({ pin: '', pinAgain: '', idle: String(props.idleSeconds), warning: String(props.warningSeconds) });
  const [errors, setErrors] = useState<Partial<Record<Field, MessageKey>>>({});
  const [busy, setBusy] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const refs = {
    pin: useRef<HTMLInputElement>(null),
    pinAgain: useRef<HTMLInputElement>(null),
    idle: useRef<HTMLInputElement>(null),
    warning: useRef<HTMLInputElement>(null),
  };

  // After a refused submit, focus the first wrong field once its error is rendered: the error
  // is tied to it (aria-describedby), so a screen reader reads it out.
  useEffect(() => {
    const first = (['pin', 'pinAgain', 'idle', 'warning'] as const).find((f) => errors[f]);
    if (first) refs[first].current?.focus();
  }, [attempt]); // eslint-disable-line react-hooks/exhaustive-deps

  const seconds = (text: string, range: { min: number; max: number }) => {
    const n = Number(text);
    return /^\d+$/.test(text.trim()) && n >= range.min && n <= range.max ? n : null;
  };

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const found: Partial<Record<Field, MessageKey>> = {};
    if (!isValidPin(values.pin)) found.pin = 'kiosk.setup.error.format';
    else if (values.pinAgain !== values.pin) found.pinAgain = 'kiosk.setup.error.mismatch';
    const idle = seconds(values.idle, IDLE_RANGE);
    const warning = seconds(values.warning, WARNING_RANGE);
    if (idle === null) found.idle = 'kiosk.setup.error.delay';
    if (warning === null) found.warning = 'kiosk.setup.error.delay';
    setErrors(found);
    setAttempt((n) => n + 1);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    const pin = await hashPin(values.pin);
    setValues((v) => ({ ...v, pin: '', pinAgain: '' }));
    props.onDone({ pin, idleSeconds: idle!, warningSeconds: warning! });
  };

  const field = (name: Field, label: MessageKey, kind: 'pin' | 'seconds', range?: { min: number; max: number }) => {
    const error = errors[name];
    const inputId = `${id}-${name}`;
    return (
      <div className="kiosk-field">
        <label htmlFor={inputId}>{t(label)}</label>
        <input
          ref={refs[name]}
          id={inputId}
          type={kind === 'pin' ? 'password' : 'text'}
          inputMode="numeric"
          autoComplete={kind === 'pin' ? 'new-password' : 'off'}
          maxLength={kind === 'pin' ? 8 : 3}
          value={values[name]}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${inputId}-error` : undefined}
          onChange={(e) => setValues((v) => ({ ...v, [name]: e.target.value.trim() }))}
        />
        {error ? (
          <p id={`${inputId}-error`} className="kiosk-field__error">
            {t(error, range ?? {})}
          </p>
        ) : null}
      </div>
    );
  };

  return (
    <section className="kiosk-staff" aria-labelledby={`${id}-title`}>
      <h1 id={`${id}-title`} ref={heading} tabIndex={-1}>
        {t('kiosk.setup.title')}
      </h1>
      <p>{t('kiosk.setup.intro')}</p>
      <form onSubmit={(e) => void submit(e)} noValidate>
        {field('pin', 'kiosk.setup.pin', 'pin')}
        {field('pinAgain', 'kiosk.setup.pinAgain', 'pin')}
        {field('idle', 'kiosk.setup.idle', 'seconds', IDLE_RANGE)}
        {field('warning', 'kiosk.setup.warning', 'seconds', WARNING_RANGE)}
        <button type="submit" className="button" disabled={busy}>
          {t(busy ? 'kiosk.working' : 'kiosk.setup.submit')}
        </button>
      </form>
      <p>
        <a href={hrefTo('/')}>{t('kiosk.backHome')}</a>
      </p>
    </section>
  );
}

/** Kiosk mode is off and a PIN exists: staff type it to start. */
export function StaffStartScreen(props: { pin: PinHash; onStart(): void }) {
  const t = useT();
  const heading = useFocusHeading();
  const id = useId();
  return (
    <section className="kiosk-staff" aria-labelledby={`${id}-title`}>
      <h1 id={`${id}-title`} ref={heading} tabIndex={-1}>
        {t('kiosk.start.title')}
      </h1>
      <p>{t('kiosk.start.intro')}</p>
      <PinForm stored={props.pin} submitLabel="kiosk.start.submit" onSuccess={props.onStart} />
      <StaffLinks base="/borne" />
      <p>
        <a href={hrefTo('/')}>{t('kiosk.backHome')}</a>
      </p>
    </section>
  );
}
