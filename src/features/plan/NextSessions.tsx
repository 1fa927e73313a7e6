import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { getTitre } from '../../../data';
import type { Plan } from '../../../machines';
import type { TrainingRepository } from '../../db/types';
import { useT } from '../../messages/i18n';
import { sessionsForTitre, type SessionMatch } from '../../lib/sessions';
import { formatDate } from './plan-text';

interface PlanSessions {
  byTitre: ReadonlyMap<string, SessionMatch>;
  importedAt?: string;
}

const SessionsContext = createContext<PlanSessions>({ byTitre: new Map() });

export function PlanSessionsProvider(props: { value: PlanSessions; children: ReactNode }) {
  return <SessionsContext.Provider value={props.value}>{props.children}</SessionsContext.Provider>;
}

/** The sessions of each titre a plan names, read from the last LHÉO import (none without one). */
export function usePlanSessions(trainings: TrainingRepository | undefined, plan: Plan, where: { commune?: string; departement?: string }, today: string): PlanSessions {
  const [value, setValue] = useState<PlanSessions>({ byTitre: new Map() });
  const titreIds = [...new Set(plan.steps.map((s) => s.what.titre).filter((id): id is string => id !== undefined))].join(',');
  const { commune, departement } = where;
  useEffect(() => {
    let live = true;
    void (async () => {
      if (!trainings) return;
      const info = await trainings.info();
      if (!info || titreIds === '') return live && setValue({ byTitre: new Map() });
      // one read of every session at most, shared by the titres that need the title fallback
      let all: ReturnType<TrainingRepository['all']> | undefined;
      const everything = () => (all ??= trainings.all());
      const byTitre = new Map<string, SessionMatch>();
      for (const id of titreIds.split(',')) {
        const titre = getTitre(id);
        if (!titre) continue;
        const match = await sessionsForTitre(trainings, titre, { ...(commune ? { commune } : {}), ...(departement ? { departement } : {}) }, today, everything);
        if (match) byTitre.set(id, match);
      }
      if (live) setValue({ byTitre, importedAt: info.importedAt });
    })().catch(() => live && setValue({ byTitre: new Map() }));
    return () => {
      live = false;
    };
  }, [trainings, titreIds, commune, departement, today]);
  return value;
}

/** Under a titre's step: its next sessions, nearest first; a match by title only says so. */
export function NextSessions(props: { titreId: string }) {
  const t = useT();
  const { byTitre, importedAt } = useContext(SessionsContext);
  const match = byTitre.get(props.titreId);
  if (!match) return null;
  return (
    <div className="plan-step__sessions" data-match={match.by}>
      <p className="plan-step__sessions-title">
        <strong>{t('sessions.title')}</strong>
        {importedAt && <span className="hint"> {t('sessions.importedOn', { date: formatDate(t, importedAt.slice(0, 10)) })}</span>}
      </p>
      {match.by === 'title' && <p className="plan-step__sessions-fallback">{t('sessions.fallback')}</p>}
      <ul>
        {match.sessions.map((s, i) => {
          const params = { start: formatDate(t, s.start), end: s.end ? formatDate(t, s.end) : '', organisme: s.organisme, commune: s.commune, dep: s.dep };
          const extras = [
            t(`sessions.near.${match.near[i]!}`),
            s.prf ? t('sessions.prf') : '',
            s.rhythm ? t('sessions.rhythm', { rhythm: s.rhythm }) : '',
            s.phone ?? '',
            s.email ?? '',
          ].filter(Boolean);
          return (
            <li key={s.key}>
              {s.title && <span className="plan-step__session-title">{s.title} : </span>}
              {t(s.end ? 'sessions.line' : 'sessions.lineNoEnd', params)}
              {extras.length > 0 && ` · ${extras.join(' · ')}`}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
