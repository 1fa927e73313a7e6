import type { MessageKey } from './fr';
import type { Message } from './types';

/**
 * The languages of the interface. French is the reference and is always in the bundle; every
 * other language is one message file loaded with `import()` only when a person chooses it, so
 * the home screen never pays for it.
 */
export type Lang = 'fr' | 'en' | 'ar';

export interface LanguageInfo {
  id: Lang;
  /** The language named in itself, as a person who reads it looks for it. */
  nativeName: string;
  dir: 'ltr' | 'rtl';
  /** BCP 47 tag for the speech voice. */
  speech: string;
}

export const LANGUAGES: readonly LanguageInfo[] = [
  { id: 'fr', nativeName: 'Français', dir: 'ltr', speech: 'fr-FR' },
  { id: 'en', nativeName: 'English', dir: 'ltr', speech: 'en-GB' },
  { id: 'ar', nativeName: 'العربية', dir: 'rtl', speech: 'ar' },
];

export function languageInfo(lang: string): LanguageInfo {
  return LANGUAGES.find((l) => l.id === lang) ?? LANGUAGES[0]!;
}

export function isLang(value: unknown): value is Lang {
  return LANGUAGES.some((l) => l.id === value);
}

/** On a resident's phone opening a shared plan, where nobody chose yet: the first of the
 * browser's languages that Passerelle speaks; French otherwise. */
export function preferredLanguage(browserLanguages: readonly string[] | undefined): Lang {
  for (const tag of browserLanguages ?? []) {
    const primary = tag.toLowerCase().split('-')[0];
    if (isLang(primary)) return primary;
  }
  return 'fr';
}

/**
 * A translation. Typed partial so that a key added to the French files never breaks the
 * typecheck of the other engineers; tests/ui/translations.test.ts fails until every language
 * has it (and the run time shows the French text meanwhile).
 */
export type Translation = Partial<Record<MessageKey, Message>>;

/** Catalogue texts from data/ (French) rendered in another language, by catalogue id. */
export interface DataText {
  name?: string;
  easyRead: string;
}
export interface DataTranslation {
  schemes: Record<string, DataText>;
  structures: Record<string, DataText>;
  titres: Record<string, DataText>;
  /** The blocks (CCP) of the titres, by CCP id: a name only. */
  ccp: Record<string, string>;
}

export interface LanguagePack {
  messages: Translation;
  data: DataTranslation;
}

/** One entry per language other than French: that is all "registering" a language means. */
export const LANGUAGE_PACKS: Record<Exclude<Lang, 'fr'>, () => Promise<LanguagePack>> = {
  en: () => Promise.all([import('./en'), import('./catalogue/en')]).then(([m, d]) => ({ messages: m.en, data: d.en })),
  ar: () => Promise.all([import('./ar'), import('./catalogue/ar')]).then(([m, d]) => ({ messages: m.ar, data: d.ar })),
};

export async function loadLanguage(lang: Lang): Promise<LanguagePack | null> {
  return lang === 'fr' ? null : LANGUAGE_PACKS[lang]();
}
