import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { screenParts } from '../../src/messages/fr/parts';
import { planParts } from '../../src/messages/fr/plan-parts';
import { importClosure, root } from '../support/import-closure';

/**
 * The plan's words (src/messages/fr/plan-screens.ts) are not loaded with the other screens' but
 * by the modules that draw a plan (issue 15: less JavaScript before the first question). A
 * module that writes one of them must import them, itself or through its imports: ES modules
 * run their imports first, so the words are there before its code runs. Otherwise the screen
 * would show a key, or, for a key built at run time, fall back to a code.
 */
const PLAN_SCREENS = 'src/messages/fr/plan-screens.ts';
const planKeys = new Set(Object.values(planParts).flatMap((part) => Object.keys(part)));
const otherKeys = new Set(Object.values(screenParts).flatMap((part) => Object.keys(part)));

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = `${dir}/${name}`;
    if (statSync(join(root, path)).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The plan's keys `code` writes: as they are (`'plan.title'`), or built from a prefix that only
 * the plan's words have (`` `stage.${id}` ``). */
export function planKeysWritten(code: string, plan: Set<string>, others: Set<string>): string[] {
  const found = new Set<string>();
  for (const match of code.matchAll(/['"`]([a-zA-Z]+(?:\.[a-zA-Z0-9]+)+)['"`]/g)) if (plan.has(match[1]!)) found.add(match[1]!);
  for (const match of code.matchAll(/`([a-zA-Z]+(?:\.[a-zA-Z0-9]+)*)\.\$\{/g)) {
    const prefix = `${match[1]!}.`;
    const inPlan = [...plan].some((key) => key.startsWith(prefix));
    const elsewhere = [...others].some((key) => key.startsWith(prefix));
    if (inPlan && !elsewhere) found.add(`${prefix}…`);
  }
  return [...found];
}

describe('the plan’s words, loaded with the plan', () => {
  const files = sourceFiles('src').filter((file) => !file.startsWith('src/messages/'));
  const writers = new Map(files.map((file) => [file, planKeysWritten(readFileSync(join(root, file), 'utf8'), planKeys, otherKeys)] as const).filter(([, keys]) => keys.length > 0));

  it('finds the modules that write them (the rule below would pass on none)', () => {
    expect(planKeys.size).toBeGreaterThan(100);
    expect(otherKeys.size).toBeGreaterThan(300);
    expect([...writers.keys()]).toEqual(expect.arrayContaining(['src/features/plan/PlanDocument.tsx', 'src/features/plan/JourneyMap.tsx', 'src/features/plan/plan-text.ts', 'src/features/share/SharedPlanView.tsx']));
    expect(writers.get('src/features/plan/JourneyMap.tsx')).toContain('stage.…');
  });

  it('is imported by every module that writes them', () => {
    const missing = [...writers].filter(([file]) => !importClosure(file).files.has(PLAN_SCREENS)).map(([file, keys]) => `${file}: ${keys.slice(0, 3).join(', ')}`);
    expect(missing).toEqual([]);
  });

  it('is not loaded by the questions, the orientation or the recap', () => {
    for (const step of ['QuestionStep', 'OrientationStep', 'RecapStep', 'Under16Step', 'Wizard']) {
      expect(importClosure(`src/features/wizard/${step}.tsx`).files.has(PLAN_SCREENS)).toBe(false);
    }
  });

  it('is not among what the route modules add', async () => {
    // Fresh modules: the unit tests' setup loads every part (tests/setup-unit.ts).
    vi.resetModules();
    const { frenchLoaded } = await import('../../src/messages/french');
    await import('../../src/messages/fr/screens');
    expect(frenchLoaded['q.age.title' as never]).toBeDefined();
    expect(frenchLoaded['plan.title' as never]).toBeUndefined();
    await import('../../src/messages/fr/plan-screens');
    expect(frenchLoaded['plan.title' as never]).toBeDefined();
  });

  it('catches a key written without the import, and a key built from the plan’s prefix', () => {
    const others = new Set(['q.age.title', 'step.backTo']);
    const plan = new Set(['plan.title', 'stage.emploi']);
    expect(planKeysWritten("t('plan.title'); t('q.age.title')", plan, others)).toEqual(['plan.title']);
    expect(planKeysWritten('t.dynamic(`stage.${id}`); t.dynamic(`q.${id}.title`)', plan, others)).toEqual(['stage.…']);
  });
});
