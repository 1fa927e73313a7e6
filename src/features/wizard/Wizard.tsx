import { useT } from '../../messages/i18n';
import type { SaveStatus } from '../../components/StepFrame';
import {
  answerQuestion,
  changeAnswer,
  chooseParcours,
  goBack,
  questionView,
  type AnswerValue,
  type Journey,
} from '../../../machines';
import { QuestionStep } from './QuestionStep';
import { viewOf } from './view';
import { OrientationStep } from './OrientationStep';
import { RecapStep } from './RecapStep';
import { PlanScreen, type PlanHeader, type PlanProgress } from '../plan/PlanScreen';

/** Where the person is, beyond what the journey itself says: recap or plan, an answer being
 * changed from the recap, and the choice made but not yet confirmed (kept on reload). */
export interface WizardUi {
  screen: 'steps' | 'recap' | 'plan';
  editing?: string;
  draft?: { questionId: string; value: AnswerValue };
}

export interface WizardState {
  journey: Journey;
  ui: WizardUi;
}

export const INITIAL_UI: WizardUi = { screen: 'steps' };

/**
 * The whole guided path, shared by the mediator and the kiosk: questions one per screen, the
 * orientation, the recap and the plan. It holds no state of its own: every change goes out
 * through `onChange`, which the caller saves at once.
 */
export function Wizard(props: {
  state: WizardState;
  onChange(next: WizardState): void;
  variant: 'mediator' | 'kiosk';
  saveStatus?: SaveStatus;
  /** Back from the very first question (to the list of files, or the kiosk's start). */
  onExit(): void;
  exitLabel: string;
  planHeader?: PlanHeader;
  planProgress?: PlanProgress;
  onPlanProgress?(progress: PlanProgress): void;
}) {
  const t = useT();
  const { journey, ui } = props.state;
  const view = viewOf(journey);
  const set = (next: Partial<WizardState>) => props.onChange({ ...props.state, ...next });
  const back = (label = t('step.backTo')) => ({
    label: journey.trail.length === 0 ? props.exitLabel : label,
    onClick: () => (journey.trail.length === 0 ? props.onExit() : set({ journey: goBack(journey), ui: { screen: 'steps' } })),
  });
  /** After a change from the recap: back to the recap when the path is complete again. */
  const afterChange = (next: Journey) => {
    const nextView = viewOf(next);
    set({ journey: next, ui: { screen: nextView.phase === 'done' ? 'recap' : 'steps' } });
  };

  if (ui.editing) {
    const cancel = { label: t('recap.backToRecap'), onClick: () => set({ ui: { screen: 'recap' } }) };
    if (ui.editing === 'parcours' && view.phase === 'done') {
      const orientation = viewOf({ ...journey, trail: journey.trail.filter((id) => id !== 'parcours') });
      return (
        <OrientationStep
          key="edit-parcours"
          recommended={orientation.phase === 'orientation' ? orientation.recommended : view.parcours}
          reasons={orientation.phase === 'orientation' ? orientation.reasons : []}
          chosen={view.parcours}
          saveStatus={props.saveStatus}
          back={cancel}
          onChoose={(parcours) => afterChange(changeAnswer(journey, 'parcours', parcours))}
        />
      );
    }
    const question = questionView(ui.editing, journey.answers);
    if (question) {
      return (
        <QuestionStep
          key={`edit-${question.id}`}
          question={question}
          initial={journey.answers[question.id]}
          saveStatus={props.saveStatus}
          back={cancel}
          onAnswer={(value) => afterChange(changeAnswer(journey, question.id, value))}
        />
      );
    }
  }

  if (view.phase === 'question') {
    const { question } = view;
    const draft = ui.draft?.questionId === question.id ? ui.draft.value : undefined;
    return (
      <QuestionStep
        key={`${question.id}-${journey.trail.length}`}
        question={question}
        initial={draft ?? journey.answers[question.id]}
        progress={{ step: view.step, stepCount: view.stepCount }}
        saveStatus={props.saveStatus}
        back={back()}
        onDraft={(value) =>
          set({ ui: { screen: 'steps', draft: value === undefined ? undefined : { questionId: question.id, value } } })
        }
        onAnswer={(value) => set({ journey: answerQuestion(journey, question.id, value), ui: { screen: 'steps' } })}
      />
    );
  }

  if (view.phase === 'orientation') {
    return (
      <OrientationStep
        key="orientation"
        recommended={view.recommended}
        reasons={view.reasons}
        chosen={typeof journey.answers.parcours === 'string' ? (journey.answers.parcours as typeof view.recommended) : undefined}
        progress={{ step: view.step, stepCount: view.stepCount }}
        saveStatus={props.saveStatus}
        back={back()}
        onChoose={(parcours) => set({ journey: chooseParcours(journey, parcours), ui: { screen: 'steps' } })}
      />
    );
  }

  if (ui.screen === 'plan') {
    return (
      <PlanScreen
        plan={view.plan}
        variant={props.variant}
        header={props.planHeader}
        departement={typeof journey.answers.departement === 'string' ? journey.answers.departement : undefined}
        commune={typeof journey.answers.commune === 'string' && journey.answers.commune !== 'nsp' ? journey.answers.commune : undefined}
        progress={props.planProgress}
        onProgress={props.onPlanProgress}
        back={{ label: t('plan.backToRecap'), onClick: () => set({ ui: { screen: 'recap' } }) }}
      />
    );
  }

  return (
    <RecapStep
      journey={journey}
      parcours={view.parcours}
      saveStatus={props.saveStatus}
      back={back()}
      onChange={(questionId) => set({ ui: { screen: 'recap', editing: questionId } })}
      onChangeParcours={() => set({ ui: { screen: 'recap', editing: 'parcours' } })}
      onDone={() => set({ ui: { screen: 'plan' } })}
    />
  );
}
