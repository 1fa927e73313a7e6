import { describe, expect, it } from 'vitest';
import { schemes } from '../../data/plan-data';
import { PlanSchema } from '../../machines/plans';
import { buildPlan } from '../../machines/plan';
import type { RouteEntry } from '../../machines/types';
import { TODAY } from './helpers';

const reprise: RouteEntry[] = [
  { stage: 'accueil', alt: 'departementRsa' },
  { stage: 'qualification', alt: 'iae' },
  { stage: 'titrePro', alt: 'aChoisir' },
  { stage: 'emploi', alt: 'sortieIaeOuPec' },
];
const youngApprentice: RouteEntry[] = [
  { stage: 'accueil', alt: 'missionLocale' },
  { stage: 'qualification', alt: 'apprentissage' },
  { stage: 'titrePro', alt: 'aChoisir' },
  { stage: 'emploi', alt: 'embaucheApprentissage' },
];
const offeredIds = (plan: ReturnType<typeof buildPlan>) =>
  plan.steps.flatMap((s) => [s.what.scheme, ...(s.alternatives ?? []).map((a) => a.scheme)]).filter(Boolean);

describe('the plan builder', () => {
  it('keeps emplois francs in the catalogue as ended on 31 December 2024', () => {
    const ef = schemes.find((s) => s.id === 'emplois-francs');
    expect(ef?.endsOn).toBe('2024-12-31');
  });

  it('never offers emplois francs, even at the employment stage of a QPV resident', () => {
    const plan = buildPlan({ parcours: 'reprise', answers: { age: 35, situation: 'rsa', departement: '45' }, route: reprise, today: TODAY });
    expect(PlanSchema.safeParse(plan).success).toBe(true);
    expect(offeredIds(plan)).not.toContain('emplois-francs');
    expect(offeredIds(plan)).toContain('pec');
  });

  it('drops the prépa-apprentissage once its national funding ended, and only then', () => {
    const answers = { age: 20, diplome: 'aucun', modeFormation: 'en-travaillant' };
    const before = buildPlan({ parcours: 'jeune', answers, route: youngApprentice, today: '2024-06-01' });
    const after = buildPlan({ parcours: 'jeune', answers, route: youngApprentice, today: TODAY });
    expect(offeredIds(before)).toContain('prepa-apprentissage');
    expect(offeredIds(after)).not.toContain('prepa-apprentissage');
  });

  it('does not offer the CEJ to a 15-year-old, nor apprenticeship to a 31-year-old without RQTH', () => {
    const at15 = buildPlan({ parcours: 'jeune', answers: { age: 15 }, route: youngApprentice, today: TODAY });
    expect(offeredIds(at15)).not.toContain('cej');
    // the Mission locale takes people from 16: never named to a 15-year-old
    expect(at15.steps.flatMap((s) => s.who)).not.toContain('mission-locale');
    const at31 = buildPlan({ parcours: 'jeune', answers: { age: 31, rqth: 'non' }, route: youngApprentice, today: TODAY });
    expect(offeredIds(at31)).not.toContain('apprentissage');
    const at31rqth = buildPlan({ parcours: 'jeune', answers: { age: 31, rqth: 'oui' }, route: youngApprentice, today: TODAY });
    expect(offeredIds(at31rqth)).toContain('apprentissage');
  });

  it('still offers the CEJ to a young person on the RSA: only its allowance does not combine with the RSA', () => {
    const plan = buildPlan({ parcours: 'jeune', answers: { age: 24, situation: 'rsa' }, route: youngApprentice, today: TODAY });
    expect(offeredIds(plan)).toContain('cej');
    expect(offeredIds(plan)).toContain('pacea');
    const cej = schemes.find((s) => s.id === 'cej')!;
    expect(cej.eligibility.conditions.map((c) => c.id)).toContain('non-cumul-rsa');
  });

  it('offers the obligation de formation to a 16- or 17-year-old, and to nobody older', () => {
    const at17 = buildPlan({ parcours: 'jeune', answers: { age: 17, situation: 'autre' }, route: youngApprentice, today: TODAY });
    expect(offeredIds(at17)).toContain('obligation-formation');
    const at18 = buildPlan({ parcours: 'jeune', answers: { age: 18, situation: 'autre' }, route: youngApprentice, today: TODAY });
    expect(offeredIds(at18)).not.toContain('obligation-formation');
  });

  it('gives the regional trainee pay for the person’s age with a training in a centre', () => {
    const route: RouteEntry[] = [{ stage: 'accueil', alt: 'missionLocale' }, { stage: 'qualification', alt: 'prf' }];
    const plan = buildPlan({ parcours: 'jeune', answers: { age: 17 }, route, today: TODAY });
    const prf = plan.steps.find((s) => s.what.scheme === 'prf-qualifiant');
    expect(prf?.pay?.amount?.eur).toBe(520.92);
    expect(prf?.pay?.amount?.asOf).toBe('2025-01-01');
  });

  it('always gives exactly three next actions, the first one naming the referent', () => {
    const plan = buildPlan({ parcours: 'reprise', answers: { age: 35, situation: 'rsa' }, route: reprise, today: TODAY });
    expect(plan.nextActions).toHaveLength(3);
    expect(plan.nextActions[0]).toMatchObject({ code: 'contactReferent', params: { structure: 'departement-rsa' } });
  });

  it('stays small enough for a QR code', () => {
    const plan = buildPlan({ parcours: 'reprise', answers: { age: 35, situation: 'rsa' }, route: reprise, today: TODAY });
    expect(JSON.stringify(plan).length).toBeLessThan(2500);
  });
});

describe('the reasons of the welcome step', () => {
  it('give the young person their age (« Vous avez {age} ans » is never printed unfilled)', () => {
    const plan = buildPlan({ parcours: 'jeune', answers: { age: 19 }, route: [{ stage: 'accueil', alt: 'missionLocale' }], today: TODAY });
    expect(plan.steps[0]?.why).toContainEqual({ code: 'youthReferent', params: { age: 19 } });
  });
});
