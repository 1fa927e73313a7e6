import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/**
 * What a module brings into the bundle is what it imports statically, module by module:
 * type-only imports are erased, `import()` is a chunk of its own. Paths are relative to the
 * repository's root.
 */
export const root = resolve(import.meta.dirname, '../..');

export function staticImports(code: string): string[] {
  const found: string[] = [];
  for (const match of code.matchAll(/^\s*(import|export)\s+(?!type\s)([^'";]*?\sfrom\s*)?['"]([^'"]+)['"]/gm)) found.push(match[3]!);
  return found;
}

/** The modules `code` loads on demand, each a chunk of its own: `import('…')`. */
export function dynamicImports(code: string): string[] {
  return [...code.matchAll(/import\s*\(\s*['"]([^'"]+)['"]\s*\)/g)].map((match) => match[1]!);
}

function resolveFile(from: string, specifier: string): string | undefined {
  const base = resolve(root, dirname(from), specifier);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')]) {
    if (existsSync(candidate) && /\.(ts|tsx)$/.test(candidate)) return relative(root, candidate);
  }
  return undefined;
}

/** Every file and package `entry` loads with it (`virtual:` modules count as packages). */
export function importClosure(entry: string): { files: Set<string>; packages: Set<string> } {
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
