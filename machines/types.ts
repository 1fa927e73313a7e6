import type { ParcoursId, StageId } from '../data';

export type { ParcoursId, StageId };

/** An answer: an option value, several values (multi), a number, or 'nsp' (« je ne sais pas »). */
export type AnswerValue = string | string[] | number;
export type QuestionId = string;
export type Answers = Record<QuestionId, AnswerValue>;

export const UNKNOWN = 'nsp';

/** One step of the ladder a parcours machine went through: the stage and the alternative. */
export interface RouteEntry {
  stage: StageId;
  alt: string;
  /** the CCP block being completed, in the partial-titre loop */
  ccp?: string;
}

export interface JourneyContext {
  answers: Answers;
  route: RouteEntry[];
  /** CCP blocks still to obtain, consumed by the partial-titre loop */
  ccpQueue: string[];
}

export type JourneyEvent =
  | { type: 'answer.submit'; question: QuestionId; value: AnswerValue }
  | { type: 'parcours.choose'; parcours: ParcoursId };

export interface JourneyInput {
  answers?: Answers;
}

/** A reason shown to the person; words live in src/messages (`reason.<code>`, `why.<code>`). */
export interface Reason {
  code: string;
  params?: Record<string, string | number>;
}
