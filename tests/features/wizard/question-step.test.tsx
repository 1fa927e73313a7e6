import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { answerSchemaFor, questionView } from '../../../machines';
import { QuestionStep } from '../../../src/features/wizard/QuestionStep';
import { renderWithApp } from '../../support/render';

function renderQuestion(id: string, answers = {}, initial?: string | string[] | number) {
  const onAnswer = vi.fn();
  const onDraft = vi.fn();
  const question = questionView(id, answers);
  renderWithApp(<QuestionStep question={question} initial={initial} onAnswer={onAnswer} onDraft={onDraft} progress={{ step: 3, stepCount: 8 }} />);
  return { onAnswer, onDraft, question };
}

const next = () => userEvent.click(screen.getByRole('button', { name: 'Valider et passer à l’étape suivante' }));

describe('a question step', () => {
  it('says where the person is, in words, and puts focus on the question', () => {
    renderQuestion('diplome');
    expect(screen.getByText('Étape 3 sur 8')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1 }));
  });

  it('refuses to go on without a choice, with a message next to the answers', async () => {
    const { onAnswer } = renderQuestion('diplome');
    await next();
    expect((await screen.findByRole('alert')).textContent).toContain('Choisissez une réponse, ou « Je ne sais pas ».');
    expect(onAnswer).not.toHaveBeenCalled();
  });

  it('accepts « Je ne sais pas »', async () => {
    const { onAnswer } = renderQuestion('diplome');
    await userEvent.click(screen.getByRole('radio', { name: 'Je ne sais pas' }));
    await next();
    expect(onAnswer).toHaveBeenCalledWith('nsp');
  });

  it('refuses an age outside the range with the range in the message, then accepts a valid one', async () => {
    const { onAnswer, question } = renderQuestion('age');
    const input = screen.getByRole('textbox');
    await userEvent.type(input, '121');
    await next();
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(`Écrivez un nombre entre ${question.min} et ${question.max}.`);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(onAnswer).not.toHaveBeenCalled();
    await userEvent.clear(input);
    await userEvent.type(input, '19');
    await next();
    expect(onAnswer).toHaveBeenCalledWith(19);
  });

  it.each([0, 14, 120])('accepts %i as an age: nobody is told their real age is invalid', async (age) => {
    const { onAnswer } = renderQuestion('age');
    await userEvent.type(screen.getByRole('textbox'), String(age));
    await next();
    expect(onAnswer).toHaveBeenCalledWith(age);
  });

  it('sends « Je ne sais pas » ticked alone on a multiple-choice question, and the journey takes it', async () => {
    const { onAnswer, question } = renderQuestion('besoinsSavoirs');
    await userEvent.click(screen.getByRole('checkbox', { name: /Je ne sais pas/ }));
    await next();
    expect(onAnswer).toHaveBeenCalledTimes(1);
    const sent = onAnswer.mock.calls[0]![0];
    expect(answerSchemaFor(question).parse(sent)).toBe('nsp');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('refuses letters in a number', async () => {
    const { onAnswer } = renderQuestion('age');
    await userEvent.type(screen.getByRole('textbox'), 'dix-neuf');
    await next();
    expect((await screen.findByRole('alert')).textContent).toMatch(/Écrivez un nombre/);
    expect(onAnswer).not.toHaveBeenCalled();
  });

  it('asks for at least one box in a multiple choice, and « aucun » stands alone', async () => {
    const { onAnswer, onDraft } = renderQuestion('freins');
    await next();
    expect((await screen.findByRole('alert')).textContent).toContain('Cochez au moins une réponse');
    const boxes = screen.getAllByRole('checkbox') as HTMLInputElement[];
    const none = boxes.find((b) => b.value === 'aucun')!;
    const first = boxes.find((b) => b.value !== 'aucun' && b.value !== 'nsp')!;
    await userEvent.click(first);
    expect(onDraft).toHaveBeenLastCalledWith([first.value]);
    await userEvent.click(none);
    expect(first.checked).toBe(false);
    expect(none.checked).toBe(true);
    await next();
    expect(onAnswer).toHaveBeenCalledWith(['aucun']);
  });

  it('shows the answer given before when the person comes back', () => {
    renderQuestion('diplome', {}, 'cap-bep');
    expect((screen.getAllByRole('radio') as HTMLInputElement[]).find((r) => r.checked)?.value).toBe('cap-bep');
  });
});
