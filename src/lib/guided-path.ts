import type { ComponentType } from 'react';
import type { AnswerValue, Journey, Plan } from '../../machines';

/**
 * The contract between the features that show the guided path (caseload, kiosk, workshop) and
 * the wizard and plan features that draw it. The app level (src/app/) wires the two; a feature
 * only ever sees these types and the component it is handed.
 */

/** Where the person is, beyond what the journey itself says: recap or plan, an answer being
 * changed from the recap, and the choice made but not yet confirmed. Saved with a resident's
 * file as is, so this shape must keep opening (the wizard reads it back leniently). */
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

export type StepStatus = 'a-faire' | 'en-cours' | 'fait';
export type PlanProgress = Record<string, { status: StepStatus; appointment?: string }>;

/** What the plan's printed header may say. The name is printed only when `printName` is true:
 * the resident agreed (the box is off by default). Without `onPrintNameChange`, the choice
 * lives on this screen only. */
export interface PlanHeader {
  nickname?: string;
  structureName?: string;
  printName?: boolean;
  onPrintNameChange?(printName: boolean): void;
}

export type Variant = 'mediator' | 'kiosk';
export interface BackAction {
  label: string;
  onClick(): void;
}

/** The plan on screen, with print, PDF and QR code. */
export interface PlanViewProps {
  plan: Plan;
  variant: Variant;
  departement?: string;
  /** INSEE code of the person's commune: the address book's contacts there come first */
  commune?: string;
  header?: PlanHeader;
  back?: BackAction;
  progress?: PlanProgress;
  onProgress?: (progress: PlanProgress) => void;
}

/** The whole guided path: questions, orientation, recap, then the plan. */
export interface GuidedPathProps {
  state: WizardState;
  onChange(next: WizardState): void;
  variant: Variant;
  /** Back from the very first question (to the list of files, or the kiosk's start). */
  onExit(): void;
  exitLabel: string;
  planHeader?: PlanHeader;
  planProgress?: PlanProgress;
  onPlanProgress?(progress: PlanProgress): void;
}

export type GuidedPathComponent = ComponentType<GuidedPathProps>;
export type PlanViewComponent = ComponentType<PlanViewProps>;
