import type { Page } from 'playwright-core';

export type Screen = { kind: 'question'; id: string } | { kind: 'orientation' | 'recap' | 'plan' | 'other' };
export type DriverAnswers = Record<string, string | string[] | number>;
export function currentScreen(page: Page): Promise<Screen>;
export function fillQuestion(page: Page, id: string, answers?: DriverAnswers): Promise<void>;
export function nextButton(page: Page): ReturnType<Page['locator']>;
export function walkToRecap(
  page: Page,
  options?: { answers?: DriverAnswers; parcours?: string; maxSteps?: number; onStep?: (screen: Screen) => Promise<void> },
): Promise<string[]>;
