/**
 * The next training sessions of a titre for a plan (issue 12): matched by RNCP code first; by
 * title only when the code finds nothing (the plan labels that fallback). Never a session that
 * has started. Nearest first: the person's commune, then their département, then the region;
 * within each, the soonest.
 */
import type { Titre } from '../../data';
import type { TrainingRepository, TrainingSession } from '../db/types';
import { titleKey } from './title-key';
import type { Whereabouts } from './contacts';

export const MAX_SESSIONS = 3;

export interface SessionMatch {
  by: 'rncp' | 'title';
  sessions: TrainingSession[];
  /** how near each session is, in the same order */
  near: Array<'commune' | 'departement' | 'region'>;
}


type Near = SessionMatch['near'][number];
const nearness = (s: TrainingSession, where: Whereabouts): Near =>
  where.commune && s.communeCode === where.commune ? 'commune' : where.departement && s.dep === where.departement ? 'departement' : 'region';
const RANK = { commune: 0, departement: 1, region: 2 } as const;

export function rankSessions(candidates: readonly TrainingSession[], where: Whereabouts, today: string, by: SessionMatch['by']): SessionMatch | undefined {
  const seen = new Set<string>();
  const open = candidates.filter((s) => s.start >= today && !seen.has(s.key) && (seen.add(s.key), true));
  if (open.length === 0) return undefined;
  const ranked = open
    .map((s) => ({ s, near: nearness(s, where) }))
    .sort((a, b) => RANK[a.near] - RANK[b.near] || a.s.start.localeCompare(b.s.start) || a.s.key.localeCompare(b.s.key))
    .slice(0, MAX_SESSIONS);
  return { by, sessions: ranked.map((r) => r.s), near: ranked.map((r) => r.near) };
}

/** Sessions whose title names the titre (all its words, in order), for the labelled fallback. */
export function matchesTitle(session: TrainingSession, titre: Pick<Titre, 'name'>): boolean {
  return session.titleKey.includes(titleKey(titre.name));
}

export async function sessionsForTitre(
  trainings: TrainingRepository,
  titre: Pick<Titre, 'rncp' | 'name'>,
  where: Whereabouts,
  today: string,
  everything?: () => Promise<TrainingSession[]>,
): Promise<SessionMatch | undefined> {
  if (titre.rncp) {
    const scope = { ...(where.commune ? { communeCode: where.commune } : {}), ...(where.departement ? { dep: where.departement } : {}) };
    const byCode = rankSessions(await trainings.soonestByRncp(titre.rncp, scope, today, MAX_SESSIONS), where, today, 'rncp');
    if (byCode) return byCode;
  }
  const all = await (everything ?? (() => trainings.all()))();
  return rankSessions(
    all.filter((s) => matchesTitle(s, titre)),
    where,
    today,
    'title',
  );
}
