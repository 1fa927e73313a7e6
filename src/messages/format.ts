import type { Message, MessageParams } from './types';
import { nameInSentence, withoutBidiControls } from '../lib/names';

export type ReadingMode = 'std' | 'falc';

/** French elides « de » before a vowel or a mute h: « le dossier d’Amina », « d’Hugo ». */
const ELIDES = /^[aeiouhàâäéèêëîïôöûùüœæ]/i;

/** A name typed by staff, in a sentence (params `name`, and `device`, the sync's device name):
 * no bidi control, isolated when right to left. */
const PERSON_PARAMS = new Set(['name', 'device']);

/**
 * Picks the reading-mode variant and fills `{name}` placeholders. Unknown placeholders stay
 * visible. « de {x} » becomes « d’{x} » when the value starts with a vowel (only French writes it).
 */
export function format(message: Message, mode: ReadingMode, params?: MessageParams): string {
  const text = message[mode];
  if (!params) return text;
  const value = (name: string) => {
    const raw = String(params[name]);
    return PERSON_PARAMS.has(name) ? nameInSentence(raw) : raw;
  };
  const has = (name: string) => Object.prototype.hasOwnProperty.call(params, name);
  return text
    .replace(/\b([Dd])e \{(\w+)\}/g, (whole, d: string, name: string) =>
      has(name) && ELIDES.test(withoutBidiControls(String(params[name]))) ? `${d}’{${name}}` : whole,
    )
    .replace(/\{(\w+)\}/g, (whole, name: string) => (has(name) ? value(name) : whole));
}
