import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { MemoryRepository, ResilientRepository } from '../../../src/db';
import { SettingsScreen } from '../../../src/features/caseload/SettingsScreen';
import { SETTING_STRUCTURE_NAME } from '../../../src/features/caseload/residents';
import { SETTING_RETENTION_DAYS } from '../../../src/features/caseload/retention';
import { renderWithApp } from '../../support/render';

/** A device whose settings are read slowly: every read waits for `release()`. */
async function slowSettings(stored: Record<string, unknown>) {
  const memory = new MemoryRepository();
  for (const [key, value] of Object.entries(stored)) await memory.settings.set(key, value);
  const read = memory.settings.get.bind(memory.settings);
  let release!: () => void;
  const gate = new Promise<void>((open) => (release = open));
  memory.settings.get = (async (key: string) => {
    await gate;
    return read(key);
  }) as typeof memory.settings.get;
  return { repository: new ResilientRepository(memory, 'ok'), release };
}

describe('the settings screen', () => {
  it('keeps what staff typed before the saved settings arrived, and shows the others', async () => {
    const { repository, release } = await slowSettings({ [SETTING_STRUCTURE_NAME]: 'Ancien nom', [SETTING_RETENTION_DAYS]: 120 });
    renderWithApp(<SettingsScreen />, { repository });
    const name = screen.getByLabelText('Nom de votre structure (affiché sur le plan imprimé)');
    await userEvent.type(name, 'Maison des services');
    await act(async () => release());
    await vi.waitFor(() => expect(screen.getByLabelText<HTMLInputElement>('Durée de conservation des dossiers non modifiés (en jours)').value).toBe('120'));
    expect((name as HTMLInputElement).value).toBe('Maison des services');
    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer les réglages' }));
    await screen.findByText('Réglages enregistrés.');
    expect(await repository.settings.get(SETTING_STRUCTURE_NAME)).toBe('Maison des services');
    expect(await repository.settings.get(SETTING_RETENTION_DAYS)).toBe(120);
  });
});
