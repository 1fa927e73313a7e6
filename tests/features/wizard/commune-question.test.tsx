import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { questionView } from '../../../machines';
import { QuestionStep } from '../../../src/features/wizard/QuestionStep';
import { renderWithApp } from '../../support/render';

function renderCommune(initial?: string) {
  const onAnswer = vi.fn();
  renderWithApp(<QuestionStep question={questionView('commune', { departement: '45' })} initial={initial} onAnswer={onAnswer} />);
  return { onAnswer };
}
const next = () => userEvent.click(screen.getByRole('button', { name: 'Valider et passer à l’étape suivante' }));

describe('the commune question', () => {
  it('offers the département’s communes as one types, and chooses one with the keyboard', async () => {
    const { onAnswer } = renderCommune();
    const box = await screen.findByRole('combobox', { name: 'Dans quelle commune habitez-vous ?' });
    await waitFor(() => expect((box as HTMLInputElement).disabled).toBe(false));
    await userEvent.type(box, 'saint jean de b');
    const options = await screen.findAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual(['Saint-Jean-de-Braye (45)']);
    expect(box.getAttribute('aria-expanded')).toBe('true');
    await userEvent.keyboard('{ArrowDown}');
    expect(box.getAttribute('aria-activedescendant')).toBe(options[0]!.id);
    await userEvent.keyboard('{Enter}');
    expect((box as HTMLInputElement).value).toBe('Saint-Jean-de-Braye');
    expect(screen.getByText('Commune choisie : Saint-Jean-de-Braye')).toBeTruthy();
    await next();
    expect(onAnswer).toHaveBeenCalledWith('45284');
  });

  it('refuses a name typed without choosing it, with a message next to the box, and takes « Je ne sais pas »', async () => {
    const { onAnswer } = renderCommune();
    const box = await screen.findByRole('combobox');
    await waitFor(() => expect((box as HTMLInputElement).disabled).toBe(false));
    await userEvent.type(box, 'Tours');
    // Tours is in Indre-et-Loire: not offered to someone who answered Loiret
    expect(await screen.findByText('Aucune commune ne correspond.')).toBeTruthy();
    await next();
    expect((await screen.findByRole('alert')).textContent).toBe('Choisissez une commune dans la liste, ou « Je ne sais pas ».');
    expect(onAnswer).not.toHaveBeenCalled();
    const unknown = screen.getByRole('button', { name: 'Je ne sais pas' });
    await userEvent.click(unknown);
    expect(unknown.getAttribute('aria-pressed')).toBe('true');
    await next();
    expect(onAnswer).toHaveBeenCalledWith('nsp');
  });

  it('shows a commune given before by its name', async () => {
    renderCommune('45234');
    const box = await screen.findByRole('combobox');
    await waitFor(() => expect((box as HTMLInputElement).value).toBe('Orléans'));
  });
});
