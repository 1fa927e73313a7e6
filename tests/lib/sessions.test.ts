import { describe, expect, it } from 'vitest';
import { rankSessions, sessionsForTitre } from '../../src/lib/sessions';
import { MemoryRepository, type TrainingSession } from '../../src/db';
import { getTitre } from '../../data';

const s = (key: string, start: string, dep: string, communeCode: string, extra: Partial<TrainingSession> = {}): TrainingSession => ({
  key, title: 'Titre professionnel Assistant de vie aux familles', titleKey: 'titre professionnel assistant de vie aux familles', rncp: 'RNCP37715',
  formacodes: [], organisme: 'AFPA', commune: communeCode, communeCode, dep, start, prf: false, ...extra,
});

describe('the next sessions of a titre on a plan', () => {
  it('never offers a started session, and puts the commune, then the département, then the region first, soonest within each', () => {
    const match = rankSessions(
      [s('tours', '2029-01-08', '37', '37261'), s('started', '2026-11-30', '45', '45234'), s('montargis', '2029-01-15', '45', '45208'), s('orleans-late', '2029-09-01', '45', '45234'), s('orleans', '2029-03-02', '45', '45234'), s('gien', '2029-01-10', '45', '45155')],
      { commune: '45234', departement: '45' },
      '2026-12-01',
      'rncp',
    );
    expect(match?.sessions.map((x) => x.key)).toEqual(['orleans', 'orleans-late', 'gien']);
    expect(match?.near).toEqual(['commune', 'commune', 'departement']);
    expect(rankSessions([s('started', '2026-11-30', '45', '45234')], {}, '2026-12-01', 'rncp')).toBeUndefined();
    // a session starting today has not started
    expect(rankSessions([s('today', '2026-12-01', '45', '45234')], {}, '2026-12-01', 'rncp')?.near).toEqual(['region']);
  });

  it('matches by RNCP code first, and by title only when the code finds nothing, saying so', async () => {
    const repo = new MemoryRepository();
    const staging = await repo.trainings.stage();
    await staging.add([
      s('advf', '2029-03-02', '45', '45234'),
      s('aph-title', '2029-05-10', '45', '45234', { rncp: undefined, title: 'Titre professionnel Agent de propreté et d’hygiène', titleKey: 'titre professionnel agent de proprete et d hygiene' }),
      s('advf-other-code', '2029-02-01', '37', '37261', { rncp: 'RNCP99999' }),
    ]);
    await staging.commit({ fileName: 'x.xml', importedAt: '2026-12-01T00:00:00Z', offers: 3, sessions: 3 });
    const advf = await sessionsForTitre(repo.trainings, getTitre('advf')!, { commune: '45234' }, '2026-12-01');
    expect(advf).toMatchObject({ by: 'rncp' });
    expect(advf?.sessions.map((x) => x.key)).toEqual(['advf']);
    const aph = getTitre('aph')!;
    expect(aph.rncp).toBe('');
    const byTitle = await sessionsForTitre(repo.trainings, aph, {}, '2026-12-01');
    expect(byTitle).toMatchObject({ by: 'title' });
    expect(byTitle?.sessions.map((x) => x.key)).toEqual(['aph-title']);
    expect(await sessionsForTitre(repo.trainings, getTitre('macon')!, {}, '2026-12-01')).toBeUndefined();
  });
});
