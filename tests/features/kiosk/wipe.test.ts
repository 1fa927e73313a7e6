import { afterEach, describe, expect, it } from 'vitest';
import { wipeSessionTraces } from '../../../src/features/kiosk/wipe';
import { resumeKioskIfActive } from '../../../src/features/kiosk/kiosk-lock';
import { MemoryRepository } from '../../../src/db';
import { isSpeaking, speak, stopSpeaking } from '../../../src/lib/speech';
import { installFakeSpeech } from '../../support/fake-speech';

let uninstall: (() => void) | undefined;
afterEach(() => {
  stopSpeaking();
  uninstall?.();
  uninstall = undefined;
  window.history.replaceState(null, '', '/');
});

describe('wiping a kiosk session', () => {
  it('empties Web Storage, stops the voice and leaves one history entry with no state, on the kiosk', () => {
    const fake = installFakeSpeech();
    uninstall = fake.uninstall;
    sessionStorage.setItem('draft', 'Apprendre un métier');
    localStorage.setItem('last', 'Un travail');
    window.history.replaceState({ step: 3 }, '', '/#/borne');
    speak(['Que cherchez-vous ?']);
    expect(isSpeaking()).toBe(true);

    wipeSessionTraces();

    expect([sessionStorage.length, localStorage.length]).toEqual([0, 0]);
    expect(isSpeaking()).toBe(false);
    expect(fake.synth.cancelCount).toBeGreaterThan(0);
    expect(window.history.state).toBeNull();
    expect(window.location.hash).toBe('#/borne');
  });
});

describe('starting the app on a device in kiosk mode', () => {
  it('opens the kiosk whatever the address', async () => {
    const repository = new MemoryRepository();
    await repository.settings.set('kiosk.active', true);
    window.history.replaceState(null, '', '/#/accompagner');
    await resumeKioskIfActive(repository.settings);
    expect(window.location.hash).toBe('#/borne');
  });

  it('leaves the address alone when kiosk mode is off', async () => {
    const repository = new MemoryRepository();
    await repository.settings.set('kiosk.active', false);
    window.history.replaceState(null, '', '/#/accompagner');
    await resumeKioskIfActive(repository.settings);
    expect(window.location.hash).toBe('#/accompagner');
  });
});
