import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

// SYNC_ORIGIN is read when the module loads: stub the build setting, then import afresh (the
// providers too, so that they are the same module instances as the screen's).
async function settingsWith(origin: string) {
  vi.stubEnv('VITE_SYNC_ORIGIN', origin);
  vi.resetModules();
  const { SyncSettings } = await import('../../../src/features/caseload/SyncSettings');
  const { renderWithApp } = await import('../../support/render');
  return { SyncSettings, renderWithApp };
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('Réglages › Synchronisation', () => {
  it('says so when the app was built without a sync server', async () => {
    const { SyncSettings, renderWithApp } = await settingsWith('');
    renderWithApp(<SyncSettings />);
    expect(await screen.findByText(/n’a pas de serveur de synchronisation/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Activer la synchronisation' })).toBeNull();
  });

  it('refuses a wrong address and a short passphrase next to their fields, and stores nothing', async () => {
    const { SyncSettings, renderWithApp } = await settingsWith('https://sync.example.org');
    const { repository } = renderWithApp(<SyncSettings />);
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Adresse de la base de la structure'), 'http://sync.example.org/cs');
    await user.type(screen.getByLabelText('Nom de cet appareil'), 'Tablette accueil');
    await user.type(screen.getByLabelText('Identifiant de cet appareil sur le serveur'), 'tablette');
    await user.type(screen.getByLabelText('Mot de passe de cet appareil sur le serveur'), 'secret');
    await user.type(screen.getByLabelText('Phrase secrète de la structure'), 'trop court');
    await user.click(screen.getByRole('button', { name: 'Activer la synchronisation' }));

    const address = screen.getByLabelText('Adresse de la base de la structure');
    expect(address.getAttribute('aria-invalid')).toBe('true');
    const addressError = document.getElementById(address.getAttribute('aria-describedby')!.split(' ')[1]!);
    expect(addressError?.textContent).toContain('L’adresse doit commencer par https://');
    const passphrase = screen.getByLabelText('Phrase secrète de la structure');
    expect(document.getElementById(passphrase.getAttribute('aria-describedby')!.split(' ')[1]!)?.textContent).toContain('au moins 4 mots');
    expect(await repository.settings.get('sync.config')).toBeUndefined();
  });

  it('proposes a six-word passphrase with the advice to keep it on paper', async () => {
    const { SyncSettings, renderWithApp } = await settingsWith('https://sync.example.org');
    renderWithApp(<SyncSettings />);
    await userEvent.click(await screen.findByRole('button', { name: 'Proposer une phrase secrète' }));
    expect((screen.getByLabelText('Phrase secrète de la structure') as HTMLInputElement).value.split(' ')).toHaveLength(6);
    expect(screen.getByRole('status').textContent).toContain('Notez cette phrase sur papier');
  });
});
