import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { build } from 'vite';
import { cataloguePlugin, CATALOGUE_MODULE, PLAN_CATALOGUE_MODULE, parseCatalogue } from '../../data/catalogue-plugin';
import { CATALOGUE_MODULE_PARTS, CATALOGUE_FILES, QuestionsFileSchema, SchemesFileSchema, TerritorySchema } from '../../data/schemas';
import { territory } from '../../data/territory';
import { questionDefs } from '../../data';
import { schemes } from '../../data/plan-data';
import { importClosure } from '../support/import-closure';

/**
 * Issue 15: the catalogue is parsed with its zod schemas when the app is built, and reaches the
 * browser as plain JSON. These tests hold the three promises of that: the app gets exactly
 * what the parse gives (defaults filled in), a broken file stops the build, and the browser's
 * catalogue module carries neither the files' schemas nor a parse.
 */
const dataDir = resolve(import.meta.dirname, '../../data');
const raw = (file: string): unknown => JSON.parse(readFileSync(join(dataDir, file), 'utf8'));
let scratch: string | undefined;

/** A copy of data/ in which `file` is replaced by `content`. */
function dataWith(file: string, content: string): string {
  scratch = mkdtempSync(join(tmpdir(), 'passerelle-data-'));
  cpSync(dataDir, scratch, { recursive: true });
  writeFileSync(join(scratch, file), content);
  return scratch;
}

afterEach(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
  scratch = undefined;
});

describe('the catalogue parsed at build time (data/catalogue-plugin.ts)', () => {
  it('gives the app the files as their schemas parse them, defaults filled in', () => {
    expect(schemes).toEqual(SchemesFileSchema.parse(raw('schemes.json')));
    expect(questionDefs).toEqual(QuestionsFileSchema.parse(raw('questions.json')));
    // A question written without `exclusive` has the schema's default, not a missing field.
    const written = (raw('questions.json') as { id: string; exclusive?: string[] }[]).find((q) => q.exclusive === undefined);
    expect(written).toBeDefined();
    expect(questionDefs.find((q) => q.id === written!.id)?.exclusive).toEqual([]);
  });

  it('gives the commune question the territory as its schema parses it', () => {
    expect(territory).toEqual(TerritorySchema.parse(raw('territory.json')));
    expect(territory.communes.length).toBeGreaterThan(1700);
  });

  it('stops on a file that breaks its schema, naming the file and the place', () => {
    const broken = structuredClone(raw('schemes.json')) as { checkedOn: string }[];
    broken[2]!.checkedOn = 'last week';
    const dir = dataWith('schemes.json', JSON.stringify(broken));
    expect(() => parseCatalogue(dir)).toThrow(/data\/schemes\.json 2\.checkedOn: /);
  });

  it('stops on a file that is not JSON, naming it', () => {
    const dir = dataWith('titres.json', '{ "titres": [');
    expect(() => parseCatalogue(dir)).toThrow(/data\/titres\.json cannot be read as JSON/);
  });

  /** What the build sends to the browser for `module`: the value of its JSON literal. */
  const builtModule = async (module: string): Promise<unknown> => {
    scratch = mkdtempSync(join(tmpdir(), 'passerelle-entry-'));
    const entry = join(scratch, 'entry.js');
    writeFileSync(entry, `import catalogue from '${module}';\nexport default catalogue;\n`);
    const output = await build({
      configFile: false,
      logLevel: 'silent',
      plugins: [cataloguePlugin()],
      build: { write: false, minify: false, lib: { entry, formats: ['es'], fileName: 'catalogue' } },
    });
    const result = (Array.isArray(output) ? output[0] : output) as { output: { type: string; code?: string }[] };
    const code = result.output.find((o) => o.type === 'chunk')!.code!;
    expect(code).not.toMatch(/zod|safeParse|\.parse\(\w/);
    const literal = /JSON\.parse\((".*")\)/s.exec(code)?.[1];
    expect(literal).toBeDefined();
    return JSON.parse(JSON.parse(literal!));
  };

  it('is sent to the browser as JSON, parsed once by the build, in two modules that hold every part once', async () => {
    const journey = (await builtModule(CATALOGUE_MODULE)) as Record<string, unknown>;
    const plan = (await builtModule(PLAN_CATALOGUE_MODULE)) as Record<string, unknown>;
    expect(Object.keys(journey).sort()).toEqual([...CATALOGUE_MODULE_PARTS.journey].sort());
    expect(Object.keys(plan).sort()).toEqual([...CATALOGUE_MODULE_PARTS.plan].sort());
    expect({ ...journey, ...plan }).toEqual(parseCatalogue());
    expect([...Object.keys(journey), ...Object.keys(plan)].sort()).toEqual(Object.keys(CATALOGUE_FILES).sort());
  });

  it('is what data/index.ts and data/plan-data.ts read, without the schemas of the files', () => {
    const { files, packages } = importClosure('data/index.ts');
    expect([...packages].sort()).toEqual([CATALOGUE_MODULE, 'zod']);
    expect([...files].sort()).toEqual(['data/index.ts', 'data/values.ts']);
    const plan = importClosure('data/plan-data.ts');
    expect([...plan.packages].sort()).toEqual([CATALOGUE_MODULE, PLAN_CATALOGUE_MODULE, 'zod']);
    expect([...plan.files].sort()).toEqual(['data/index.ts', 'data/plan-data.ts', 'data/values.ts']);
  });
});
