import { describe, expect, it } from 'vitest';
import { fr } from '../../src/messages/fr';
import { format } from '../../src/messages/format';
import { createTranslator } from '../../src/messages/i18n';

describe('the French message catalogue', () => {
  it('gives every message a standard and an easy-read wording', () => {
    const incomplete = Object.entries(fr)
      .filter(([, m]) => m.std.trim() === '' || m.falc.trim() === '')
      .map(([key]) => key);
    expect(incomplete).toEqual([]);
  });

  it('uses the same placeholders in both wordings', () => {
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    const mismatched = Object.entries(fr)
      .filter(([, m]) => placeholders(m.std).join() !== placeholders(m.falc).join())
      .map(([key]) => key);
    expect(mismatched).toEqual([]);
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
