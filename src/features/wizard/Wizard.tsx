import type { ReactNode } from 'react';
import { useT } from '../../messages/i18n';
import {
  answerQuestion,
  changeAnswer,
  chooseParcours,
  goBack,
  PARCOURS_STEP,
  questionViewFor,
  type BuildPlanInput,
  type Journey,
} from '../../../machines';
import { viewOf } from '../../lib/journey-view';
import type { BackAction, GuidedPathProps } from '../../lib/guided-path';
import { QuestionStep } from './QuestionStep';
import { OrientationStep } from './OrientationStep';
import { RecapStep } from './RecapStep';
import { Under16Step } from './Under16Step';
import { nextUi, restoreUi, type WizardUiEvent } from './wizard-ui.machine';

export type WizardProps = Omit<GuidedPathProps, 'planHeader' | 'planProgress' | 'onPlanProgress'> & {
  /** The plan screen, drawn by the plan feature: the app level passes it in. The plan is built
   * there from `planInput`, so that the wizard does not carry the plan builder (issue 15). */
  renderPlan(plan: { planInput: BuildPlanInput; departement?: string; commune?: string; back: BackAction }): ReactNode;
};

const isComplete = (journey: Journey) => viewOf(journey).phase === 'done';

/**
 * The whole guided path, shared by the mediator, the kiosk and the workshop: questions one per
 * screen, the orientation, the recap and the plan. It holds no state of its own: every change
 * goes out through `onChange`, which the caller saves at once. The journey says which question
 * comes next; wizard-ui.machine.ts says whether the recap, a change or the plan is up.
 */
export function Wizard(props: WizardProps) {
  const t = useT();
  const { journey, ui } = props.state;
  const view = viewOf(journey);
  const snapshot = restoreUi(ui, journey, view.phase === 'done');
  const send = (event: WizardUiEvent, next: Journey = journey) => props.onChange({ journey: next, ui: nextUi(snapshot, event) });
  const back = (label = t('step.backTo')): BackAction => ({
    label: journey.trail.length === 0 ? props.exitLabel : label,
    onClick: () => (journey.trail.length === 0 ? props.onExit() : send({ type: 'step.back' }, goBack(journey))),
  });
  const submit = (next: Journey) => send({ type: 'answer.submit', complete: isComplete(next) }, next);

  switch (view.phase) {
    case 'question': {
      const { question } = view;
      const { draft } = snapshot.context;
      return (
        <QuestionStep
          key={`${question.id}-${journey.trail.length}`}
          question={question}
          initial={(draft?.questionId === question.id ? draft.value : undefined) ?? journey.answers[question.id]}
          progress={{ step: view.step, stepCount: view.stepCount }}
          back={back()}
          onDraft={(value) => send({ type: 'answer.draft', draft: value === undefined ? undefined : { questionId: question.id, value } })}
          onAnswer={(value) => submit(answerQuestion(journey, question.id, value))}
        />
      );
    }
    case 'orientation':
      return (
        <OrientationStep
          key="orientation"
          recommended={view.recommended}
          reasons={view.reasons}
          chosen={typeof journey.answers.parcours === 'string' ? (journey.answers.parcours as typeof view.recommended) : undefined}
          progress={{ step: view.step, stepCount: view.stepCount }}
          back={back()}
          onChoose={(parcours) => submit(chooseParcours(journey, parcours))}
        />
      );
    case 'under16':
      return <Under16Step age={view.age} back={back()} />;
  }

  const recap = { label: t('recap.backToRecap'), onClick: () => send({ type: 'change.cancel' }) };
  const change = (next: Journey) => send({ type: 'change.submit', complete: isComplete(next) }, next);
  const { editing } = snapshot.context;
  if (snapshot.matches('changing') && editing === PARCOURS_STEP) {
    const orientation = viewOf({ ...journey, trail: journey.trail.filter((id) => id !== PARCOURS_STEP) });
    return (
      <OrientationStep
        key="edit-parcours"
        recommended={orientation.phase === 'orientation' ? orientation.recommended : view.parcours}
        reasons={orientation.phase === 'orientation' ? orientation.reasons : []}
        chosen={view.parcours}
        back={recap}
        onChoose={(parcours) => change(changeAnswer(journey, PARCOURS_STEP, parcours))}
      />
    );
  }
  const question = snapshot.matches('changing') && editing !== undefined ? questionViewFor(journey, editing) : undefined;
  if (question) {
    return (
      <QuestionStep
        key={`edit-${question.id}`}
        question={question}
        initial={journey.answers[question.id]}
        back={recap}
        onAnswer={(value) => change(changeAnswer(journey, question.id, value))}
      />
    );
  }

  if (snapshot.matches('plan')) {
    return props.renderPlan({
      planInput: view.planInput,
      departement: typeof journey.answers.departement === 'string' ? journey.answers.departement : undefined,
      commune: typeof journey.answers.commune === 'string' && journey.answers.commune !== 'nsp' ? journey.answers.commune : undefined,
      back: { label: t('plan.backToRecap'), onClick: () => send({ type: 'plan.back' }) },
    });
  }

  return (
    <RecapStep
      journey={journey}
      parcours={view.parcours}
      back={back()}
      onChange={(questionId) => send({ type: 'recap.change', questionId })}
      onChangeParcours={() => send({ type: 'recap.change', questionId: PARCOURS_STEP })}
      onDone={() => send({ type: 'recap.done' })}
    />
  );
}
