/** The entry point src/ uses to talk to the statecharts (docs/architecture.md), with ./plans and ./outline. */
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
export type { Plan, PlanStep, BuildPlanInput } from './plan';
export { answerSchemaFor, questionView, type QuestionView, type QuestionOption } from './questions';
export type { AnswerValue, Answers, ParcoursId, QuestionId, Reason, StageId } from './types';
export { UNKNOWN } from './types';
export { PARCOURS_IDS, questionViewFor } from './journey';
// Two parts are not here, so that what a question loads does not carry them (issue 15):
// - the plan (its builder, schema and names, with the schemes and structures): './plans';
// - the workshop's outlines: './outline'.
