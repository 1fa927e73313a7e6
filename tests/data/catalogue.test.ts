import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  LocalDirectorySchema,
  ParcoursFileSchema,
  QuestionsFileSchema,
  SchemesFileSchema,
  StructuresFileSchema,
  TerritorySchema,
  TitresFileSchema,
  type StepSpec,
} from '../../data/schemas';
import { questions as questionMessages } from '../../src/messages/fr/questions';
import { orientation as orientationMessages } from '../../src/messages/fr/orientation';
import { plan as planMessages } from '../../src/messages/fr/plan';
import { localPlans as localPlanMessages } from '../../src/messages/fr/local-plans';

const raw = (file: string): unknown => JSON.parse(readFileSync(resolve(import.meta.dirname, '../../data', file), 'utf8'));

const schemes = SchemesFileSchema.parse(raw('schemes.json'));
const titresFile = TitresFileSchema.parse(raw('titres.json'));
const structures = StructuresFileSchema.parse(raw('structures.json'));
const territory = TerritorySchema.parse(raw('territory.json'));
const parcours = ParcoursFileSchema.parse(raw('parcours.json'));
const questions = QuestionsFileSchema.parse(raw('questions.json'));
const messages: Record<string, unknown> = { ...questionMessages, ...orientationMessages, ...planMessages, ...localPlanMessages };

const duplicates = (ids: string[]) => ids.filter((id, i) => ids.indexOf(id) !== i);
const structureTypeIds = new Set(structures.types.map((t) => t.id));
const schemeIds = new Set(schemes.map((s) => s.id));
const TODAY = '2026-12-01';

describe('each catalogue file', () => {
  it.each([
    ['schemes.json', SchemesFileSchema],
    ['titres.json', TitresFileSchema],
    ['structures.json', StructuresFileSchema],
    ['local-directory.json', LocalDirectorySchema],
    ['territory.json', TerritorySchema],
    ['parcours.json', ParcoursFileSchema],
    ['questions.json', QuestionsFileSchema],
  ] as const)('%s matches its schema', (file, schema) => {
    const result = schema.safeParse(raw(file));
    expect(result.success, JSON.stringify(result.error?.issues.slice(0, 3))).toBe(true);
  });

  it('rejects an entry without sources (the schema can fail)', () => {
    const broken = structuredClone(schemes);
    broken[0]!.sources = [];
    expect(SchemesFileSchema.safeParse(broken).success).toBe(false);
  });

  it('ships an empty local directory by default, and its format accepts a real entry', () => {
    expect(raw('local-directory.json')).toEqual([]);
    const entry = { id: 'ml-orleans', type: 'mission-locale', name: 'Mission locale de l’Orléanais', commune: 'Orléans', communeCode: '45234', phone: '02 00 00 00 00', updatedOn: '2026-11-25' };
    expect(LocalDirectorySchema.safeParse([entry]).success).toBe(true);
    expect(LocalDirectorySchema.safeParse([{ ...entry, type: undefined }]).success).toBe(false);
  });
});

describe('the identifiers', () => {
  it('are unique in every list', () => {
    expect(duplicates(schemes.map((s) => s.id))).toEqual([]);
    expect(duplicates(titresFile.titres.map((t) => t.id))).toEqual([]);
    expect(duplicates(titresFile.sectors.map((s) => s.id))).toEqual([]);
    expect(duplicates(titresFile.titres.flatMap((t) => t.ccp.map((c) => c.id)))).toEqual([]);
    expect(duplicates(structures.types.map((t) => t.id))).toEqual([]);
    expect(duplicates(structures.sites.map((s) => s.id))).toEqual([]);
    expect(duplicates(territory.communes.map((c) => c.code))).toEqual([]);
    expect(duplicates(territory.qpv.map((q) => q.id))).toEqual([]);
    expect(duplicates(questions.map((q) => q.id))).toEqual([]);
  });
});

describe('every reference', () => {
  it('from a scheme resolves: prescribers to structure types, replacement to a scheme', () => {
    for (const s of schemes) {
      for (const p of s.prescribers) expect(structureTypeIds.has(p), `${s.id} → ${p}`).toBe(true);
      if (s.replacedBy) expect(schemes.some((x) => x.id === s.replacedBy), `${s.id} → ${s.replacedBy}`).toBe(true);
      for (const b of s.bring) expect(messages[`plan.bring.${b}`], `plan.bring.${b}`).toBeDefined();
    }
  });

  it('from a titre resolves to its sector and its prerequisites to messages', () => {
    const sectorIds = new Set(titresFile.sectors.map((s) => s.id));
    for (const t of titresFile.titres) {
      expect(sectorIds.has(t.sector), `${t.id} → ${t.sector}`).toBe(true);
      for (const p of t.prerequisites) expect(messages[`plan.prereq.${p}`], `plan.prereq.${p}`).toBeDefined();
    }
    for (const s of sectorIds) expect(titresFile.titres.some((t) => t.sector === s), `sector ${s} has no titre`).toBe(true);
  });

  it('from a site resolves to a structure type and a commune of its département', () => {
    for (const site of structures.sites) {
      expect(structureTypeIds.has(site.type), site.id).toBe(true);
      expect(territory.communes.some((c) => c.dep === site.dep && c.name === site.commune), `${site.id}: ${site.commune}`).toBe(true);
    }
  });

  it('from a QPV resolves to a commune of its département', () => {
    for (const q of territory.qpv) {
      expect(territory.communes.some((c) => c.dep === q.dep && c.name === q.commune), `${q.id}: ${q.commune}`).toBe(true);
    }
  });

  it('from the parcours table resolves to structure types and schemes', () => {
    const specs = (list: StepSpec[]) => list;
    const allSpecs: StepSpec[] = [];
    const structureRefs: string[] = [];
    for (const p of parcours.parcours) {
      const l = p.ladder;
      for (const a of l.accueil) structureRefs.push(a.referent, ...a.otherStructures);
      allSpecs.push(
        ...l.accueil.flatMap((a) => a.steps),
        ...specs([l.projet.known, l.projet.unknown].flatMap((a) => a.steps)),
        ...l.projet.extra,
        ...[l.qualification.centre, l.qualification.enTravaillant, l.qualification.unknown].flatMap((a) => a.steps),
        ...l.emploi.flatMap((a) => a.steps),
      );
    }
    const sh = parcours.shared;
    allSpecs.push(...Object.values(sh.savoirsDeBase), ...sh.vae);
    for (const f of Object.values(sh.freins)) {
      structureRefs.push(...f.who);
      for (const id of f.schemes) expect(schemeIds.has(id), id).toBe(true);
    }
    for (const spec of allSpecs) {
      for (const id of spec.schemes ?? []) expect(schemeIds.has(id), id).toBe(true);
      if (spec.paySource) expect(schemeIds.has(spec.paySource), spec.paySource).toBe(true);
      if (spec.structure) structureRefs.push(spec.structure);
      structureRefs.push(...(spec.who ?? []), ...(spec.otherwise?.who ?? []));
    }
    for (const id of structureRefs.filter((r) => r !== 'referent')) expect(structureTypeIds.has(id), id).toBe(true);
    expect(parcours.parcours.map((p) => p.id).sort()).toEqual(['allophone', 'jeune', 'reconversion', 'reprise']);
    // each frein answer of the freins question has its row, and no row is for an unknown frein
    const freinOptions = questions.find((q) => q.id === 'freins')!.options.map((o) => o.value).filter((v) => v !== 'aucun');
    expect(Object.keys(sh.freins).sort()).toEqual(freinOptions.sort());
  });

  it('from a question resolves to message keys: title, each option, and « je ne sais pas »', () => {
    expect(messages['q.common.nsp']).toBeDefined();
    for (const q of questions) {
      expect(messages[`q.${q.id}.title`], `q.${q.id}.title`).toBeDefined();
      for (const o of q.options) expect(messages[`q.${q.id}.opt.${o.value}`], `q.${q.id}.opt.${o.value}`).toBeDefined();
      for (const v of q.exclusive) expect(q.options.map((o) => o.value)).toContain(v);
    }
    // the generic option when a titre's CCP blocks are not in the catalogue
    expect(messages['q.ccpAcquis.opt.une-partie']).toBeDefined();
  });

  it('offers one sector option per sector of the titres', () => {
    const secteur = questions.find((q) => q.id === 'secteur')!;
    expect(secteur.options.map((o) => o.value).sort()).toEqual(titresFile.sectors.map((s) => s.id).sort());
  });

  it('names each parcours and each stage in the messages', () => {
    for (const p of parcours.parcours) {
      expect(messages[`parcours.${p.id}.name`]).toBeDefined();
      expect(messages[`parcours.${p.id}.summary`]).toBeDefined();
      for (const s of p.stages) expect(messages[`stage.${s}`], `stage.${s}`).toBeDefined();
    }
  });
});

describe('the facts', () => {
  it('all carry sources and a check date, not in the future', () => {
    const factual = [...schemes, ...titresFile.titres, ...structures.types, ...structures.sites, ...territory.qpv, parcours];
    for (const f of factual) {
      expect(f.sources.length).toBeGreaterThan(0);
      expect(f.checkedOn <= TODAY).toBe(true);
    }
  });

  it('date every amount', () => {
    for (const s of schemes) for (const a of s.pay.amounts) expect(a.asOf <= TODAY, `${s.id} ${a.eur}`).toBe(true);
  });

  it('include every scheme the brief names', () => {
    const required = ['cej', 'pacea', 'e2c', 'epide', 'service-civique', 'pmsmp', 'ofii-cir-fle', 'visa-trois-en-un', 'visa-pro-numerique', 'visa-plus-parcours-emploi', 'clea', 'prf-qualifiant', 'remuneration-region', 'defi', 'prepa-apprentissage', 'apprentissage', 'contrat-pro', 'iae-aci', 'iae-ei', 'iae-etti', 'iae-ai', 'vae', 'pec', 'combo-parfait', 'emplois-francs'];
    const ids = schemes.map((s) => s.id);
    for (const id of required) expect(ids, id).toContain(id);
  });

  it('mark emplois francs as ended on 31 December 2024 and the Garantie jeunes as replaced by the CEJ', () => {
    expect(schemes.find((s) => s.id === 'emplois-francs')?.endsOn).toBe('2024-12-31');
    const gj = schemes.find((s) => s.id === 'garantie-jeunes');
    expect(gj?.replacedBy).toBe('cej');
    expect(gj?.endsOn).toBe('2022-02-28');
  });

  it('hold at least 15 titres of level 3 or 4, with those the brief names', () => {
    expect(titresFile.titres.length).toBeGreaterThanOrEqual(15);
    for (const t of titresFile.titres) expect([3, 4]).toContain(t.level);
    const ids = titresFile.titres.map((t) => t.id);
    for (const id of ['advf', 'aph', 'epr', 'serveur', 'preparateur-commandes', 'mediateur-social']) expect(ids).toContain(id);
  });

  it('give an RNCP number only where it was verified, never a number from another certifier', () => {
    const traps = ['RNCP35571', 'RNCP35039', 'RNCP40196', 'RNCP36439', 'RNCP38731', 'RNCP38555'];
    for (const t of titresFile.titres) {
      if (t.rncp) expect(t.verified, `${t.id} ${t.rncp}`).toBe(true);
      expect(traps).not.toContain(t.rncp);
      for (const n of t.rncpNotThis) expect(n.rncp).not.toBe(t.rncp);
      if (t.rncpEndsOn) expect(t.rncpEndsOn >= TODAY, `${t.id}: registration ended`).toBe(true);
    }
    expect(titresFile.titres.find((t) => t.id === 'advf')?.rncp).toBe('RNCP37715');
    expect(titresFile.titres.find((t) => t.id === 'epr')?.rncp).toBe('RNCP38663');
    expect(titresFile.titres.find((t) => t.id === 'serveur')?.rncp).toBe('RNCP39534');
  });

  it('mark the transport titres as a single unit with their licence prerequisite', () => {
    const trm = titresFile.titres.find((t) => t.id === 'conducteur-trm')!;
    expect(trm.singleUnit).toBe(true);
    expect(trm.prerequisites).toContain('permis-c');
    expect(titresFile.titres.find((t) => t.id === 'conducteur-tc')?.prerequisites).toContain('permis-b');
  });

  it('never use the old names or the old level numbering', () => {
    const text = ['schemes.json', 'titres.json', 'structures.json', 'parcours.json'].map((f) => readFileSync(resolve(import.meta.dirname, '../../data', f), 'utf8')).join('\n');
    const names = [...schemes.map((s) => s.name), ...structures.types.map((t) => t.name)].join('\n');
    expect(names).not.toMatch(/Pôle emploi/i);
    expect(text).not.toMatch(/niveau V\b|niveau IV\b/);
    expect(schemes.find((s) => s.id === 'garantie-jeunes')?.endsOn).toBeDefined();
  });

  it('list the six départements of Centre-Val de Loire and their communes', () => {
    expect(territory.departements.map((d) => d.code)).toEqual(['18', '28', '36', '37', '41', '45']);
    expect(territory.communes.length).toBeGreaterThan(1700);
    for (const [code, name] of [['45234', 'Orléans'], ['37261', 'Tours'], ['18033', 'Bourges'], ['28085', 'Chartres'], ['36044', 'Châteauroux'], ['41018', 'Blois']]) {
      expect(territory.communes.find((c) => c.code === code)?.name).toBe(name);
    }
  });

  it('name the five QPV that are new in 2024', () => {
    const fresh = territory.qpv.filter((q) => q.new2024).map((q) => q.name).sort();
    expect(fresh).toEqual(['La Galboisière', 'La Madeleine', 'Le Morier', 'Les Tourettes', 'Quinière Nord-Ouest']);
    for (const q of territory.qpv) if (q.status !== '2024') expect(q.verified).toBe(false);
  });
});

describe('what residents read', () => {
  // words of a maintainer's note: where a fact was (not) seen, by whom, what to do about it
  const MAINTAINER_WORDS = /\b(vu|vue|vus|trouvée?s?|annuaire national|sources?|seen|found|TODO|FIXME|stand-in)\b/i;

  it('holds no maintainer note: those live in `note` / `maintainerNote`, never shown', () => {
    const shown = [
      ...schemes.flatMap((x) => [[x.id, x.name], [x.id, x.easyRead], [x.id, x.description]]),
      ...structures.types.flatMap((x) => [[x.id, x.name], [x.id, x.easyRead], [x.id, x.description]]),
      ...titresFile.titres.map((x) => [x.id, x.name]),
    ];
    expect(shown.filter(([, text]) => MAINTAINER_WORDS.test(text!)).map(([id, text]) => `${id}: ${text}`)).toEqual([]);
  });

  it('catches a maintainer note written into a resident text (the rule can fail)', () => {
    expect(MAINTAINER_WORDS.test("Il n'existe pas d'annuaire national vu : les sites suivent la forme capemploiNN.")).toBe(true);
  });
});
