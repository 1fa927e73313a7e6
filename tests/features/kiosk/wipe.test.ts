import { afterEach, describe, expect, it } from 'vitest';
import { wipeSessionTraces } from '../../../src/features/kiosk/wipe';
import { KIOSK_ACTIVE_KEY, resumeKiosk } from '../../../src/features/kiosk/kiosk-lock';
import { DexieRepository, PasserelleDatabase } from '../../../src/db';
import { readBootSettings } from '../../../src/db/boot-settings';
import { isSpeaking, speak, stopSpeaking } from '../../../src/lib/speech';
import { installFakeSpeech } from '../../support/fake-speech';
import { FIRST_SCREEN_KEY, mirrorSavedSetting } from '../../../src/lib/first-screen';

let uninstall: (() => void) | undefined;
afterEach(() => {
  localStorage.clear();
  stopSpeaking();
  uninstall?.();
  uninstall = undefined;
  window.history.replaceState(null, '', '/');
});

describe('wiping a kiosk session', () => {
  it('empties Web Storage but for the device’s start-up mirror, stops the voice and leaves one history entry with no state, on the kiosk', () => {
    const fake = installFakeSpeech();
    uninstall = fake.uninstall;
    sessionStorage.setItem('draft', 'Apprendre un métier');
    sessionStorage.setItem(FIRST_SCREEN_KEY, 'from a session');
    localStorage.setItem('last', 'Un travail');
    mirrorSavedSetting(KIOSK_ACTIVE_KEY, true);
    window.history.replaceState({ step: 3 }, '', '/#/borne');
    speak(['Que cherchez-vous ?']);
    expect(isSpeaking()).toBe(true);

    wipeSessionTraces();

    expect(sessionStorage.length).toBe(0);
    // A kiosk reloaded later must still not flash the home screen (src/lib/first-screen.ts).
    expect(Object.keys(localStorage)).toEqual([FIRST_SCREEN_KEY]);
    expect(JSON.parse(localStorage.getItem(FIRST_SCREEN_KEY)!)).toEqual({ [KIOSK_ACTIVE_KEY]: true });
    expect(isSpeaking()).toBe(false);
    expect(fake.synth.cancelCount).toBeGreaterThan(0);
    expect(window.history.state).toBeNull();
    expect(window.location.hash).toBe('#/borne');
  });
});

describe('starting the app on a device in kiosk mode', () => {
  /** What main.tsx does before the first screen: the setting read without Dexie, then the route. */
  async function startOn(address: string, kioskActive: boolean) {
    const name = `kiosk-boot-${Math.random()}`;
    const db = new PasserelleDatabase(name);
    await new DexieRepository(db).settings.set(KIOSK_ACTIVE_KEY, kioskActive);
    db.close();
    window.history.replaceState(null, '', address);
    const boot = await readBootSettings([KIOSK_ACTIVE_KEY], name);
    if (boot[KIOSK_ACTIVE_KEY] === true) resumeKiosk();
  }

  it('opens the kiosk whatever the address', async () => {
    await startOn('/#/accompagner', true);
    expect(window.location.hash).toBe('#/borne');
  });

  it('leaves the address alone when kiosk mode is off', async () => {
    await startOn('/#/accompagner', false);
    expect(window.location.hash).toBe('#/accompagner');
  });
});
