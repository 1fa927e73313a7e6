import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fr } from '../src/messages/fr';
import { frenchAtStartup } from '../src/messages/french';

/**
 * What the home screen loads is what main.tsx imports statically, module by module (type-only
 * imports are erased, `import()` is a chunk of its own). Issue 15: that closure must stay free
 * of the storage layer and the statecharts, and every message key it writes must be in the
 * French messages loaded at start-up (src/messages/french.ts), or the home screen would show a key.
 */
const root = resolve(import.meta.dirname, '..');

function staticImports(code: string): string[] {
  const found: string[] = [];
  for (const match of code.matchAll(/^\s*(import|export)\s+(?!type\s)([^'";]*?\sfrom\s*)?['"]([^'"]+)['"]/gm)) found.push(match[3]!);
  return found;
}

function resolveFile(from: string, specifier: string): string | undefined {
  const base = resolve(root, dirname(from), specifier);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')]) {
    if (existsSync(candidate) && /\.(ts|tsx)$/.test(candidate)) return relative(root, candidate);
  }
  return undefined;
}

function startupClosure(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    for (const specifier of staticImports(readFileSync(join(root, file), 'utf8'))) {
      if (!specifier.startsWith('.')) {
        packages.add(specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/'));
        continue;
      }
      const target = resolveFile(file, specifier);
      if (target) visit(target);
    }
  };
  visit(entry);
  return { files, packages };
}

describe('the start-up chunk (what the home screen loads)', () => {
  const { files, packages } = startupClosure('src/main.tsx');

  it('is found by following the imports (the check below would pass on an empty list)', () => {
    expect(files).toContain('src/features/home/HomeScreen.tsx');
    expect(files).toContain('src/db/boot-settings.ts');
    expect(packages).toContain('react');
  });

  it('loads neither the storage layer nor the statecharts nor the catalogue', () => {
    expect([...packages].filter((p) => ['dexie', 'dexie-react-hooks', 'xstate', '@xstate/react', 'react-hook-form', 'pouchdb-browser'].includes(p))).toEqual([]);
    expect([...files].filter((f) => f.startsWith('machines/') || f.startsWith('data/') || f === 'src/db/open.ts' || f === 'src/db/dexie-repository.ts')).toEqual([]);
  });

  it('starts reading the start-up settings before anything else is evaluated', () => {
    expect(staticImports(readFileSync(join(root, 'src/main.tsx'), 'utf8'))[0]).toBe('./boot-read');
    const first = startupClosure('src/boot-read.ts');
    expect([...first.packages]).toEqual([]);
    expect([...first.files].sort()).toEqual(['src/boot-read.ts', 'src/db/boot-settings.ts', 'src/lib/setting-keys.ts']);
  });

  it('has every message key it writes in the French messages loaded at start-up', () => {
    const keys = new Set(Object.keys(fr));
    const missing: string[] = [];
    for (const file of files) {
      if (file.startsWith('src/messages/')) continue;
      for (const match of readFileSync(join(root, file), 'utf8').matchAll(/['"`]([a-zA-Z]+(?:\.[a-zA-Z0-9]+)+)['"`]/g)) {
        const key = match[1]!;
        if (keys.has(key) && !(key in frenchAtStartup)) missing.push(`${key} (${file})`);
      }
    }
    expect(missing).toEqual([]);
  });
});
