/**
 * Read-aloud through the browser's own speech synthesis (brief §7): what it can say depends on
 * the voices installed on the device, so availability is detected and said plainly.
 *
 * Only voices that run on the device (`localService`) are used. Chrome also lists "Google"
 * voices that send the text to Google's servers; Passerelle makes no request to another host
 * (brief §6), and the question text may describe a person's situation.
 */

export type SpeechAvailability = 'ok' | 'no-voice' | 'unsupported';

export interface SpeakOptions {
  /** BCP 47 tag of the text; the voice is picked among voices of the same language. */
  lang?: string;
  /** Called with the index of the part that starts being read, so the UI can highlight it. */
  onPart?(index: number): void;
  /** Called once when the reading is over: every part read, stopped, replaced or failed. */
  onEnd?(): void;
  /** Called before `onEnd` when the device fails to read (not when the reading is stopped). */
  onError?(reason: string): void;
}

function synthesis(): SpeechSynthesis | undefined {
  if (typeof window === 'undefined') return undefined;
  if (!('speechSynthesis' in window) || typeof window.SpeechSynthesisUtterance !== 'function') return undefined;
  return window.speechSynthesis ?? undefined;
}

function languageOf(tag: string): string {
  return tag.toLowerCase().replace('_', '-').split('-')[0] ?? '';
}

/** The best on-device voice for `lang`: exact tag first (fr-FR), then any of the language (fr-CA…). */
export function voiceFor(lang = 'fr-FR'): SpeechSynthesisVoice | undefined {
  const speech = synthesis();
  if (!speech) return undefined;
  const wanted = lang.toLowerCase().replace('_', '-');
  const local = speech.getVoices().filter((v) => v.localService && languageOf(v.lang) === languageOf(wanted));
  return (
    local.find((v) => v.lang.toLowerCase().replace('_', '-') === wanted && v.default) ??
    local.find((v) => v.lang.toLowerCase().replace('_', '-') === wanted) ??
    local.find((v) => v.default) ??
    local[0]
  );
}

/** Right now: can French (or `lang`) be read aloud? Voices load asynchronously: an early
 * 'no-voice' may become 'ok'; `subscribeToVoices` tells when to ask again. */
export function speechAvailability(lang = 'fr-FR'): SpeechAvailability {
  if (!synthesis()) return 'unsupported';
  return voiceFor(lang) ? 'ok' : 'no-voice';
}

/** Calls `listener` when the browser's list of voices changes (Chrome fills it after the
 * first `getVoices()` call, Firefox and Safari at their own pace). */
export function subscribeToVoices(listener: () => void): () => void {
  const speech = synthesis();
  if (!speech) return () => {};
  speech.addEventListener('voiceschanged', listener);
  // Asking once is what makes Chrome start loading them.
  speech.getVoices();
  return () => speech.removeEventListener('voiceschanged', listener);
}

/** Resolves with the availability once voices have loaded, or after `timeoutMs` (a device
 * with no voice at all may never fire `voiceschanged`). */
export function whenVoicesReady(lang = 'fr-FR', timeoutMs = 2000): Promise<SpeechAvailability> {
  const now = speechAvailability(lang);
  if (now !== 'no-voice') return Promise.resolve(now);
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      unsubscribe();
      resolve(speechAvailability(lang));
    };
    const timer = setTimeout(done, timeoutMs);
    const unsubscribe = subscribeToVoices(() => {
      if (speechAvailability(lang) === 'ok') done();
    });
  });
}

interface Reading {
  id: number;
  onEnd?: () => void;
  /** Kept referenced: Chrome may garbage-collect a pending utterance and never fire its `end`. */
  utterance?: SpeechSynthesisUtterance;
}

let current: Reading | null = null;
let nextId = 1;

function finish(reading: Reading): void {
  if (current !== reading) return;
  current = null;
  reading.onEnd?.();
}

/**
 * Reads `parts` one after the other, one utterance each, so the UI can show which sentence is
 * being read. Any reading in progress is stopped first (its `onEnd` fires). Returns a function
 * that stops this reading only (a no-op once another reading has replaced it).
 * When no voice is available, nothing is spoken and `onEnd` fires at once.
 */
export function speak(parts: string[], options: SpeakOptions = {}): () => void {
  const { lang = 'fr-FR', onPart, onEnd, onError } = options;
  stopSpeaking();
  const speech = synthesis();
  const voice = voiceFor(lang);
  const reading: Reading = { id: nextId++, onEnd };
  current = reading;
  const texts = parts.map((p) => p.trim());
  if (!speech || !voice) {
    finish(reading);
    return () => {};
  }

  const readPart = (index: number) => {
    if (current !== reading) return;
    // Skip empty parts rather than speak silence.
    while (index < texts.length && texts[index] === '') index++;
    if (index >= texts.length) {
      finish(reading);
      return;
    }
    const utterance = new SpeechSynthesisUtterance(texts[index]);
    utterance.lang = voice.lang || lang;
    utterance.voice = voice;
    utterance.addEventListener('start', () => {
      if (current === reading) onPart?.(index);
    });
    utterance.addEventListener('end', () => readPart(index + 1));
    // 'interrupted' and 'canceled' come from our own cancel(); any other error ends the reading.
    utterance.addEventListener('error', (event) => {
      if (current !== reading) return;
      if (event.error !== 'interrupted' && event.error !== 'canceled') onError?.(event.error);
      finish(reading);
    });
    reading.utterance = utterance;
    speech.speak(utterance);
  };
  readPart(0);

  return () => {
    if (current === reading) stopSpeaking();
  };
}

/** Stops whatever is being read (its `onEnd` fires). Safe to call at any time. */
export function stopSpeaking(): void {
  const reading = current;
  current = null;
  synthesis()?.cancel();
  reading?.onEnd?.();
}

/** True while a reading started by `speak` is in progress. */
export function isSpeaking(): boolean {
  return current !== null;
}
