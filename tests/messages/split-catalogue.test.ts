import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { Message } from '../../src/messages/types';
import { screenParts } from '../../src/messages/fr/parts';
import { planParts } from '../../src/messages/fr/plan-parts';
import { staffParts } from '../../src/messages/fr/staff-parts';
import { importClosure, root } from '../support/import-closure';
import { literalMessageKeys, sourceFiles } from '../support/sources';

/**
 * Two groups of French words are not loaded with the other screens' (src/messages/fr/screens.ts)
 * but by the modules that draw them (issue 15: less JavaScript before the first question): the
 * plan's (plan-screens.ts) and the staff screens' (staff-screens.ts). A module that writes one of
 * their words must import its group, itself or through its imports: ES modules run their
 * imports first, so the words are there before its code runs. Otherwise the screen would show a
 * key, or, for a key built at run time, fall back to a code.
 */
const keysOf = (parts: Record<string, Record<string, Message>>) => new Set(Object.values(parts).flatMap((part) => Object.keys(part)));
const GROUPS = [
  { loader: 'src/messages/fr/plan-screens.ts', keys: keysOf(planParts) },
  { loader: 'src/messages/fr/staff-screens.ts', keys: keysOf(staffParts) },
];
const everyKey = new Set([...keysOf(screenParts), ...GROUPS.flatMap((g) => [...g.keys])]);

/** The keys of `group` that `code` writes: as they are (`'plan.title'`), or built from a prefix
 * that only the group's words have (`` `stage.${id}` ``). */
function keysWritten(code: string, group: Set<string>, all: Set<string>): string[] {
  const found = new Set<string>();
  for (const key of literalMessageKeys(code)) if (group.has(key)) found.add(key);
  for (const match of code.matchAll(/`([a-zA-Z]+(?:\.[a-zA-Z0-9]+)*)\.\$\{/g)) {
    const prefix = `${match[1]!}.`;
    const withPrefix = [...all].filter((key) => key.startsWith(prefix));
    if (withPrefix.length > 0 && withPrefix.every((key) => group.has(key))) found.add(`${prefix}…`);
  }
  return [...found];
}

describe('the words loaded with their screens', () => {
  const code = new Map(sourceFiles('src').filter((file) => !file.startsWith('src/messages/') && !file.endsWith('.d.ts')).map((file) => [file, readFileSync(join(root, file), 'utf8')]));
  const writers = GROUPS.map(({ loader, keys }) => ({
    loader,
    files: new Map([...code].map(([file, text]) => [file, keysWritten(text, keys, everyKey)] as const).filter(([, written]) => written.length > 0)),
  }));

  it('finds the modules that write them (the rule below would pass on none)', () => {
    const [plan, staff] = writers;
    expect(GROUPS[0]!.keys.size).toBeGreaterThan(100);
    expect(GROUPS[1]!.keys.size).toBeGreaterThan(100);
    expect([...plan!.files.keys()]).toEqual(expect.arrayContaining(['src/features/plan/PlanDocument.tsx', 'src/features/plan/JourneyMap.tsx', 'src/features/plan/plan-text.ts', 'src/features/share/SharedPlanView.tsx', 'src/features/plan/NextSessions.tsx']));
    expect(plan!.files.get('src/features/plan/JourneyMap.tsx')).toContain('stage.…');
    expect([...staff!.files.keys()]).toEqual(expect.arrayContaining(['src/features/caseload/BackupSection.tsx', 'src/features/caseload/SyncSettings.tsx', 'src/features/directory/DirectoryScreen.tsx', 'src/features/trainings/TrainingImportScreen.tsx']));
  });

  it('are imported by every module that writes them', () => {
    const missing = writers.flatMap(({ loader, files }) =>
      [...files].filter(([file]) => !importClosure(file).files.has(loader)).map(([file, keys]) => `${file} needs ${loader}: ${keys.slice(0, 3).join(', ')}`),
    );
    expect(missing).toEqual([]);
  });

  it('are not loaded by the questions, the orientation, the recap or the caseload', () => {
    const screens = ['wizard/QuestionStep', 'wizard/OrientationStep', 'wizard/RecapStep', 'wizard/Under16Step', 'wizard/Wizard', 'caseload/CaseloadScreen', 'caseload/ResidentScreen', 'caseload/NewFileScreen'];
    const loaded = screens.flatMap((screen) => GROUPS.filter(({ loader }) => importClosure(`src/features/${screen}.tsx`).files.has(loader)).map(({ loader }) => `${screen} loads ${loader}`));
    expect(loaded).toEqual([]);
  });

  it('are not among what the route modules add', async () => {
    // Fresh modules: the unit tests' setup loads every part (tests/setup-unit.ts).
    vi.resetModules();
    const { frenchLoaded } = await import('../../src/messages/french');
    await import('../../src/messages/fr/screens');
    expect(frenchLoaded['q.age.title' as never]).toBeDefined();
    expect(frenchLoaded['plan.title' as never]).toBeUndefined();
    expect(frenchLoaded['backup.title' as never]).toBeUndefined();
    await import('../../src/messages/fr/plan-screens');
    await import('../../src/messages/fr/staff-screens');
    expect(frenchLoaded['plan.title' as never]).toBeDefined();
    expect(frenchLoaded['backup.title' as never]).toBeDefined();
  });

  it('catches a key written without the import, and a key built from a group’s own prefix', () => {
    const group = new Set(['plan.title', 'stage.emploi']);
    const all = new Set([...group, 'q.age.title', 'step.backTo', 'plan.x.y']);
    expect(keysWritten("t('plan.title'); t('q.age.title')", group, all)).toEqual(['plan.title']);
    expect(keysWritten('t.dynamic(`stage.${id}`); t.dynamic(`q.${id}.title`)', group, all)).toEqual(['stage.…']);
    // A prefix other words share tells nothing: `plan.${x}` may be « plan.x.y ».
    expect(keysWritten('t.dynamic(`plan.${id}`)', group, all)).toEqual([]);
  });
});
