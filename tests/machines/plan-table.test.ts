/**
 * The plan builder reads its table from data/parcours.json: adding a scheme to a parcours'
 * alternative is a change to data/ only. The catalogue is swapped for a fixture copy with one
 * more scheme, the machines and the builder are loaded afresh, and the scheme is in the plan.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import parcoursJson from '../../data/parcours.json';
import { parseCatalogue } from '../../data/catalogue-plugin';
import { ParcoursFileSchema } from '../../data/schemas';
import type { RouteEntry } from '../../machines/types';
import { TODAY } from './helpers';

const route: RouteEntry[] = [
  { stage: 'accueil', alt: 'franceTravail' },
  { stage: 'projet', alt: 'visaPlus' },
  { stage: 'emploi', alt: 'emploi' },
];
const answers = { age: 40, situation: 'demandeur-emploi', projetConnu: 'non', modeFormation: 'centre' };

/** The builder, loaded afresh on the catalogue the build would make with this parcours.json. */
const loadBuilder = async (parcours: unknown) => {
  vi.resetModules();
  const catalogue = { ...parseCatalogue(), parcours: ParcoursFileSchema.parse(parcours) };
  vi.doMock('virtual:passerelle-catalogue', () => ({ default: catalogue }));
  return (await import('../../machines/plan')).buildPlan;
};

afterEach(() => {
  vi.doUnmock('virtual:passerelle-catalogue');
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

  it('stops the build on a table row that names a scheme and an action at once', () => {
    const fixture = structuredClone(parcoursJson);
    fixture.parcours[0]!.ladder.emploi[0]!.steps.push({ schemes: ['pec'], action: 'rechercheEmploi', why: [] } as never);
    // The catalogue the build parses (data/catalogue-plugin.ts), with this parcours.json.
    const dir = mkdtempSync(join(tmpdir(), 'passerelle-catalogue-'));
    try {
      cpSync(resolve(import.meta.dirname, '../../data'), dir, { recursive: true });
      expect(() => parseCatalogue(dir)).not.toThrow();
      writeFileSync(join(dir, 'parcours.json'), JSON.stringify(fixture));
      expect(() => parseCatalogue(dir)).toThrow(/data\/parcours\.json parcours\.0\.ladder\.emploi\.0\.steps\.\d+: a step names exactly one of schemes, action or structure/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
