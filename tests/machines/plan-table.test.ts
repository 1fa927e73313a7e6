/**
 * The plan builder reads its table from data/parcours.json: adding a scheme to a parcours'
 * alternative is a change to data/ only. The catalogue is swapped for a fixture copy with one
 * more scheme, the machines and the builder are loaded afresh, and the scheme is in the plan.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import parcoursJson from '../../data/parcours.json';
import type { RouteEntry } from '../../machines/types';
import { TODAY } from './helpers';

const route: RouteEntry[] = [
  { stage: 'accueil', alt: 'franceTravail' },
  { stage: 'projet', alt: 'visaPlus' },
  { stage: 'emploi', alt: 'emploi' },
];
const answers = { age: 40, situation: 'demandeur-emploi', projetConnu: 'non', modeFormation: 'centre' };

const loadBuilder = async (catalogue: unknown) => {
  vi.resetModules();
  vi.doMock('../../data/parcours.json', () => ({ default: catalogue }));
  return (await import('../../machines/plan')).buildPlan;
};

afterEach(() => {
  vi.doUnmock('../../data/parcours.json');
  vi.resetModules();
});

describe('the plan table in data/', () => {
  it('puts a scheme added to an alternative in data/ into the plan, with no code change', async () => {
    const before = (await loadBuilder(parcoursJson))({ parcours: 'reprise', answers, route, today: TODAY });
    const schemesOf = (plan: typeof before) => plan.steps.map((s) => s.what.scheme);
    expect(schemesOf(before)).not.toContain('cpf');

    const fixture = structuredClone(parcoursJson);
    const reprise = fixture.parcours.find((p) => p.id === 'reprise')!;
    reprise.ladder.projet.unknown.steps.push({ schemes: ['cpf'], why: ['projetInconnu'] } as never);
    const after = (await loadBuilder(fixture))({ parcours: 'reprise', answers, route, today: TODAY });
    const step = after.steps.find((s) => s.what.scheme === 'cpf');
    expect(step?.stage).toBe('projet');
    expect(step?.who[0]).toBe('france-travail');
  });

  it('refuses a table row that names a scheme and an action at once', async () => {
    const fixture = structuredClone(parcoursJson);
    fixture.parcours[0]!.ladder.emploi[0]!.steps.push({ schemes: ['pec'], action: 'rechercheEmploi', why: [] } as never);
    await expect(loadBuilder(fixture)).rejects.toThrow(/exactly one of schemes, action or structure/);
  });
});
