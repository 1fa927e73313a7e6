import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dynamicImports, importClosure, staticImports } from './support/import-closure';
import { sourceFiles as sourcesUnder } from './support/sources';

const root = resolve(import.meta.dirname, '..');

const sourceFiles = (dir: string) => sourcesUnder(dir, /\.(ts|tsx|mts|js|mjs)$/);

/** Every module specifier a file imports or re-exports, static or dynamic. */
export function importsOf(code: string): string[] {
  const specifiers: string[] = [];
  const patterns = [/(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]/g, /import\s*\(\s*['"]([^'"]+)['"]\s*\)/g, /import\s+['"]([^'"]+)['"]/g];
  for (const pattern of patterns) for (const match of code.matchAll(pattern)) specifiers.push(match[1]!);
  return specifiers;
}

/** The top-level folder a relative import lands in, or the package name. */
function target(file: string, specifier: string): string {
  if (!specifier.startsWith('.')) return `package:${specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/')}`;
  return relative(root, resolve(root, dirname(file), specifier)).split(/[\\/]/)[0]!;
}

function violations(layer: 'data' | 'machines'): string[] {
  const allowedFolders = layer === 'data' ? ['data'] : ['data', 'machines'];
  const forbiddenPackages = ['package:react', 'package:react-dom', 'package:dexie', 'package:dexie-react-hooks', 'package:@xstate/react'];
  const found: string[] = [];
  for (const file of sourceFiles(layer)) {
    const code = readFileSync(join(root, file), 'utf8');
    for (const specifier of importsOf(code)) {
      const to = target(file, specifier);
      if (to.startsWith('package:') ? forbiddenPackages.includes(to) : !allowedFolders.includes(to)) {
        found.push(`${file} imports ${specifier}`);
      }
    }
    if (layer === 'machines') {
      const browserGlobal = code.match(/\b(window|document|localStorage|sessionStorage|indexedDB|navigator)\s*[.[]/);
      if (browserGlobal) found.push(`${file} uses the browser global ${browserGlobal[1]}`);
    }
  }
  return found;
}

/** The file or folder a relative import lands on, from the repository root. */
function resolved(file: string, specifier: string): string {
  return relative(root, resolve(root, dirname(file), specifier)).split(/[\\/]/).join('/');
}

/** The feature folder a path is in (`src/features/<name>/…`), if any. */
export function featureOf(path: string): string | undefined {
  return /^src\/features\/([^/]+)\//.exec(path)?.[1];
}

/** Shared folders of src/: they serve the features, so they never reach back into one. */
const SHARED = ['src/lib/', 'src/components/', 'src/messages/', 'src/db/', 'src/payload/', 'src/sync/'];

/**
 * Features are composed at the app level (src/app/): an import from one feature folder into
 * another, or from a shared folder into a feature or into src/app, is a violation.
 */
export function boundaryViolation(file: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const to = resolved(file, specifier);
  const from = featureOf(file);
  const into = featureOf(`${to}/`);
  if (from !== undefined && into !== undefined && into !== from) return `${file} imports the ${into} feature (${specifier})`;
  if (SHARED.some((folder) => file.startsWith(folder)) && (to.startsWith('src/features/') || to === 'src/app' || to.startsWith('src/app/'))) {
    return `${file} (shared) imports ${specifier}`;
  }
  return undefined;
}

function boundaryViolations(): string[] {
  const found: string[] = [];
  for (const file of sourceFiles('src')) {
    for (const specifier of importsOf(readFileSync(join(root, file), 'utf8'))) {
      const violation = boundaryViolation(file, specifier);
      if (violation) found.push(violation);
    }
  }
  return found;
}

describe('the import direction src → machines → data', () => {
  it('keeps data/ free of any import of ours outside data/', () => {
    expect(violations('data')).toEqual([]);
  });

  it('keeps machines/ free of src/, React, Dexie and the DOM', () => {
    expect(violations('machines')).toEqual([]);
  });

  it('detects a violation when one is written (the rule can fail)', () => {
    expect(importsOf("import { x } from '../src/db';\nconst y = await import('react');")).toEqual(['../src/db', 'react']);
    expect(target('machines/a.ts', '../src/db')).toBe('src');
    expect(target('machines/a.ts', 'react-dom/client')).toBe('package:react-dom');
  });
});

describe('the boundaries between features', () => {
  it('keeps each feature folder free of imports from another feature, and shared folders free of features', () => {
    expect(boundaryViolations()).toEqual([]);
  });

  it('keeps src/features/ to feature folders (a loose file there would belong to no feature)', () => {
    expect(readdirSync(join(root, 'src/features')).filter((name) => !statSync(join(root, 'src/features', name)).isDirectory())).toEqual([]);
  });

  it('detects a crossing when one is written (the rule can fail)', () => {
    expect(featureOf('src/features/wizard/Wizard.tsx')).toBe('wizard');
    expect(boundaryViolation('src/features/wizard/Wizard.tsx', '../plan/PlanScreen')).toBe(
      'src/features/wizard/Wizard.tsx imports the plan feature (../plan/PlanScreen)',
    );
    expect(boundaryViolation('src/features/caseload/a/B.tsx', '../../kiosk/x')).toBeDefined();
    expect(boundaryViolation('src/lib/labels.ts', '../features/wizard/Wizard')).toBeDefined();
    expect(boundaryViolation('src/components/X.tsx', '../app/GuidedPath')).toBeDefined();
    // What stays allowed: inside one feature, down to shared folders, and the app level composing.
    expect(boundaryViolation('src/features/wizard/Wizard.tsx', './QuestionStep')).toBeUndefined();
    expect(boundaryViolation('src/features/wizard/Wizard.tsx', '../../lib/labels')).toBeUndefined();
    expect(boundaryViolation('src/app/GuidedPath.tsx', '../features/plan/PlanScreen')).toBeUndefined();
  });
});

/** The source file a relative import names (extension or index file added), if it is ours. */
function moduleFile(file: string, specifier: string): string | undefined {
  const base = resolve(root, dirname(file), specifier);
  const found = [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')].find((c) => existsSync(c) && statSync(c).isFile());
  return found && relative(root, found).split(/[\\/]/).join('/');
}

/** Every cycle of a module graph, each as the path that closes it. */
export function cyclesOf(graph: ReadonlyMap<string, readonly string[]>): string[] {
  const state = new Map<string, 'open' | 'done'>();
  const found: string[] = [];
  const visit = (node: string, path: string[]) => {
    state.set(node, 'open');
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === 'open') found.push([...path.slice(path.indexOf(next)), node, next].join(' → '));
      else if (!state.has(next)) visit(next, [...path, node]);
    }
    state.set(node, 'done');
  };
  for (const node of graph.keys()) if (!state.has(node)) visit(node, []);
  return found;
}

describe('the module graph of src/', () => {
  it('has no import cycle, type imports and import() included (the languages used to form one)', () => {
    const graph = new Map(
      sourceFiles('src').map((file) => [
        file,
        importsOf(readFileSync(join(root, file), 'utf8'))
          .filter((s) => s.startsWith('.'))
          .map((s) => moduleFile(file, s))
          .filter((m): m is string => m !== undefined),
      ]),
    );
    expect(cyclesOf(graph)).toEqual([]);
  });

  it('finds a cycle when one is written (the rule can fail)', () => {
    const graph = new Map([
      ['languages.ts', ['en.ts', 'fr.ts']],
      ['en.ts', ['languages.ts']],
      ['fr.ts', []],
    ]);
    expect(cyclesOf(graph)).toEqual(['languages.ts → en.ts → languages.ts']);
    expect(cyclesOf(new Map([['a', ['b']], ['b', []]]))).toEqual([]);
  });
});

/** Files that bring `module` into the bundle, type-only imports aside. */
function runtimeImportersOf(files: { file: string; code: string }[], matches: (file: string, specifier: string) => boolean): string[] {
  return files.flatMap(({ file, code }) =>
    [...staticImports(code), ...dynamicImports(code)].filter((specifier) => matches(file, specifier)).map((specifier) => `${file} imports ${specifier}`),
  );
}

// Issue 15: classic zod builds a dozen methods on every schema and weighs about 11 KB gzip more
// than zod/mini; the catalogue files' schemas (data/schemas.ts) run at build time only
// (data/catalogue-plugin.ts). What runs in the browser uses zod/mini and data/values.ts.
const BUILD_TIME = ['data/schemas.ts', 'data/catalogue-plugin.ts'];
const classicZod = (_file: string, specifier: string) => specifier === 'zod' || specifier.startsWith('zod/v4/classic');
const fileSchemas = (file: string, specifier: string) => specifier.startsWith('.') && resolve(root, dirname(file), specifier).replace(/\.ts$/, '') === join(root, 'data/schemas');

describe('zod in the browser', () => {
  const app = ['src', 'machines', 'data'].flatMap(sourceFiles).filter((file) => !BUILD_TIME.includes(file) && !file.endsWith('.d.ts')).map((file) => ({ file, code: readFileSync(join(root, file), 'utf8') }));

  it('is zod/mini wherever the app runs; classic zod is for the build', () => {
    expect(app.length).toBeGreaterThan(100);
    expect(runtimeImportersOf(app, classicZod)).toEqual([]);
    expect(app.some(({ code }) => code.includes("from 'zod/mini'"))).toBe(true);
  });

  it('takes only types from data/schemas.ts, whose schemas are for the build', () => {
    expect(runtimeImportersOf(app, fileSchemas)).toEqual([]);
  });

  it('detects either when one is written (the rules can fail)', () => {
    const written = [
      { file: 'src/features/x/form.ts', code: "import { z } from 'zod';\nimport type { Plan } from '../../../data/schemas';" },
      { file: 'machines/y.ts', code: "import type { z } from 'zod';\nimport { SchemeSchema } from '../data/schemas';" },
    ];
    expect(runtimeImportersOf(written, classicZod)).toEqual(["src/features/x/form.ts imports zod"]);
    expect(runtimeImportersOf(written, fileSchemas)).toEqual(['machines/y.ts imports ../data/schemas']);
  });
});

// Issue 15: the workshop's outlines of the four parcours (machines/outline.ts) and the plan's side
// (machines/plans.ts: the builder, data/plan-data.ts's schemes and structures) are imported from
// their own modules, not from the barrel, so that a question does not load them.
describe('what a question loads', () => {
  const questionEntries = ['src/features/wizard/Wizard.tsx', 'src/features/wizard/QuestionStep.tsx', 'src/app/GuidedPath.tsx', 'src/features/caseload/ResidentScreen.tsx', 'src/features/kiosk/KioskSessionContent.tsx'];

  it('leaves the workshop’s outlines to the workshop', () => {
    for (const entry of questionEntries) {
      const { files } = importClosure(entry);
      expect(files).toContain('machines/index.ts');
      expect(files).not.toContain('machines/outline.ts');
    }
    expect(importClosure('src/features/workshop/WorkshopRoutes.tsx').files).toContain('machines/outline.ts');
  });

  it('leaves the plan builder, the schemes and the structures to the plan screen', () => {
    for (const entry of questionEntries) {
      const { files, packages } = importClosure(entry);
      expect(files).toContain('data/index.ts');
      expect(files).not.toContain('machines/plan.ts');
      expect(files).not.toContain('data/plan-data.ts');
      expect(packages).not.toContain('virtual:passerelle-catalogue-plan');
    }
    const plan = importClosure('src/features/plan/PlanScreen.tsx');
    expect(plan.files).toContain('machines/plan.ts');
    expect(plan.files).toContain('data/plan-data.ts');
  });

  it('leaves the statecharts out of a plan opened from its QR code', () => {
    const { files, packages } = importClosure('src/app/share.tsx');
    expect(files).toContain('machines/plan.ts');
    expect(files).not.toContain('machines/index.ts');
    expect(files).not.toContain('machines/journey.ts');
    expect(packages).not.toContain('xstate');
  });
});

/** Imports whose every name is a type written inline (`import { type A } from`): with
 * verbatimModuleSyntax the module is still loaded, for nothing; `import type` is not. */
export function inlineTypeOnlyImports(file: string, code: string): string[] {
  const found: string[] = [];
  for (const match of code.matchAll(/^\s*import\s*\{([^}]*)\}\s*from\s*['"]([^'"]+)['"]/gm)) {
    const names = match[1]!.split(',').map((name) => name.trim()).filter(Boolean);
    if (names.length > 0 && names.every((name) => name.startsWith('type '))) found.push(`${file} imports ${match[2]} for types only`);
  }
  return found;
}

describe('type-only imports', () => {
  it('are written `import type`, so that they load nothing', () => {
    const files = ['src', 'machines', 'data', 'tests'].flatMap(sourceFiles);
    expect(files.flatMap((file) => inlineTypeOnlyImports(file, readFileSync(join(root, file), 'utf8')))).toEqual([]);
  });

  it('detects one written inline (the rule can fail)', () => {
    expect(inlineTypeOnlyImports('src/x.ts', "import { type Plan, type PlanStep } from '../machines';\nimport { stepKey, type Plan } from '../machines/plans';")).toEqual([
      'src/x.ts imports ../machines for types only',
    ]);
  });
});
