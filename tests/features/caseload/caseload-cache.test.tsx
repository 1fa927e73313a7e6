import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import userEvent from '@testing-library/user-event';
import { MemoryRepository, ResilientRepository } from '../../../src/db';
import { ChangeChannel, CHANGES_CHANNEL } from '../../../src/db/changes';
import { CaseloadScreen, FIRST_FRAME_CARDS } from '../../../src/features/caseload/CaseloadScreen';
import { cachedCaseload, readAllSummaries, readFirstPage, warmCaseload } from '../../../src/features/caseload/caseload-cache';
import { renderWithApp } from '../../support/render';
import { numberedFile } from '../../support/numbered-files';


async function caseloadOf(count: number) {
  const memory = new MemoryRepository();
  await memory.residents.putMany(Array.from({ length: count }, (_, i) => numberedFile(i)));
  return { memory, repository: new ResilientRepository(memory, 'ok') };
}

/** Counts, from now on, the reads of the list (every summary) and of its first page. */
function countReads(memory: MemoryRepository) {
  const calls = { newest: 0, list: 0 };
  for (const method of ['list', 'newest'] as const) {
    const original = memory.residents[method].bind(memory.residents) as (...args: unknown[]) => Promise<unknown>;
    (memory.residents as unknown as Record<string, unknown>)[method] = (...args: unknown[]) => {
      calls[method]++;
      return original(...args);
    };
  }
  return calls;
}

describe('the list of files read ahead by the home screen', () => {
  it('is drawn in the screen’s first frame, without reading the storage again', async () => {
    const { memory, repository } = await caseloadOf(120);
    await warmCaseload(repository);
    // (The backup reminder still counts the files: that is not the list.)
    const calls = countReads(memory);
    renderWithApp(<CaseloadScreen />, { repository });
    // Synchronously: no « Chargement… » in between.
    expect(screen.getByText('20 dossier(s) affiché(s) sur 120')).toBeTruthy();
    // The first frame draws the cards a screen can show, newest first; the rest once it is painted.
    const drawn = () => within(document.querySelector('.file-list')!).getAllByRole('link').map((a) => a.textContent);
    expect(drawn()).toEqual(Array.from({ length: FIRST_FRAME_CARDS }, (_, i) => `Personne ${119 - i}`));
    await waitFor(() => expect(drawn()).toHaveLength(20));
    expect(drawn().at(-1)).toBe('Personne 100');
    await new Promise((wait) => setTimeout(wait, 150));
    expect(calls).toEqual({ newest: 0, list: 0 });
  });

  it('is forgotten when a file is written, forgotten or purged, so the list never shows what is gone', async () => {
    const { repository } = await caseloadOf(3);
    await warmCaseload(repository);
    expect(cachedCaseload(repository)?.all?.map((f) => f.id)).toEqual(['f2', 'f1', 'f0']);

    await repository.residents.put({ ...numberedFile(7) });
    expect(cachedCaseload(repository)).toBeNull();
    await warmCaseload(repository);
    expect(cachedCaseload(repository)?.total).toBe(4);

    await repository.residents.delete('f7');
    expect(cachedCaseload(repository)).toBeNull();
    await warmCaseload(repository);
    await repository.residents.deleteUntouchedSince(1_000_002);
    expect(cachedCaseload(repository)).toBeNull();
  });

  it('is forgotten when another tab writes a file, so the list shows it', async () => {
    const memory = new MemoryRepository();
    await memory.residents.putMany([numberedFile(1)]);
    const repository = new ResilientRepository(memory, 'ok', new ChangeChannel());
    await warmCaseload(repository);
    expect(cachedCaseload(repository)?.total).toBe(1);
    // Another tab of this browser wrote a file (IndexedDB is shared) and says so.
    await memory.residents.put(numberedFile(2));
    const otherTab = new BroadcastChannel(CHANGES_CHANNEL);
    otherTab.postMessage([{ id: 'f2' }]);
    otherTab.close();
    for (let i = 0; i < 100 && cachedCaseload(repository); i++) await new Promise((wait) => setTimeout(wait, 5));
    expect(cachedCaseload(repository)).toBeNull();
    renderWithApp(<CaseloadScreen />, { repository });
    await screen.findByText('2 dossier(s) affiché(s) sur 2');
  });

  it('keeps nothing read while a file was being written', async () => {
    const { memory, repository } = await caseloadOf(3);
    const list = memory.residents.list.bind(memory.residents);
    // A write lands between the first page and the full list.
    memory.residents.list = async () => {
      const before = await list();
      await repository.residents.put(numberedFile(9));
      return before;
    };
    await warmCaseload(repository);
    expect(cachedCaseload(repository)).toBeNull();
  });

  it('reads every summary only once the page is idle again, after the first page', async () => {
    const { memory, repository } = await caseloadOf(30);
    const calls = countReads(memory);
    const warm = warmCaseload(repository);
    for (let i = 0; i < 100 && !cachedCaseload(repository); i++) await new Promise((wait) => setTimeout(wait, 0));
    expect(cachedCaseload(repository)?.newest).toHaveLength(20);
    // The first page is kept; the long read waits for the page to be idle.
    expect(calls.list).toBe(0);
    await warm;
    expect(calls.list).toBe(1);
    expect(cachedCaseload(repository)?.all).toHaveLength(30);
  });

  it('reads every summary once when the list opens while the read-ahead is under way', async () => {
    const { memory, repository } = await caseloadOf(30);
    let lists = 0;
    let release = () => {};
    const held = new Promise<void>((go) => (release = go));
    const list = memory.residents.list.bind(memory.residents);
    memory.residents.list = async () => {
      lists++;
      await held;
      return list();
    };
    const warm = warmCaseload(repository);
    // The click comes while the read-ahead reads every summary.
    for (let i = 0; i < 200 && lists === 0; i++) await new Promise((wait) => setTimeout(wait, 5));
    expect(lists).toBe(1);
    renderWithApp(<CaseloadScreen />, { repository });
    expect(screen.getByText('20 dossier(s) affiché(s) sur 30')).toBeTruthy();
    await new Promise((wait) => setTimeout(wait, 100));
    release();
    await warm;
    // The search looks through all 30, read once.
    await userEvent.type(screen.getByRole('searchbox'), 'Personne 3');
    await screen.findByText('1 dossier(s) affiché(s) sur 1');
    expect(lists).toBe(1);
  });

  it('leaves every summary to the list once the person has left the home screen', async () => {
    for (const away of ['/accompagner', '/borne']) {
      const { memory, repository } = await caseloadOf(30);
      const calls = countReads(memory);
      const warm = warmCaseload(repository);
      // The click on a mode card comes before the page is idle again.
      window.location.hash = `#${away}`;
      try {
        await warm;
      } finally {
        window.location.hash = '';
      }
      expect(cachedCaseload(repository)?.newest).toHaveLength(20);
      expect(calls.list).toBe(0);
    }
  });

  it('is not read a second time by the list opened after the read-ahead kept the first page', async () => {
    const { memory, repository } = await caseloadOf(30);
    const warm = warmCaseload(repository);
    for (let i = 0; i < 100 && !cachedCaseload(repository); i++) await new Promise((wait) => setTimeout(wait, 0));
    const calls = countReads(memory);
    renderWithApp(<CaseloadScreen />, { repository });
    expect(screen.getByText('20 dossier(s) affiché(s) sur 30')).toBeTruthy();
    await warm;
    await userEvent.type(screen.getByRole('searchbox'), 'Personne 3');
    await screen.findByText('1 dossier(s) affiché(s) sur 1');
    // The screen and the read-ahead, whichever came first, read every summary once between them.
    expect(calls).toEqual({ newest: 0, list: 1 });
  });

  it('is read again after a write when the home never read ahead (the app opened on the list)', async () => {
    const { repository } = await caseloadOf(2);
    expect((await readFirstPage(repository)).total).toBe(2);
    expect(await readAllSummaries(repository)).toHaveLength(2);
    await repository.residents.put(numberedFile(5));
    expect((await readFirstPage(repository)).total).toBe(3);
    expect((await readAllSummaries(repository)).map((f) => f.id)).toContain('f5');
  });

  it('is not shown for another storage', async () => {
    const { repository } = await caseloadOf(2);
    await warmCaseload(repository);
    const other = await caseloadOf(5);
    expect(cachedCaseload(other.repository)).toBeNull();
    renderWithApp(<CaseloadScreen />, { repository: other.repository });
    await screen.findByText('5 dossier(s) affiché(s) sur 5');
  });
});
