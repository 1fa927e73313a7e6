import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { fr, type MessageKey } from './fr';
import { format, type ReadingMode } from './format';
import type { Message, MessageParams } from './types';

export type { MessageKey } from './fr';
export type Catalogue = Record<MessageKey, Message>;

export interface Translator {
  (key: MessageKey, params?: MessageParams): string;
  /** For keys built at run time (`q.${id}.title`): undefined when the catalogue lacks it. */
  dynamic(key: string, params?: MessageParams): string | undefined;
  mode: ReadingMode;
  lang: string;
}

export function hasMessage(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(fr, key);
}

export function createTranslator(catalogue: Catalogue, mode: ReadingMode, lang = 'fr'): Translator {
  // A key missing at run time (a key built from catalogue ids) shows the French text, else the
  // key itself, rather than crashing a screen; tests/ui/message-coverage keeps this from happening.
  const lookup = (key: string): Message | undefined => (catalogue as Record<string, Message>)[key] ?? (fr as Record<string, Message>)[key];
  const t = ((key: MessageKey, params?: MessageParams) => {
    const message = lookup(key);
    return message ? format(message, mode, params) : key;
  }) as Translator;
  t.dynamic = (key, params) => (hasMessage(key) ? format(catalogue[key], mode, params) : undefined);
  t.mode = mode;
  t.lang = lang;
  return t;
}

const I18nContext = createContext<Translator>(createTranslator(fr, 'std'));

export function I18nProvider(props: { mode: ReadingMode; catalogue?: Catalogue; lang?: string; children: ReactNode }) {
  const { mode, catalogue = fr, lang = 'fr' } = props;
  const t = useMemo(() => createTranslator(catalogue, mode, lang), [catalogue, mode, lang]);
  return <I18nContext.Provider value={t}>{props.children}</I18nContext.Provider>;
}

export function useT(): Translator {
  return useContext(I18nContext);
}
