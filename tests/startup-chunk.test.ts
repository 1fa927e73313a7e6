import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fr } from '../src/messages/fr';
import { frenchAtStartup } from '../src/messages/french';
import { importClosure as startupClosure, root, staticImports } from './support/import-closure';
import { literalMessageKeys } from './support/sources';

/**
 * What the home screen loads is what main.tsx imports statically (tests/support/import-closure.ts).
 * Issue 15: that closure must stay free of the storage layer and the statecharts, and every
 * message key it writes must be in the French messages loaded at start-up
 * (src/messages/french.ts), or the home screen would show a key.
 */
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
      for (const key of literalMessageKeys(readFileSync(join(root, file), 'utf8'))) {
        if (keys.has(key) && !(key in frenchAtStartup)) missing.push(`${key} (${file})`);
      }
    }
    expect(missing).toEqual([]);
  });
});
