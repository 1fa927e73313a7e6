import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './import-closure';

/** The files under `dir` (relative to the repository's root) whose name matches `pattern`,
 * as paths relative to the root. */
export function sourceFiles(dir: string, pattern: RegExp = /\.(ts|tsx)$/): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(root, path)).isDirectory()) return sourceFiles(path, pattern);
    return pattern.test(name) ? [path] : [];
  });
}

/** The message keys `code` writes as they are (`'plan.title'`, `"q.age.title"`): every quoted
 * dotted word; the caller keeps those that are keys. */
export function literalMessageKeys(code: string): string[] {
  return [...code.matchAll(/['"`]([a-zA-Z]+(?:\.[a-zA-Z0-9]+)+)['"`]/g)].map((match) => match[1]!);
}
