import type { Eligibility, Scheme } from '../../data';
import { schemes, structureTypes } from '../../data/plan-data';
import { questions } from '../../src/messages/fr/questions';
import { orientation } from '../../src/messages/fr/orientation';
import { plan as planMessages } from '../../src/messages/fr/plan';
import type { Answers } from '../../machines';

export const TODAY = '2026-11-25';

/** Every message key the three message files of the journey define. */
export const messageKeys = new Set<string>([
  ...Object.keys(questions),
  ...Object.keys(orientation),
  ...Object.keys(planMessages),
]);

/**
 * Age rule written again here, independently of machines/rules.ts, so the test can catch a
 * plan builder that forgets it: ageMin ≤ age ≤ ageMax (ageMaxWithRqth with a RQTH), unless the
 * situation opens the scheme at any age.
 */
export const ageExcludes = (scheme: Scheme, answers: Answers): boolean => {
  const age = answers.age;
  if (typeof age !== 'number') return false;
  const e = scheme.eligibility;
  if (e.ageMin !== undefined && age < e.ageMin) return true;
  const max = answers.rqth === 'oui' && e.ageMaxWithRqth !== undefined ? e.ageMaxWithRqth : e.ageMax;
  if (max !== undefined && age > max) {
    return !(typeof answers.situation === 'string' && e.situationsAnyAge.includes(answers.situation));
  }
  return false;
};

export const endedBefore = (scheme: Scheme, date: string) => scheme.endsOn !== undefined && scheme.endsOn < date;

export const schemeById = new Map(schemes.map((s) => [s.id, s]));

/**
 * Who a scheme or a structure accepts, written again here independently of machines/rules.ts:
 * the age rule above, the situations excluded, and the answers required (an unknown answer
 * never excludes). The every-path test holds every plan to it.
 */
export const eligibilityExcludes = (e: Eligibility, answers: Answers): string | undefined => {
  if (ageExcludes({ eligibility: e } as Scheme, answers)) return `age ${String(answers.age)}`;
  if (typeof answers.situation === 'string' && e.situationsExcluded.includes(answers.situation)) return `situation ${answers.situation}`;
  for (const [question, accepted] of Object.entries(e.requires)) {
    const value = answers[question];
    if (value === undefined || value === 'nsp') continue;
    const given = Array.isArray(value) ? value : [String(value)];
    if (!given.some((v) => accepted.includes(v))) return `${question} ${String(value)}`;
  }
  return undefined;
};

export const structureById = new Map(structureTypes.map((t) => [t.id, t]));
