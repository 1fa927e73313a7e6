/**
 * A person's first name or nickname is typed by staff or comes from an imported file, and is
 * shown inside sentences. Bidirectional controls (U+202A–202E, U+2066–2069, U+200E/200F,
 * U+061C) in it could reorder the sentence around it (« Le dossier de Sam‮… » shown mirrored):
 * they are removed on input and on import. A name in a right-to-left script is shown isolated
 * (FSI … PDI) so it cannot pull the punctuation of a French sentence to its side.
 */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
const RTL_LETTER = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;

export const withoutBidiControls = (name: string): string => name.replace(BIDI_CONTROLS, '');

/** The name as it sits in a sentence: controls removed, isolated when it is written right to left. */
export const nameInSentence = (name: string): string => {
  const clean = withoutBidiControls(name);
  return RTL_LETTER.test(clean) ? `\u2068${clean}\u2069` : clean;
};
