import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithApp } from '../../support/render';
import { SyncStatusLine } from '../../../src/features/caseload/SyncStatusLine';
import { setRetryHandler, setSyncState } from '../../../src/sync/status';

afterEach(() => {
  act(() => setSyncState({ kind: 'off' }));
  setRetryHandler(null);
  vi.useRealTimers();
});

describe('the sync status line of the caseload', () => {
  it('shows nothing while sync is off', () => {
    const { container } = renderWithApp(<SyncStatusLine />);
    expect(container.innerHTML).toBe('');
  });

  it('says how long ago the last sync was', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-01T10:00:00Z'));
    act(() => setSyncState({ kind: 'synced', at: Date.parse('2026-12-01T09:57:30Z') }));
    renderWithApp(<SyncStatusLine />);
    expect(screen.getByRole('status').textContent).toContain('Synchronisé il y a 2 min');
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('counts the files waiting while offline, and « Réessayer » starts again', async () => {
    const retry = vi.fn();
    setRetryHandler(retry);
    act(() => setSyncState({ kind: 'offline', pending: 3 }));
    renderWithApp(<SyncStatusLine />);
    expect(screen.getByRole('status').textContent).toContain('Hors ligne : 3 dossier(s) à envoyer');
    await userEvent.click(screen.getByRole('button', { name: 'Réessayer' }));
    expect(retry).toHaveBeenCalledOnce();
  });

  it('gives a French message for each failure', () => {
    renderWithApp(<SyncStatusLine />);
    act(() => setSyncState({ kind: 'failed', reason: 'unauthorized', pending: 0 }));
    expect(screen.getByRole('status').textContent).toContain('Le serveur refuse ce mot de passe');
    act(() => setSyncState({ kind: 'failed', reason: 'wrongPassphrase', pending: 0 }));
    expect(screen.getByRole('status').textContent).toContain('Cette phrase secrète n’est pas celle de la structure');
    act(() => setSyncState({ kind: 'failed', reason: 'forbidden', pending: 0 }));
    expect(screen.getByRole('status').textContent).toContain('refuse à cet appareil l’accès');
    expect(screen.getAllByRole('button', { name: 'Réessayer' })).toHaveLength(1);
  });
});
