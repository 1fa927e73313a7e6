import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { NewFileScreen } from '../../../src/features/caseload/NewFileScreen';
import { renderWithApp } from '../../support/render';

describe('creating a resident’s file', () => {
  it('asks for a first name or nickname and the consent, and creates nothing without them', async () => {
    const { repository } = renderWithApp(<NewFileScreen />);
    await userEvent.click(screen.getByRole('button', { name: 'Créer le dossier et commencer' }));
    const alerts = await screen.findAllByRole('alert');
    expect(alerts.map((a) => a.textContent)).toEqual([
      'Écrivez un prénom ou un surnom.',
      'Sans l’accord de la personne, le dossier ne peut pas être créé.',
    ]);
    expect(await repository.residents.list()).toEqual([]);
  });

  it('refuses a nickname longer than 40 characters', async () => {
    const { repository } = renderWithApp(<NewFileScreen />);
    await userEvent.type(screen.getByLabelText('Prénom ou surnom'), 'x'.repeat(41));
    await userEvent.click(screen.getByRole('checkbox'));
    await userEvent.click(screen.getByRole('button', { name: 'Créer le dossier et commencer' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Le prénom ou surnom doit faire 40 caractères au plus.');
    expect(await repository.residents.list()).toEqual([]);
  });

  it('creates the file with the consent date and nothing else about the person', async () => {
    const { repository } = renderWithApp(<NewFileScreen />);
    await userEvent.type(screen.getByLabelText('Prénom ou surnom'), '  Awa ');
    await userEvent.click(screen.getByRole('checkbox'));
    await userEvent.click(screen.getByRole('button', { name: 'Créer le dossier et commencer' }));
    await vi.waitFor(async () => expect(await repository.residents.list()).toHaveLength(1));
    const [summary] = await repository.residents.list();
    const file = await repository.residents.get(summary!.id);
    expect(file?.nickname).toBe('Awa');
    expect(file?.consent.givenOn).toBe(new Date().toISOString().slice(0, 10));
    expect(Object.keys(file!).sort()).toEqual(['consent', 'createdAt', 'id', 'journey', 'nameKey', 'nickname', 'parcours', 'progress', 'updatedAt'].sort());
  });
});
