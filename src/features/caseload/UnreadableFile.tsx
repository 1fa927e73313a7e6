import { useState } from 'react';
import { useT } from '../../messages/i18n';
import { hrefTo } from '../../lib/router';
import { useFocusHeading } from '../../lib/use-focus-heading';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { downloadText } from '../../lib/download';

/** Why a stored file cannot be opened in the wizard. */
export type FileProblem =
  | { kind: 'newer'; raw: unknown }
  | { kind: 'damaged'; raw: unknown }
  | { kind: 'storage' };

export const SUPPORT_FORMAT = 'passerelle.support';

/**
 * A file the wizard cannot open: says what is wrong in plain words and offers a way forward
 * that changes nothing by itself: the answers read-only, the record exported as it is stored
 * (for support), or forgetting it after a confirmation. The rest of the caseload is untouched.
 */
export function UnreadableFile(props: {
  id: string;
  problem: FileProblem;
  /** The answers that could be read, already worded for the screen. */
  answers: { question: string; value: string }[];
  onForget(): Promise<void>;
}) {
  const t = useT();
  const heading = useFocusHeading();
  const [readOnly, setReadOnly] = useState(false);
  const [forgetting, setForgetting] = useState(false);
  const { problem } = props;
  const raw = problem.kind === 'storage' ? undefined : problem.raw;
  const nickname = typeof (raw as { nickname?: unknown } | undefined)?.nickname === 'string' ? (raw as { nickname: string }).nickname : t('unreadable.name');

  const exportForSupport = () =>
    downloadText(
      `passerelle-support-${props.id.slice(0, 8)}.json`,
      JSON.stringify({ format: SUPPORT_FORMAT, version: 1, exportedAt: new Date().toISOString(), id: props.id, problem: problem.kind, record: raw }, null, 2),
    );

  return (
    <section className="unreadable" aria-labelledby="unreadable-title">
      <h1 id="unreadable-title" ref={heading} tabIndex={-1}>
        {t(`unreadable.${problem.kind}.title`)}
      </h1>
      <p className="resident__name">{t('file.heading', { name: nickname })}</p>
      <p>{t(`unreadable.${problem.kind}.text`)}</p>
      <div className="toolbar">
        <a className="button" href={hrefTo('/accompagner')}>
          {t('file.backToList')}
        </a>
        {problem.kind !== 'storage' && props.answers.length > 0 && (
          <button type="button" className="button button--secondary" aria-expanded={readOnly} onClick={() => setReadOnly(!readOnly)}>
            {t('unreadable.readOnly')}
          </button>
        )}
        {problem.kind !== 'storage' && (
          <button type="button" className="button button--secondary" onClick={exportForSupport}>
            {t('unreadable.export')}
          </button>
        )}
        {problem.kind !== 'storage' && (
          <button type="button" className="button button--danger" onClick={() => setForgetting(true)}>
            {t('file.forget')}
          </button>
        )}
      </div>
      {readOnly && (
        <section aria-labelledby="read-only-title">
          <h2 id="read-only-title">{t('unreadable.readOnly.title')}</h2>
          <dl className="read-only-answers">
            {props.answers.map((answer) => (
              <div key={answer.question}>
                <dt>{answer.question}</dt>
                <dd>{answer.value}</dd>
              </div>
            ))}
          </dl>
        </section>
      )}
      <ConfirmDialog
        open={forgetting}
        danger
        title={t('file.forget.title', { name: nickname })}
        confirmLabel={t('file.forget.confirm')}
        cancelLabel={t('action.cancel')}
        onConfirm={() => void props.onForget()}
        onCancel={() => setForgetting(false)}
      >
        <p>{t('file.forget.text', { name: nickname })}</p>
      </ConfirmDialog>
    </section>
  );
}
