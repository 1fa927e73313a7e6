/**
 * A stand-in for `window.speechSynthesis` in jsdom (which has none): it records what is spoken
 * and lets the test say when each utterance starts and ends, as a real voice would.
 */
export interface FakeVoice {
  name: string;
  lang: string;
  localService: boolean;
  default: boolean;
  voiceURI: string;
}

export class FakeUtterance extends EventTarget {
  lang = '';
  voice: FakeVoice | null = null;
  rate = 1;
  pitch = 1;
  volume = 1;
  constructor(public text: string) {
    super();
  }
}

export class FakeSpeechSynthesis extends EventTarget {
  voices: FakeVoice[] = [];
  /** Utterances waiting or being read, in order. */
  queue: FakeUtterance[] = [];
  spoken: FakeUtterance[] = [];
  cancelCount = 0;

  getVoices(): FakeVoice[] {
    return this.voices;
  }
  speak(utterance: FakeUtterance): void {
    this.queue.push(utterance);
    this.spoken.push(utterance);
    if (this.queue.length === 1) utterance.dispatchEvent(new Event('start'));
  }
  cancel(): void {
    this.cancelCount++;
    const [head] = this.queue;
    this.queue = [];
    if (head) head.dispatchEvent(Object.assign(new Event('error'), { error: 'interrupted' }));
  }
  /** The voice finishes the utterance being read. */
  finishCurrent(): void {
    const head = this.queue.shift();
    const waiting = this.queue[0];
    head?.dispatchEvent(new Event('end'));
    // An utterance queued behind starts now (one spoken from the 'end' handler started itself).
    waiting?.dispatchEvent(new Event('start'));
  }
  failCurrent(error = 'synthesis-failed'): void {
    const head = this.queue.shift();
    head?.dispatchEvent(Object.assign(new Event('error'), { error }));
  }
  /** Voices arriving late, as Chrome does. */
  loadVoices(voices: FakeVoice[]): void {
    this.voices = voices;
    this.dispatchEvent(new Event('voiceschanged'));
  }
}

export function voice(lang: string, options: Partial<FakeVoice> = {}): FakeVoice {
  return { name: `Voice ${lang}`, lang, localService: true, default: false, voiceURI: `voice-${lang}`, ...options };
}

/** Installs the fake on `window`; returns it and a function that removes it. */
export function installFakeSpeech(voices: FakeVoice[] = [voice('fr-FR')]): { synth: FakeSpeechSynthesis; uninstall(): void } {
  const synth = new FakeSpeechSynthesis();
  synth.voices = voices;
  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true, writable: true });
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: FakeUtterance, configurable: true, writable: true });
  return {
    synth,
    uninstall() {
      delete (window as unknown as Record<string, unknown>).speechSynthesis;
      delete (window as unknown as Record<string, unknown>).SpeechSynthesisUtterance;
    },
  };
}
