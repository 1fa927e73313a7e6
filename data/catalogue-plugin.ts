import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { CATALOGUE_FILES, CATALOGUE_MODULE_PARTS, CatalogueSchema, TerritorySchema, type Catalogue, type Territory } from './schemas.ts';

/** What a journey needs to ask its questions (data/index.ts). */
export const CATALOGUE_MODULE = 'virtual:passerelle-catalogue';
/** What only a plan needs: schemes, structures, local addresses (data/plan-data.ts). */
export const PLAN_CATALOGUE_MODULE = 'virtual:passerelle-catalogue-plan';
/** The communes (1,750, about 115 KB): a module of its own, loaded by the commune question. */
export const TERRITORY_MODULE = 'virtual:passerelle-territory';

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

export function parseTerritory(dir = import.meta.dirname): Territory {
  const result = TerritorySchema.safeParse(JSON.parse(readFileSync(resolve(dir, 'territory.json'), 'utf8')));
  if (!result.success) throw new Error(`data/territory.json does not match data/schemas.ts:\n${result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n')}`);
  return result.data;
}

/**
 * Some parts of the catalogue. The whole catalogue is parsed every time, as its cross-checks
 * (a step's scheme exists, a scheme's prescriber exists) need every part.
 */
export function catalogueParts<K extends keyof Catalogue>(parts: readonly K[], dir?: string): Pick<Catalogue, K> {
  const catalogue = parseCatalogue(dir);
  return Object.fromEntries(parts.map((part) => [part, catalogue[part]])) as Pick<Catalogue, K>;
}

/** Each virtual module, its files in data/ and how it is made. */
const MODULES: Record<string, { files: readonly string[]; make: () => unknown }> = {
  [CATALOGUE_MODULE]: { files: Object.values(CATALOGUE_FILES), make: () => catalogueParts(CATALOGUE_MODULE_PARTS.journey) },
  [PLAN_CATALOGUE_MODULE]: { files: Object.values(CATALOGUE_FILES), make: () => catalogueParts(CATALOGUE_MODULE_PARTS.plan) },
  [TERRITORY_MODULE]: { files: ['territory.json'], make: () => parseTerritory() },
};

/**
 * `import catalogue from 'virtual:passerelle-catalogue'` (data/index.ts), its plan part
 * (data/plan-data.ts) and the territory (data/territory.ts): parsed here, and sent to the
 * browser as plain JSON. The app then carries neither the schemas of the files nor their parse: on a slow tablet that parse was the
 * largest piece of work before a plan opened from its QR code could show (issue 15).
 */
export function cataloguePlugin(): Plugin {
  return {
    name: 'passerelle-catalogue',
    resolveId(id) {
      return id in MODULES ? `\0${id}` : undefined;
    },
    load(id) {
      const module = id.startsWith('\0') ? MODULES[id.slice(1)] : undefined;
      if (!module) return undefined;
      for (const file of module.files) this.addWatchFile(resolve(import.meta.dirname, file));
      // JSON.parse of a string literal is read faster than the same object as code.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(module.make()))});`;
    },
  };
}
