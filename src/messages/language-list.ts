/**
 * The languages of the interface. French is the reference and is always in the bundle; every
 * other language is one message file loaded with `import()` only when a person chooses it, so
 * the home screen never pays for it. This module imports nothing: the built page's inline gate
 * (src/lib/first-screen.ts, read by vite.config.ts) uses the list too.
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

/** French is the reference language: the one used when no other applies. */
export const FALLBACK_LANG: Lang = 'fr';

/** On a resident's phone opening a shared plan, where nobody chose yet: the first of the
 * browser's languages that Passerelle speaks; French otherwise. */
export function preferredLanguage(browserLanguages: readonly string[] | undefined): Lang {
  for (const tag of browserLanguages ?? []) {
    const primary = tag.toLowerCase().split('-')[0];
    if (isLang(primary)) return primary;
  }
  return FALLBACK_LANG;
}
