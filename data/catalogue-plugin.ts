import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { CATALOGUE_FILES, CatalogueSchema, type Catalogue } from './schemas';

export const CATALOGUE_MODULE = 'virtual:passerelle-catalogue';
const resolved = `\0${CATALOGUE_MODULE}`;

/**
 * Reads and parses the catalogue files of data/ with their zod schemas (defaults filled in).
 * A broken file stops the build, the dev server and the tests here, naming the file and the
 * path of each fault, instead of failing in a resident's browser.
 */
export function parseCatalogue(dir = import.meta.dirname): Catalogue {
  const input: Record<string, unknown> = {};
  for (const [part, file] of Object.entries(CATALOGUE_FILES)) {
    const path = resolve(dir, file);
    try {
      input[part] = JSON.parse(readFileSync(path, 'utf8'));
    } catch (error) {
      throw new Error(`data/${file} cannot be read as JSON: ${(error as Error).message}`);
    }
  }
  const result = CatalogueSchema.safeParse(input);
  if (!result.success) {
    const faults = result.error.issues.map((issue) => {
      const [part, ...path] = issue.path.map(String);
      return `  data/${CATALOGUE_FILES[part as keyof Catalogue]} ${path.join('.') || '(root)'}: ${issue.message}`;
    });
    throw new Error(`The catalogue does not match data/schemas.ts:\n${faults.join('\n')}`);
  }
  return result.data;
}

/**
 * `import catalogue from 'virtual:passerelle-catalogue'` (data/index.ts): the catalogue parsed
 * once, here, and sent to the browser as plain JSON. The app then carries neither the schemas
 * of the files nor their parse: on a slow tablet that parse was the largest piece of work
 * before a plan opened from its QR code could show (issue 15).
 */
export function cataloguePlugin(): Plugin {
  return {
    name: 'passerelle-catalogue',
    resolveId(id) {
      return id === CATALOGUE_MODULE ? resolved : undefined;
    },
    load(id) {
      if (id !== resolved) return undefined;
      for (const file of Object.values(CATALOGUE_FILES)) this.addWatchFile(resolve(import.meta.dirname, file));
      // JSON.parse of a string literal is read faster than the same object as code.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(parseCatalogue()))});`;
    },
  };
}
