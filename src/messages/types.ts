/*
 * The types of the message files. This file imports nothing, so no language file and no loader
 * import each other in a circle; the types built on the French keys (`MessageKey`,
 * `Translation`) live beside those keys, in fr/index.ts.
 */

/**
 * One user-facing sentence, in standard French (`std`) and in easy-read French (`falc`,
 * *facile à lire et à comprendre*: everyday words, short sentences, one idea each).
 * `{name}` placeholders are filled by `format()`.
 */
export interface Message {
  std: string;
  falc: string;
}

export type MessageParams = Record<string, string | number>;

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
