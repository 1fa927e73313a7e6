import { describe, expect, it } from 'vitest';
import { PARCOURS_STEP, startJourney } from '../../../machines';
import { exampleJourney } from '../../support/example-journey';
import { INITIAL_UI, type WizardUi } from '../../../src/lib/guided-path';
import { nextUi, restoreUi, uiOf, type WizardUiEvent } from '../../../src/features/wizard/wizard-ui.machine';

const open = startJourney();
const done = exampleJourney('jeune');

/** The saved ui after a run of events, from a saved ui, for a journey that stays as given. */
function run(ui: unknown, complete: boolean, ...events: WizardUiEvent[]): WizardUi {
  const journey = complete ? done : open;
  return events.reduce<WizardUi>((saved, event) => nextUi(restoreUi(saved, journey, complete), event), uiOf(restoreUi(ui, journey, complete)));
}

describe('the wizard screens chart', () => {
  it('keeps a choice not yet confirmed, and drops it once the question is answered or left', () => {
    const draft = { questionId: 'age', value: 19 };
    expect(run(INITIAL_UI, false, { type: 'answer.draft', draft })).toEqual({ screen: 'steps', draft });
    expect(run(INITIAL_UI, false, { type: 'answer.draft', draft }, { type: 'answer.submit', complete: false })).toEqual({ screen: 'steps' });
    expect(run(INITIAL_UI, false, { type: 'answer.draft', draft }, { type: 'step.back' })).toEqual({ screen: 'steps' });
  });

  it('goes to the recap when the last answer completes the path', () => {
    expect(nextUi(restoreUi(INITIAL_UI, open, false), { type: 'answer.submit', complete: true })).toEqual({ screen: 'recap' });
  });

  it('goes from the recap to a change and back, or on to the plan and back', () => {
    const recap = { screen: 'recap' } as const;
    expect(run(recap, true, { type: 'recap.change', questionId: 'age' })).toEqual({ screen: 'recap', editing: 'age' });
    expect(run(recap, true, { type: 'recap.change', questionId: 'age' }, { type: 'change.cancel' })).toEqual(recap);
    expect(run(recap, true, { type: 'recap.change', questionId: PARCOURS_STEP }, { type: 'change.submit', complete: true })).toEqual(recap);
    expect(run(recap, true, { type: 'recap.done' })).toEqual({ screen: 'plan' });
    expect(run(recap, true, { type: 'recap.done' }, { type: 'plan.back' })).toEqual(recap);
  });

  it('goes back to the questions when a changed answer opens new ones', () => {
    const changing = restoreUi({ screen: 'recap', editing: 'age' }, done, true);
    expect(changing.matches('changing')).toBe(true);
    expect(nextUi(changing, { type: 'change.submit', complete: false })).toEqual({ screen: 'steps' });
  });

  it('ignores an event its screen does not offer', () => {
    expect(run({ screen: 'plan' }, true, { type: 'recap.change', questionId: 'age' })).toEqual({ screen: 'plan' });
    expect(run(INITIAL_UI, false, { type: 'recap.done' })).toEqual({ screen: 'steps' });
  });

  it('reopens what files already hold, and falls back to where the journey is on anything else', () => {
    expect(restoreUi({ screen: 'plan' }, done, true).value).toBe('plan');
    // An older file saved « steps » after the last answer: the recap is what it showed.
    expect(restoreUi({ screen: 'steps' }, done, true).value).toBe('recap');
    expect(restoreUi({ screen: 'recap', editing: PARCOURS_STEP }, done, true).context).toEqual({ editing: PARCOURS_STEP });
    // A question a newer catalogue dropped, a journey no longer complete, or no ui at all.
    expect(restoreUi({ screen: 'recap', editing: 'gone' }, done, true).value).toBe('recap');
    expect(restoreUi({ screen: 'plan' }, open, false).value).toBe('steps');
    expect(restoreUi(undefined, open, false).value).toBe('steps');
    expect(restoreUi({ screen: 'steps', draft: { questionId: 'age' } }, open, false).context).toEqual({});
  });
});
