/** The only entry point src/ uses to talk to the statecharts (docs/architecture.md). */
export {
  startJourney,
  viewJourney,
  answerQuestion,
  chooseParcours,
  goBack,
  changeAnswer,
  JourneyError,
  PARCOURS_STEP,
  type Journey,
  type JourneyView,
  type JourneyErrorCode,
  type ViewOptions,
} from './journey';
export {
  toRecord,
  fromRecord,
  JourneyRecordSchema,
  JourneySchema,
  AnswersSchema,
  MACHINE_ID,
  MACHINE_VERSION,
  type JourneyRecord,
} from './record';
export { PlanSchema, PlanStepSchema, PLAN_VERSION, stepKey, paySourceIds, type Plan, type PlanStep } from './plan';
export { answerSchemaFor, questionView, type QuestionView, type QuestionOption } from './questions';
export type { AnswerValue, Answers, ParcoursId, QuestionId, Reason, StageId } from './types';
export { UNKNOWN } from './types';
export {
  PARCOURS_IDS,
  questionViewFor,
  catalogueName,
  catalogueParams,
  getScheme,
  getTitre,
  getStructureType,
  type CatalogueRef,
} from './catalogue';
// The workshop's outlines are not here: import them from './outline', so that what a question
// loads does not carry them (issue 15).
