// The benchmark's floor (issue 15): the least a page built on the app's stack (React 19,
// XState 5, the app's stylesheet) can do to show one question step with the app's markup.
// scripts/bench-floor.mjs builds it with Vite and measures it in the same run as the app, so
// the app's figures are read as ratios to it. Ten single-choice questions in a cycle: Next
// goes to the next one, renders it and moves focus to its heading, as the app's StepFrame does.
import { StrictMode, useEffect, useRef, type FormEvent } from 'react';
import { createRoot } from 'react-dom/client';
import { assign, setup } from 'xstate';
import { useMachine } from '@xstate/react';
import '../../src/styles.css';

interface Question {
  id: string;
  title: string;
  options: { value: string; label: string }[];
}

const yesNo = [
  { value: 'oui', label: 'Oui' },
  { value: 'non', label: 'Non' },
  { value: 'nsp', label: 'Je ne sais pas' },
];

const QUESTIONS: Question[] = [
  { id: 'q1', title: 'Avez-vous un diplôme ?', options: [{ value: 'aucun', label: 'Aucun diplôme' }, { value: 'cap', label: 'CAP ou BEP' }, { value: 'bac', label: 'Baccalauréat' }, { value: 'sup', label: 'Plus que le bac' }] },
  { id: 'q2', title: 'Avez-vous une reconnaissance de handicap (RQTH) ?', options: yesNo },
  { id: 'q3', title: 'Comment parlez-vous français ?', options: [{ value: 'debutant', label: 'Je débute' }, { value: 'a2', label: 'Je me débrouille' }, { value: 'courant', label: 'Couramment' }] },
  { id: 'q4', title: 'Quelle est votre situation ?', options: [{ value: 'rsa', label: 'Je touche le RSA' }, { value: 'are', label: 'Je touche le chômage' }, { value: 'salarie', label: 'Je travaille' }, { value: 'autre', label: 'Autre situation' }] },
  { id: 'q5', title: 'Depuis quand êtes-vous sans emploi ?', options: [{ value: 'moins-6', label: 'Moins de 6 mois' }, { value: '6-12', label: 'De 6 à 12 mois' }, { value: 'plus-12', label: 'Plus de 12 mois' }] },
  { id: 'q6', title: 'Lire et écrire, pour vous, c’est :', options: [{ value: 'facile', label: 'Facile' }, { value: 'difficile', label: 'Difficile' }, { value: 'tres-difficile', label: 'Très difficile' }] },
  { id: 'q7', title: 'Avez-vous le permis de conduire ?', options: yesNo },
  { id: 'q8', title: 'Pouvez-vous vous déplacer loin de chez vous ?', options: yesNo },
  { id: 'q9', title: 'Avez-vous des enfants à garder ?', options: yesNo },
  { id: 'q10', title: 'Avez-vous déjà travaillé ?', options: yesNo },
];

type Answers = Record<string, string>;

/** One state per question, in a cycle, so a round can click Next as often as it needs. */
const floorMachine = setup({
  types: { context: {} as { answers: Answers; count: number }, events: {} as { type: 'NEXT'; value: string } },
}).createMachine({
  id: 'floor',
  initial: QUESTIONS[0]!.id,
  context: { answers: {}, count: 0 },
  states: Object.fromEntries(
    QUESTIONS.map((q, i) => [
      q.id,
      {
        on: {
          NEXT: {
            target: QUESTIONS[(i + 1) % QUESTIONS.length]!.id,
            actions: assign({
              answers: ({ context, event }) => ({ ...context.answers, [q.id]: event.value }),
              count: ({ context }) => context.count + 1,
            }),
          },
        },
      },
    ]),
  ),
});

/** The app's StepFrame and QuestionStep markup for a single-choice question, nothing more. */
function Step(props: { question: Question; step: number; onAnswer(value: string): void }) {
  const { question } = props;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const formId = `question-${question.id}`;
  const titleId = `${formId}-title`;
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const value = new FormData(event.currentTarget).get('value');
    if (typeof value === 'string' && value !== '') props.onAnswer(value);
  };
  const progress = `Étape ${props.step} sur ${QUESTIONS.length}`;
  return (
    <section className="step" aria-labelledby={titleId}>
      <div className="step__top">
        <div className="step__progress">
          <p className="step__progress-text">{progress}</p>
          <progress max={QUESTIONS.length} value={props.step} aria-label="Progression" aria-valuetext={progress} />
        </div>
      </div>
      <h1 id={titleId} ref={heading} tabIndex={-1}>
        {question.title}
      </h1>
      <div className="step__body">
        <form id={formId} noValidate onSubmit={submit}>
          <fieldset className="choices">
            <legend className="visually-hidden">{question.title}</legend>
            {question.options.map((option) => {
              const id = `${formId}-${option.value}`;
              return (
                <div key={option.value} className="choice choice--tile">
                  <input id={id} type="radio" name="value" value={option.value} />
                  <label htmlFor={id}>
                    <span>{option.label}</span>
                  </label>
                </div>
              );
            })}
          </fieldset>
        </form>
      </div>
      <div className="step__nav">
        <button type="submit" form={formId} className="button">
          Suivant
        </button>
      </div>
    </section>
  );
}

function Floor() {
  const [snapshot, send] = useMachine(floorMachine);
  const index = QUESTIONS.findIndex((q) => snapshot.matches(q.id));
  const question = QUESTIONS[index]!;
  return (
    <>
      <header className="app-header">
        <a className="app-header__brand" href="#/">
          Passerelle
        </a>
      </header>
      <main id="main" tabIndex={-1}>
        <Step key={snapshot.context.count} question={question} step={index + 1} onAnswer={(value) => send({ type: 'NEXT', value })} />
      </main>
    </>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Floor />
  </StrictMode>,
);
