import type { Message, MessageParams } from './types';

export type ReadingMode = 'std' | 'falc';

/** Picks the reading-mode variant and fills `{name}` placeholders. Unknown placeholders stay visible. */
export function format(message: Message, mode: ReadingMode, params?: MessageParams): string {
  const text = message[mode];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}
