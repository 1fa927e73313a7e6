/** The reasons behind a recommendation, as codes with parameters (`reason.<code>` messages). */
import { thresholds } from '../data';
import * as rules from './rules';
import type { Answers, ParcoursId, Reason } from './types';

export const reasonsFor = (recommended: ParcoursId, a: Answers): Reason[] => {
  const age = rules.ageOf(a);
  const reasons: Reason[] = [];
  switch (recommended) {
    case 'jeune':
      if (age !== undefined) {
        if (rules.hasRqth(a) && age > thresholds.youth.ageMax) {
          reasons.push({ code: 'youngRqth', params: { age, max: thresholds.youth.ageMaxWithRqth } });
        }
        reasons.push(
          a.diplome === 'aucun'
            ? { code: 'youngNoDiploma', params: { age } }
            : { code: 'youngDiplomaUnknown', params: { age } },
        );
      }
      break;
    case 'allophone':
      reasons.push({ code: 'frenchBelowA2' });
      break;
    case 'reprise':
      if (rules.isOnMinimumIncome(a)) reasons.push({ code: a.situation === 'ass' ? 'onAss' : 'onRsa' });
      if (rules.isLongTermJobless(a)) {
        reasons.push({ code: a.sansEmploiDepuis === 'jamais' ? 'neverWorked' : 'longTermJobless' });
      }
      if (rules.hasWritingDifficulty(a)) reasons.push({ code: 'writingDifficulty' });
      break;
    case 'reconversion':
      if (rules.hasRqth(a)) reasons.push({ code: 'withRqth' });
      if (a.situation === 'emploi') reasons.push({ code: 'employedChange' });
      reasons.push({ code: 'changeJob' });
      break;
  }
  if (age === undefined) reasons.push({ code: 'ageUnknown' });
  return reasons;
};
