import { afterEach, describe, expect, it, vi } from 'vitest';
import { isSpeaking, speak, speechAvailability, stopSpeaking, voiceFor, whenVoicesReady } from '../../src/lib/speech';
import { installFakeSpeech, voice } from '../support/fake-speech';

let uninstall: (() => void) | undefined;
afterEach(() => {
  stopSpeaking();
  uninstall?.();
  uninstall = undefined;
});

function fake(voices = [voice('fr-FR')]) {
  const installed = installFakeSpeech(voices);
  uninstall = installed.uninstall;
  return installed.synth;
}

describe('speech availability', () => {
  it('is unsupported when the browser has no speech synthesis', () => {
    expect(speechAvailability()).toBe('unsupported');
  });

  it('is ok with an on-device French voice, whatever its region', () => {
    fake([voice('en-GB'), voice('fr-CA')]);
    expect(speechAvailability()).toBe('ok');
    expect(voiceFor('fr-FR')?.lang).toBe('fr-CA');
  });

  it('prefers the exact French of France when several French voices exist', () => {
    fake([voice('fr-CA'), voice('fr-FR', { name: 'Amélie' }), voice('fr_BE')]);
    expect(voiceFor('fr-FR')?.name).toBe('Amélie');
  });

  it('says no-voice when only other languages or network voices are installed', () => {
    fake([voice('en-US'), voice('fr-FR', { localService: false, name: 'Google français' })]);
    expect(speechAvailability()).toBe('no-voice');
  });

  it('becomes ok when the voices load after the page', async () => {
    const synth = fake([]);
    expect(speechAvailability()).toBe('no-voice');
    const ready = whenVoicesReady('fr-FR', 5000);
    synth.loadVoices([voice('fr-FR')]);
    await expect(ready).resolves.toBe('ok');
  });

  it('gives up waiting for voices after the timeout', async () => {
    vi.useFakeTimers();
    try {
      fake([]);
      const ready = whenVoicesReady('fr-FR', 1000);
      vi.advanceTimersByTime(1000);
      await expect(ready).resolves.toBe('no-voice');
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('speak', () => {
  it('reads the parts in order, one utterance each, and reports the part being read', () => {
    const synth = fake();
    const active: number[] = [];
    const onEnd = vi.fn();
    speak(['Quel âge avez-vous ?', 'Moins de 26 ans', 'Plus de 26 ans'], { onPart: (i) => active.push(i), onEnd });
    expect(active).toEqual([0]);
    expect(synth.spoken.map((u) => u.text)).toEqual(['Quel âge avez-vous ?']);
    expect(synth.spoken[0]!.voice?.lang).toBe('fr-FR');
    synth.finishCurrent();
    expect(active).toEqual([0, 1]);
    synth.finishCurrent();
    synth.finishCurrent();
    expect(synth.spoken.map((u) => u.text)).toEqual(['Quel âge avez-vous ?', 'Moins de 26 ans', 'Plus de 26 ans']);
    expect(active).toEqual([0, 1, 2]);
    expect(onEnd).toHaveBeenCalledTimes(1);
    expect(isSpeaking()).toBe(false);
  });

  it('skips empty parts', () => {
    const synth = fake();
    speak(['Un', '  ', 'Deux']);
    synth.finishCurrent();
    expect(synth.spoken.map((u) => u.text)).toEqual(['Un', 'Deux']);
  });

  it('stops when asked, calls onEnd once, and reads nothing more', () => {
    const synth = fake();
    const onEnd = vi.fn();
    const onPart = vi.fn();
    speak(['Un', 'Deux'], { onEnd, onPart });
    stopSpeaking();
    expect(synth.cancelCount).toBeGreaterThan(0);
    expect(onEnd).toHaveBeenCalledTimes(1);
    synth.finishCurrent();
    expect(synth.spoken).toHaveLength(1);
    expect(onPart).toHaveBeenCalledTimes(1);
  });

  it('stops the previous reading when a new one starts', () => {
    const synth = fake();
    const firstEnd = vi.fn();
    speak(['Première question'], { onEnd: firstEnd });
    const stopSecond = speak(['Deuxième question']);
    expect(firstEnd).toHaveBeenCalledTimes(1);
    expect(synth.spoken.at(-1)!.text).toBe('Deuxième question');
    expect(isSpeaking()).toBe(true);
    stopSecond();
    expect(isSpeaking()).toBe(false);
  });

  it('reports a device failure, but not its own cancel, as an error', () => {
    const synth = fake();
    const onError = vi.fn();
    const onEnd = vi.fn();
    speak(['Un', 'Deux'], { onError, onEnd });
    synth.failCurrent('audio-busy');
    expect(onError).toHaveBeenCalledWith('audio-busy');
    expect(onEnd).toHaveBeenCalledTimes(1);
    speak(['Trois'], { onError });
    stopSpeaking();
    expect(onError).toHaveBeenCalledTimes(1);
  });

  it('speaks nothing and ends at once when there is no French voice', () => {
    const synth = fake([voice('en-GB')]);
    const onEnd = vi.fn();
    speak(['Bonjour'], { onEnd });
    expect(synth.spoken).toHaveLength(0);
    expect(onEnd).toHaveBeenCalledTimes(1);
  });
});
