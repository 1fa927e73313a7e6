import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { fr, type MessageKey, type Translation } from './fr';
import { format, type ReadingMode } from './format';
import type { DataTranslation, Message, MessageParams } from './types';

export type { MessageKey } from './fr';
export type Catalogue = Record<MessageKey, Message>;

export interface Translator {
  (key: MessageKey, params?: MessageParams): string;
  /** For keys built at run time (`q.${id}.title`): undefined when the catalogue lacks it. */
  dynamic(key: string, params?: MessageParams): string | undefined;
  mode: ReadingMode;
  lang: string;
  /** Names and easy-read texts of catalogue entries (data/ is French) in `lang`, if not French. */
  data?: DataTranslation;
  /** The same language in another reading mode (« Mes 3 prochaines actions » are always easy-read). */
  inMode(mode: ReadingMode): Translator;
}

export function hasMessage(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(fr, key);
}

export function createTranslator(
  catalogue: Translation,
  mode: ReadingMode,
  lang = 'fr',
  data?: DataTranslation,
): Translator {
  // A key missing from a translation shows the French text (tests/messages/translations.test.ts keeps
  // every language complete); a key missing everywhere shows the key rather than crash a screen.
  const lookup = (key: string): Message | undefined =>
    (catalogue as Record<string, Message | undefined>)[key] ?? (fr as Record<string, Message>)[key];
  const t = ((key: MessageKey, params?: MessageParams) => {
    const message = lookup(key);
    return message ? format(message, mode, params) : key;
  }) as Translator;
  t.dynamic = (key, params) => (hasMessage(key) ? format(lookup(key)!, mode, params) : undefined);
  t.mode = mode;
  t.lang = lang;
  t.data = data;
  t.inMode = (other) => (other === mode ? t : createTranslator(catalogue, other, lang, data));
  return t;
}

const I18nContext = createContext<Translator>(createTranslator(fr, 'std'));

export function I18nProvider(props: {
  mode: ReadingMode;
  catalogue?: Translation;
  lang?: string;
  data?: DataTranslation;
  children: ReactNode;
}) {
  const { mode, catalogue = fr, lang = 'fr', data } = props;
  const t = useMemo(() => createTranslator(catalogue, mode, lang, data), [catalogue, mode, lang, data]);
  return <I18nContext.Provider value={t}>{props.children}</I18nContext.Provider>;
}

export function useT(): Translator {
  return useContext(I18nContext);
}

/** The same reading mode in French: the professional's half of a bilingual plan. */
export function useFrenchT(): Translator {
  const t = useT();
  return useMemo(() => (t.lang === 'fr' ? t : createTranslator(fr, t.mode, 'fr')), [t]);
}

/** Gives the screens below another translator: the workshop speaks easy-read by default,
 * whatever the app's reading mode, and its fields' messages must say the same. */
export function TranslatorProvider(props: { t: Translator; children: ReactNode }) {
  return <I18nContext.Provider value={props.t}>{props.children}</I18nContext.Provider>;
}
