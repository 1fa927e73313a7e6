import { useMemo } from 'react';
import type { SyncAlternative } from '../../db';
import { useT } from '../../messages/i18n';

/** The answers a sync merge set aside: « une autre réponse a été donnée sur l'appareil X le … ». */
export function SyncAlternatives(props: {
  alternatives: SyncAlternative[] | undefined;
  describe(alternative: SyncAlternative): { question: string; answer: string };
  onDismiss(): void;
}) {
  const t = useT();
  const dateFormat = useMemo(() => new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeStyle: 'short' }), []);
  if (!props.alternatives?.length) return null;
  return (
    <section className="notice sync-alternatives no-print" aria-labelledby="sync-alternatives-title">
      <h2 id="sync-alternatives-title">{t('sync.alternatives.title')}</h2>
      <ul>
        {props.alternatives.map((alternative) => {
          const { question, answer } = props.describe(alternative);
          return (
            <li key={`${alternative.questionId}-${alternative.device}-${alternative.at}`}>
              {t('sync.alternative', { question, device: alternative.device || '?', date: dateFormat.format(alternative.at), answer })}
            </li>
          );
        })}
      </ul>
      <button type="button" className="button button--secondary" onClick={props.onDismiss}>
        {t('sync.alternatives.dismiss')}
      </button>
    </section>
  );
}
