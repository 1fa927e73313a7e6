import { describe, expect, it } from 'vitest';
import { fr } from '../../src/messages/fr';
import type { Message } from '../../src/messages/types';
import { LANGUAGE_PACKS, LANGUAGES, type LanguagePack } from '../../src/messages/languages';
import { createTranslator } from '../../src/messages/i18n';
import { titres, questionDefs, parcoursDefs } from '../../data';
import { schemes, structureTypes } from '../../data/plan-data';

/**
 * Every language must say everything French says, in standard and in easy-read wording.
 * The translations are typed partial (so a key added in French never breaks anyone's
 * typecheck); this test is what keeps them complete.
 */

// Every French message file, registered in fr/index.ts or not yet: a key someone just added
// to src/messages/fr/ must be translated too.
const frenchFiles = import.meta.glob<Record<string, unknown>>('../../src/messages/fr/*.ts', { eager: true });
const isMessage = (v: unknown): v is Message =>
  typeof v === 'object' && v !== null && typeof (v as Message).std === 'string' && typeof (v as Message).falc === 'string';
const frenchKeys = new Set<string>(Object.keys(fr));
for (const module of Object.values(frenchFiles)) {
  for (const part of Object.values(module)) {
    if (typeof part !== 'object' || part === null) continue;
    for (const [key, value] of Object.entries(part)) if (isMessage(value)) frenchKeys.add(key);
  }
}
const frenchMessage = (key: string): Message | undefined => {
  if (key in fr) return (fr as Record<string, Message>)[key];
  for (const module of Object.values(frenchFiles))
    for (const part of Object.values(module))
      if (part && typeof part === 'object' && isMessage((part as Record<string, unknown>)[key])) return (part as Record<string, Message>)[key];
  return undefined;
};
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort().join();

const others = LANGUAGES.filter((l) => l.id !== 'fr').map((l) => l.id as keyof typeof LANGUAGE_PACKS);
const packs = new Map<string, LanguagePack>();
const pack = async (lang: keyof typeof LANGUAGE_PACKS) => {
  if (!packs.has(lang)) packs.set(lang, await LANGUAGE_PACKS[lang]());
  return packs.get(lang)!;
};

describe('the French catalogue', () => {
  it('has a standard and an easy-read wording for every key of every French file', () => {
    const incomplete = [...frenchKeys].filter((k) => {
      const m = frenchMessage(k);
      return !m || m.std.trim() === '' || m.falc.trim() === '';
    });
    expect(incomplete).toEqual([]);
  });

  it('names every question, option, parcours and stage the journey builds at run time', () => {
    const missing: string[] = [];
    const need = (key: string) => frenchKeys.has(key) || missing.push(key);
    for (const q of questionDefs) {
      need(`q.${q.id}.title`);
      for (const o of q.options ?? []) if (o.value !== 'nsp' && !('label' in o && o.label)) need(`q.${q.id}.opt.${o.value}`);
    }
    for (const p of parcoursDefs) {
      need(`parcours.${p.id}.name`);
      need(`parcours.${p.id}.summary`);
    }
    expect(missing).toEqual([]);
  });
});

describe.each(others)('the %s translation', (lang) => {
  it('has every French key, each with a non-empty standard and easy-read wording', async () => {
    const { messages } = await pack(lang);
    const table = messages as Record<string, Message | undefined>;
    const missing = [...frenchKeys].filter((k) => !table[k]);
    const emptyStd = [...frenchKeys].filter((k) => table[k] && table[k]!.std.trim() === '');
    const emptyFalc = [...frenchKeys].filter((k) => table[k] && table[k]!.falc.trim() === '');
    expect({ missing, emptyStd, emptyFalc }).toEqual({ missing: [], emptyStd: [], emptyFalc: [] });
  });

  it('has no key that French does not have (a typo or a removed key)', async () => {
    const { messages } = await pack(lang);
    expect(Object.keys(messages).filter((k) => !frenchKeys.has(k))).toEqual([]);
  });

  it('keeps the placeholders of the French wording', async () => {
    const { messages } = await pack(lang);
    const wrong = Object.entries(messages as Record<string, Message>).filter(([key, m]) => {
      const french = frenchMessage(key);
      return french && (placeholders(m.std) !== placeholders(french.std) || placeholders(m.falc) !== placeholders(french.falc));
    });
    expect(wrong.map(([key]) => key)).toEqual([]);
  });

  it('renders every scheme, structure type, titre and CCP block of the catalogue', async () => {
    const { data } = await pack(lang);
    const lacks = (table: Record<string, { name?: string; easyRead: string }>, ids: string[]) =>
      ids.filter((id) => !table[id]?.name?.trim() || !table[id]?.easyRead.trim());
    expect({
      schemes: lacks(data.schemes, schemes.map((s) => s.id)),
      structures: lacks(data.structures, structureTypes.map((s) => s.id)),
      titres: lacks(data.titres, titres.map((t) => t.id)),
      ccp: titres.flatMap((t) => t.ccp.map((c) => c.id)).filter((id) => !data.ccp[id]?.trim()),
    }).toEqual({ schemes: [], structures: [], titres: [], ccp: [] });
  });

  it('is what the translator shows, with French only for what it lacks', async () => {
    const { messages, data } = await pack(lang);
    const t = createTranslator(messages, 'falc', lang, data);
    expect(t('plan.title')).toBe(messages['plan.title']!.falc);
    expect(t.dynamic('q.age.title')).toBe(messages['q.age.title']!.falc);
    expect(t('plan.title')).not.toBe(fr['plan.title'].falc);
  });
});

describe('the translator', () => {
  it('falls back to French for a key a translation lacks', () => {
    const t = createTranslator({ 'app.name': { std: 'X', falc: 'Y' } }, 'std', 'en');
    expect(t('app.name')).toBe('X');
    expect(t('plan.title')).toBe(fr['plan.title'].std);
    expect(t.dynamic('q.age.title')).toBe(fr['q.age.title'].std);
    expect(t.dynamic('q.nope.title')).toBeUndefined();
  });
});

describe('easy-read wording (FALC), in every language', () => {
  // Inclusion Europe's rules that a machine can check: short sentences, one idea each (no
  // semicolon gluing two). Everyday words and explained terms are checked by people.
  const MAX_WORDS = 15;
  const sentences = (text: string) => text.split(/(?<=[.!?؟])\s+/).filter(Boolean);
  const words = (sentence: string) => sentence.split(/\s+/).filter(Boolean).length;

  it.each(['fr', ...others])('keeps every %s easy-read sentence short, one idea each', async (lang) => {
    const table: Record<string, Message> =
      lang === 'fr'
        ? Object.fromEntries([...frenchKeys].map((k) => [k, frenchMessage(k)!]))
        : ((await pack(lang as keyof typeof LANGUAGE_PACKS)).messages as Record<string, Message>);
    const tooLong = Object.entries(table)
      .filter(([, m]) => sentences(m.falc).some((s) => words(s) > MAX_WORDS))
      .map(([key]) => key);
    const glued = Object.entries(table)
      .filter(([, m]) => m.falc.includes(';') || m.falc.includes('؛'))
      .map(([key]) => key);
    expect({ tooLong, glued }).toEqual({ tooLong: [], glued: [] });
  });
});
