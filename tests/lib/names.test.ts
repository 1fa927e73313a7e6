import { describe, expect, it } from 'vitest';
import { format } from '../../src/messages/format';
import { fr } from '../../src/messages/fr';
import { nameInSentence, withoutBidiControls } from '../../src/lib/names';

const say = (key: keyof typeof fr, name: string) => format(fr[key], 'std', { name });

describe('a name inside a French sentence', () => {
  it('elides « de » before a vowel or a mute h, and only then', () => {
    expect(say('file.heading', 'Amina')).toBe('Dossier d’Amina');
    expect(say('import.done', 'Alice')).toBe('Le dossier d’Alice a été importé.');
    expect(say('import.done', 'Hugo')).toBe('Le dossier d’Hugo a été importé.');
    expect(say('import.done', 'Élodie')).toBe('Le dossier d’Élodie a été importé.');
    expect(say('import.done', 'Sam')).toBe('Le dossier de Sam a été importé.');
  });

  it('drops the controls that would mirror the sentence (U+202E and its kin)', () => {
    const hostile = 'Sam\u202Eétropmi';
    expect(say('import.done', hostile)).toBe('Le dossier de Samétropmi a été importé.');
    expect(withoutBidiControls('\u2066A\u2069\u200F\u061C')).toBe('A');
  });

  it('isolates a name written right to left so it cannot pull the sentence around', () => {
    expect(nameInSentence('أمينة')).toBe('\u2068أمينة\u2069');
    expect(say('file.heading', 'أمينة')).toBe('Dossier de \u2068أمينة\u2069');
    expect(nameInSentence('Amina')).toBe('Amina');
  });

  it('treats the sync’s device name, typed by staff on another device, like a person’s name', () => {
    const line = format(fr['sync.alternative'], 'std', { question: 'Département', device: 'Accueil\u202Ea', date: '1 décembre', answer: '37' });
    expect(line).toContain('l’appareil Accueila le 1 décembre');
    expect(format(fr['sync.alternative'], 'std', { question: 'Q', device: 'جهاز', date: 'd', answer: 'a' })).toContain('l’appareil \u2068جهاز\u2069 le');
  });
});
