import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Wizard } from '../../../src/features/wizard/Wizard';
import { exampleJourney } from '../../support/example-journey';
import { INITIAL_UI, type WizardState } from '../../../src/lib/guided-path';
import { startJourney } from '../../../machines';
import { renderWithApp } from '../../support/render';

/** The wizard as its callers hold it: controlled, every change saved (here into `saved`). */
function renderWizard(initial: WizardState) {
  const saved: WizardState[] = [];
  function Harness() {
    const [state, setState] = useState(initial);
    return (
      <Wizard
        state={state}
        onChange={(next) => {
          saved.push(next);
          setState(next);
        }}
        variant="mediator"
        onExit={() => {}}
        exitLabel="Sortir"
        renderPlan={({ planInput, back }) => (
          <section>
            <h1>Plan {planInput.parcours}</h1>
            <button type="button" onClick={back.onClick}>
              {back.label}
            </button>
          </section>
        )}
      />
    );
  }
  renderWithApp(<Harness />);
  return saved;
}

describe('the wizard', () => {
  it('goes from the recap to a change of parcours and back without changing it', async () => {
    const saved = renderWizard({ journey: exampleJourney('jeune'), ui: { screen: 'recap' } });
    await userEvent.click(screen.getByRole('button', { name: 'Modifier la réponse « Parcours choisi »' }));
    expect(saved.at(-1)?.ui).toEqual({ screen: 'recap', editing: 'parcours' });
    await userEvent.click(screen.getByRole('button', { name: 'Revenir au récapitulatif sans changer' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Vérifions vos réponses' })).toBeTruthy();
    expect(saved.at(-1)).toEqual({ journey: exampleJourney('jeune'), ui: { screen: 'recap' } });
  });

  it('shows the plan the app level hands in, and comes back to the recap from it', async () => {
    const saved = renderWizard({ journey: exampleJourney('reprise'), ui: { screen: 'recap' } });
    await userEvent.click(screen.getByRole('button', { name: 'Voir mon plan' }));
    expect(screen.getByRole('heading', { name: 'Plan reprise' })).toBeTruthy();
    expect(saved.at(-1)?.ui).toEqual({ screen: 'plan' });
    await userEvent.click(screen.getByRole('button', { name: 'Revenir au récapitulatif' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Vérifions vos réponses' })).toBeTruthy();
  });

  it('opens a file saved on a question that no longer exists at the recap, not on an error', () => {
    renderWizard({ journey: exampleJourney('jeune'), ui: { screen: 'recap', editing: 'questionRetiree' } });
    expect(screen.getByRole('heading', { level: 1, name: 'Vérifions vos réponses' })).toBeTruthy();
  });

  it('saves an answer changed from the recap and comes back to the recap with it', async () => {
    const saved = renderWizard({ journey: exampleJourney('jeune'), ui: { screen: 'recap' } });
    await userEvent.click(screen.getByRole('button', { name: 'Modifier la réponse « Dans quel département habitez-vous ? »' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Dans quel département habitez-vous ?' })).toBeTruthy();
    await userEvent.click(screen.getByRole('radio', { name: 'Un autre département' }));
    await userEvent.click(screen.getByRole('button', { name: 'Valider et passer à l’étape suivante' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Vérifions vos réponses' })).toBeTruthy();
    expect(saved.at(-1)?.journey.answers.departement).toBe('autre');
    expect(saved.at(-1)?.ui).toEqual({ screen: 'recap' });
  });

  it('asks the commune when a change from the recap moves the person into another département of the region', async () => {
    const saved = renderWizard({ journey: exampleJourney('jeune'), ui: { screen: 'recap' } });
    await userEvent.click(screen.getByRole('button', { name: 'Modifier la réponse « Dans quel département habitez-vous ? »' }));
    await userEvent.click(screen.getByRole('radio', { name: 'Loiret (45)' }));
    await userEvent.click(screen.getByRole('button', { name: 'Valider et passer à l’étape suivante' }));
    // the commune answered before belongs to the old département: it is asked again (issue 12)
    expect(screen.getByRole('heading', { level: 1, name: 'Dans quelle commune habitez-vous ?' })).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Je ne sais pas' }));
    await userEvent.click(screen.getByRole('button', { name: 'Valider et passer à l’étape suivante' }));
    expect(saved.at(-1)?.journey.answers.departement).toBe('45');
    expect(saved.at(-1)?.journey.answers.commune).toBe('nsp');
    // the journey goes on from there, its later answers still given
    expect(screen.getByRole('heading', { level: 1, name: 'Quel est votre diplôme le plus élevé ?' })).toBeTruthy();
    expect(saved.at(-1)?.journey.answers.diplome).toBe(exampleJourney('jeune').answers.diplome);
  });

  it('keeps a choice not yet confirmed in what it saves, and goes on to the next question', async () => {
    const saved = renderWizard({ journey: startJourney(), ui: INITIAL_UI });
    const first = screen.getByRole('heading', { level: 1 }).textContent;
    const radios = screen.queryAllByRole('radio');
    if (radios[0]) await userEvent.click(radios[0]);
    else await userEvent.type(screen.getByRole('textbox'), '19');
    expect(saved.at(-1)?.ui.draft).toBeDefined();
    await userEvent.click(screen.getByRole('button', { name: 'Valider et passer à l’étape suivante' }));
    expect(saved.at(-1)?.journey.trail).toHaveLength(1);
    expect(saved.at(-1)?.ui).toEqual({ screen: 'steps' });
    expect(screen.getByRole('heading', { level: 1 }).textContent).not.toBe(first);
  });
});

