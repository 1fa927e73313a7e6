import { describe, expect, it } from 'vitest';
import { fr, catalogueParts } from '../../src/messages/fr';
import { format } from '../../src/messages/format';
import { createTranslator } from '../../src/messages/i18n';

describe('the French message catalogue', () => {
  it('gives every message a standard and an easy-read wording', () => {
    const incomplete = Object.entries(fr)
      .filter(([, m]) => m.std.trim() === '' || m.falc.trim() === '')
      .map(([key]) => key);
    expect(incomplete).toEqual([]);
  });

  it('never uses a placeholder in the easy-read wording that the standard one lacks', () => {
    // Easy-read may leave a detail out (a date, an amount's date), never invent one.
    const placeholders = (s: string) => new Set([...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]));
    const invented = Object.entries(fr)
      .filter(([, m]) => [...placeholders(m.falc)].some((p) => !placeholders(m.std).has(p)))
      .map(([key]) => key);
    expect(invented).toEqual([]);
  });

  it('defines each key in one part only (a later part would silently hide the first)', () => {
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const [part, messages] of Object.entries(catalogueParts)) {
      for (const key of Object.keys(messages)) {
        if (seen.has(key)) twice.push(`${key} in ${seen.get(key)} and ${part}`);
        seen.set(key, part);
      }
    }
    expect(twice).toEqual([]);
  });

  it('never uses the old level names of diplomas (niveau V, IV)', () => {
    const old = Object.entries(fr).filter(([, m]) => /niveau\s+(V|IV|III)\b/.test(m.std + m.falc));
    expect(old).toEqual([]);
  });
});

describe('format', () => {
  it('fills placeholders and picks the reading mode', () => {
    const message = { std: 'Vous avez {age} ans.', falc: 'Votre âge : {age} ans.' };
    expect(format(message, 'std', { age: 19 })).toBe('Vous avez 19 ans.');
    expect(format(message, 'falc', { age: 19 })).toBe('Votre âge : 19 ans.');
    expect(format(message, 'std', {})).toBe('Vous avez {age} ans.');
  });

  it('answers undefined for a key built at run time that the catalogue lacks', () => {
    const t = createTranslator(fr, 'std');
    expect(t.dynamic('q.doesNotExist.title')).toBeUndefined();
    expect(t.dynamic('app.name')).toBe('Passerelle');
  });
});
