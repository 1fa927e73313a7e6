import 'fake-indexeddb/auto';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DexieRepository, MemoryRepository, PasserelleDatabase, ResilientRepository, nameKeyOf, type ResidentFile } from '../../../src/db';
import { ResidentScreen } from '../../../src/features/caseload/ResidentScreen';
import { GuidedPath } from '../../../src/app/GuidedPath';
import { startJourney, toRecord, viewJourney } from '../../../machines';
import { fr } from '../../../src/messages/fr';
import { renderWithApp } from '../../support/render';

function file(id: string, nickname: string, journey: unknown, extra: Partial<ResidentFile> = {}): ResidentFile {
  return {
    id,
    nickname,
    nameKey: nameKeyOf(nickname),
    consent: { givenOn: '2026-11-25', wordingVersion: 1 },
    createdAt: 1000,
    updatedAt: 1000,
    journey,
    ...extra,
  };
}

const firstQuestion = viewJourney(startJourney());
const firstTitle = firstQuestion.phase === 'question' ? fr[`q.${firstQuestion.question.id}.title` as keyof typeof fr].std : '';

const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);
process.on('unhandledRejection', onUnhandled);
afterEach(() => {
  expect(unhandled).toEqual([]);
  unhandled.length = 0;
});

describe('a file the wizard cannot open', () => {
  it('saved by a newer release: says so in French, offers export and forget, and other files still open', async () => {
    const repository = new ResilientRepository(new MemoryRepository(), 'ok');
    const newer = { machineId: 'passerelle.journey', machineVersion: 99, journey: { answers: { age: 30 }, trail: ['age'] }, savedAt: '2027-01-01T00:00:00.000Z' };
    await repository.residents.put(file('newer', 'Inès', newer));
    await repository.residents.put(file('fine', 'Omar', toRecord(startJourney())));

    const first = renderWithApp(<ResidentScreen id="newer" GuidedPath={GuidedPath} />, { repository });
    const heading = await screen.findByRole('heading', { level: 1, name: 'Ce dossier a été enregistré par une version plus récente de Passerelle' });
    // Focus moves in an effect after the screen is drawn: wait for it rather than race it.
    await vi.waitFor(() => expect(document.activeElement).toBe(heading));
    expect(screen.getByText('Dossier d’Inès', { exact: false })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Exporter pour le support' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Oublier cette personne' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Retour à la liste des dossiers' })).toBeTruthy();
    expect(screen.queryByText('Chargement…')).toBeNull();

    // The answers can be read, not changed.
    await userEvent.click(screen.getByRole('button', { name: 'Voir les réponses (lecture seule)' }));
    const readOnly = screen.getByRole('region', { name: 'Réponses enregistrées (lecture seule)' });
    expect(within(readOnly).getByText('30')).toBeTruthy();
    // Nothing was written.
    expect((await repository.residents.get('newer'))?.journey).toEqual(newer);
    first.unmount();

    renderWithApp(<ResidentScreen id="fine" GuidedPath={GuidedPath} />, { repository });
    expect(await screen.findByRole('heading', { level: 1, name: firstTitle })).toBeTruthy();
  });

  it('damaged in IndexedDB: says it cannot be read, and forgets it only after a confirmation', async () => {
    const db = new PasserelleDatabase(`unreadable-${Date.now()}`);
    const repository = new ResilientRepository(new DexieRepository(db));
    await db.residents.put({ id: 'bad', nickname: 'Léa', journey: null, planProgress: 'all done' } as never);
    await db.summaries.put({ id: 'bad', nickname: 'Léa', nameKey: 'lea', updatedAt: 1000 });

    renderWithApp(<ResidentScreen id="bad" GuidedPath={GuidedPath} />, { repository });
    await screen.findByRole('heading', { level: 1, name: 'Ce dossier ne peut pas être lu' });
    expect(repository.status).toBe('ok');
    await userEvent.click(screen.getByRole('button', { name: 'Oublier cette personne' }));
    await userEvent.click(screen.getByRole('button', { name: 'Annuler' }));
    expect(await db.residents.get('bad')).toBeDefined();
    await userEvent.click(screen.getByRole('button', { name: 'Oublier cette personne' }));
    await userEvent.click(screen.getByRole('button', { name: fr['file.forget.confirm'].std }));
    await vi.waitFor(async () => expect(await db.residents.get('bad')).toBeUndefined());
    expect(await db.summaries.get('bad')).toBeUndefined();
    db.close();
  });

  it('stored while changing an answer to a question a release removed: opens on the journey’s step', async () => {
    const repository = new ResilientRepository(new MemoryRepository(), 'ok');
    await repository.residents.put(file('gone', 'Noa', toRecord(startJourney()), { ui: { screen: 'recap', editing: 'questionRetiree' } }));
    renderWithApp(<ResidentScreen id="gone" GuidedPath={GuidedPath} />, { repository });
    expect(await screen.findByRole('heading', { level: 1, name: firstTitle })).toBeTruthy();
  });
});
