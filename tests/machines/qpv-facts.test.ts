import { describe, expect, it } from 'vitest';
import { getScheme } from '../../data/plan-data';
import { factsOf, isSchemeEligible } from '../../machines/rules';
import { isOffered } from '../../machines/plan';
import type { Answers } from '../../machines';
import { TODAY } from './helpers';

// An adult, jobless, living in Indre-et-Loire: adultes-relais is open to them (age 26+, not
// working) as far as the answers go; only where they live can rule it out.
const base: Answers = { age: 40, departement: '37', situation: 'demandeur-emploi' };
const adultesRelais = getScheme('adultes-relais')!;

describe('habiteQpv, derived from the commune (factsOf)', () => {
  it('is « non » only when the commune is known and has no QPV: adultes-relais is then not offered', () => {
    const noQpv: Answers = { ...base, commune: '37002' }; // Ambillou: no QPV
    expect(factsOf(noQpv).habiteQpv).toBe('non');
    expect(isSchemeEligible(adultesRelais, noQpv)).toBe(false);
    expect(isOffered(adultesRelais, noQpv, TODAY)).toBe(false);
  });

  it('stays unknown in a commune with a QPV (the person may live outside it): still offered', () => {
    const tours: Answers = { ...base, commune: '37261' };
    expect(factsOf(tours).habiteQpv).toBeUndefined();
    expect(isSchemeEligible(adultesRelais, tours)).toBe(true);
  });

  it('stays unknown when the commune is not given, answered « Je ne sais pas », or only had an older QPV', () => {
    for (const commune of [undefined, 'nsp', '18279' /* Vierzon: historical QPV names only */]) {
      const answers: Answers = commune === undefined ? base : { ...base, commune };
      expect(factsOf(answers).habiteQpv).toBeUndefined();
      expect(isSchemeEligible(adultesRelais, answers)).toBe(true);
    }
  });
});
