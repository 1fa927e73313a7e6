import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourceFiles } from '../support/sources';

/**
 * WCAG 1.3.4 (Orientation): nothing locks the screen to portrait or landscape. axe's
 * css-orientation-lock rule is not run in the browser tests (tests/e2e/harness.ts says why), so
 * the app's own stylesheets, code and web-app manifest are read here.
 */
const root = resolve(import.meta.dirname, '../..');


describe('screen orientation', () => {
  it('is never locked: no stylesheet asks for an orientation, no code or manifest locks one', () => {
    const stylesheets = sourceFiles('src', /\.css$/);
    expect(stylesheets.length).toBeGreaterThan(5);
    const byOrientation = stylesheets.filter((file) => /@media[^{]*orientation/i.test(readFileSync(join(root, file), 'utf8')));
    expect(byOrientation).toEqual([]);
    const locking = sourceFiles('src', /\.(ts|tsx)$/).filter((file) => /orientation\s*\.\s*lock\s*\(/.test(readFileSync(join(root, file), 'utf8')));
    expect(locking.map((f) => relative(root, join(root, f)))).toEqual([]);
    expect(readFileSync(join(root, 'vite.config.ts'), 'utf8')).not.toMatch(/orientation\s*:\s*['"](portrait|landscape)/);
  });
});
