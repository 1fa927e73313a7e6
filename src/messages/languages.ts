import type { Translation } from './fr';
import type { DataTranslation } from './types';
import type { Lang } from './language-list';

export { LANGUAGES, isLang, languageInfo, preferredLanguage, type Lang, type LanguageInfo } from './language-list';

export interface LanguagePack {
  messages: Translation;
  data: DataTranslation;
}

/** One entry per language other than French: that is all "registering" a language means. */
export const LANGUAGE_PACKS: Record<Exclude<Lang, 'fr'>, () => Promise<LanguagePack>> = {
  en: () => Promise.all([import('./en'), import('./catalogue/en')]).then(([m, d]) => ({ messages: m.en, data: d.en })),
  ar: () => Promise.all([import('./ar'), import('./catalogue/ar')]).then(([m, d]) => ({ messages: m.ar, data: d.ar })),
};

export function loadLanguage(lang: Lang): Promise<LanguagePack | null> {
  return lang === 'fr' ? Promise.resolve(null) : LANGUAGE_PACKS[lang]();
}
