import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { MemoryRepository, ResilientRepository } from '../../../src/db';
import { CaseloadScreen } from '../../../src/features/caseload/CaseloadScreen';
import { renderWithApp } from '../../support/render';
import { numberedFile } from '../../support/numbered-files';


/** 300 files, whose full list of summaries is held back until the test lets it through. */
async function caseloadWithSlowList() {
  const memory = new MemoryRepository();
  await memory.residents.putMany(Array.from({ length: 300 }, (_, i) => numberedFile(i)));
  const list = memory.residents.list.bind(memory.residents);
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  memory.residents.list = () => held.then(list);
  return { repository: new ResilientRepository(memory, 'ok'), release };
}

describe('the list of files', () => {
  it('shows the newest files and the count before every summary is read, and searches once they are', async () => {
    const { repository, release } = await caseloadWithSlowList();
    renderWithApp(<CaseloadScreen />, { repository });

    // The first screen needs only the 20 newest and the count.
    await screen.findByText('20 dossier(s) affiché(s) sur 300');
    // Drawn in two frames (see the read-ahead test): all twenty once the first is painted.
    await waitFor(() => expect(within(document.querySelector('.file-list')!).getAllByRole('link')).toHaveLength(20));
    const links = within(document.querySelector('.file-list')!).getAllByRole('link');
    expect(links[0]!.textContent).toBe('Personne 299');
    expect(links[19]!.textContent).toBe('Personne 280');

    // A search waits for the full list rather than search only the newest.
    await userEvent.type(screen.getByLabelText('Chercher un prénom ou un surnom'), 'personne 12');
    expect(document.querySelector('.file-list')).toBeNull();
    expect(screen.getByRole('status').textContent).toBe('Chargement…');

    release();
    // « Personne 12 » and « Personne 120 » to « Personne 129 »: 11 files.
    await screen.findByText('11 dossier(s) affiché(s) sur 11');
    const found = within(document.querySelector('.file-list')!).getAllByRole('link').map((a) => a.textContent);
    expect(found).toContain('Personne 12');
    expect(found).toContain('Personne 129');
  });

  it('shows more files, up to all of them, once every summary is read', async () => {
    const { repository, release } = await caseloadWithSlowList();
    renderWithApp(<CaseloadScreen />, { repository });
    await screen.findByText('20 dossier(s) affiché(s) sur 300');
    release();
    const more = screen.getByRole('button', { name: 'Afficher plus de dossiers' });
    for (let i = 0; i < 14; i++) await userEvent.click(more);
    await screen.findByText('300 dossier(s) affiché(s) sur 300');
    expect(screen.queryByRole('button', { name: 'Afficher plus de dossiers' })).toBeNull();
  });
});
