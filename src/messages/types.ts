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
