import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DexieRepository, PasserelleDatabase } from '../../src/db';
import { FIRST_SCREEN_GATE, FIRST_SCREEN_KEY, KIOSK_START_CLASS, NO_PRERENDER_CLASS, PLAN_START_CLASS, kioskStartShown, leaveKioskStart, mirrorBootSettings, mirrorSavedSetting } from '../../src/lib/first-screen';
import { KIOSK_ACTIVE_KEY, LANG_KEY, READING_MODE_KEY } from '../../src/lib/setting-keys';

/** Runs the inline script as the built page does, on a fresh <html>. */
function runGate(hash: string): HTMLElement {
  const root = document.documentElement;
  root.classList.remove(NO_PRERENDER_CLASS, KIOSK_START_CLASS, PLAN_START_CLASS);
  delete root.dataset.kiosk;
  window.location.hash = hash;
  new Function(FIRST_SCREEN_GATE)();
  return root;
}

/** Whether the built-in home shows. */
function gateShowsHome(hash: string): boolean {
  return !runGate(hash).classList.contains(NO_PRERENDER_CLASS);
}

/** Whether the built-in kiosk start screen shows, and the header is hidden with it. */
function gateShowsKioskStart(hash: string): boolean {
  const root = runGate(hash);
  const shown = root.classList.contains(KIOSK_START_CLASS);
  expect(root.dataset.kiosk, `data-kiosk for ${hash}`).toBe(shown ? 'on' : undefined);
  return shown;
}

/** Runs `check` with each of these stored mirrors, then with Web Storage refusing to be read. */
function forEachUnreadableMirror(stored: string[], check: (what: string) => void): void {
  for (const value of stored) {
    localStorage.setItem(FIRST_SCREEN_KEY, value);
    check(value);
  }
  localStorage.clear();
  vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
    throw new DOMException('denied', 'SecurityError');
  });
  check('Web Storage refused');
}

beforeEach(() => localStorage.clear());
afterEach(() => {
  vi.restoreAllMocks();
  window.location.hash = '';
});

describe('the gate of the home screen written into the page', () => {
  it('shows it on a new device, on the home’s address only', () => {
    expect(gateShowsHome('')).toBe(true);
    expect(gateShowsHome('#/')).toBe(true);
    // A plan from its QR code, a file reopened at its address, the kiosk, the workshop.
    for (const hash of ['#/p/AbC123', '#/accompagner/dossier/x', '#/borne', '#/atelier']) expect(gateShowsHome(hash)).toBe(false);
  });

  it('hides it on a device that starts in another language, in easy-read or as a kiosk', () => {
    mirrorBootSettings({ [LANG_KEY]: 'fr', [READING_MODE_KEY]: 'std', [KIOSK_ACTIVE_KEY]: false });
    expect(gateShowsHome('')).toBe(true);
    for (const settings of [{ [LANG_KEY]: 'en' }, { [LANG_KEY]: 'ar' }, { [READING_MODE_KEY]: 'falc' }, { [KIOSK_ACTIVE_KEY]: true }]) {
      mirrorBootSettings(settings);
      expect(gateShowsHome(''), JSON.stringify(settings)).toBe(false);
    }
  });

  it('hides it when the mirror cannot be read', () => {
    forEachUnreadableMirror(['{not json', 'null', '"fr"', '[]'], (what) => expect(gateShowsHome(''), what).toBe(false));
  });
});

describe('the gate of the kiosk start screen written into the page', () => {
  it('shows it, without the home, when a kiosk in French restarts on any address but a plan’s', () => {
    mirrorBootSettings({ [KIOSK_ACTIVE_KEY]: true, [LANG_KEY]: 'fr', [READING_MODE_KEY]: 'std' });
    for (const hash of ['', '#/', '#/borne', '#/borne/parcours', '#/accompagner']) {
      expect(gateShowsKioskStart(hash), hash).toBe(true);
      expect(gateShowsHome(hash), hash).toBe(false);
    }
    // A resident's phone opening the plan of its QR code is never a kiosk.
    expect(gateShowsKioskStart('#/p/AbC123')).toBe(false);
    // Easy-read is the kiosk's own wording whatever the device's setting: still its screen.
    mirrorBootSettings({ [KIOSK_ACTIVE_KEY]: true, [READING_MODE_KEY]: 'falc' });
    expect(gateShowsKioskStart('#/borne')).toBe(true);
  });

  it('does not show it on a device that is not a kiosk, or a kiosk in another language', () => {
    expect(gateShowsKioskStart('#/borne')).toBe(false);
    mirrorBootSettings({ [KIOSK_ACTIVE_KEY]: false });
    expect(gateShowsKioskStart('#/borne')).toBe(false);
    for (const lang of ['en', 'ar']) {
      mirrorBootSettings({ [KIOSK_ACTIVE_KEY]: true, [LANG_KEY]: lang });
      expect(gateShowsKioskStart('#/borne'), lang).toBe(false);
    }
    // Only a true `true` says kiosk: a mirror written by hand or by an older build is not trusted.
    localStorage.setItem(FIRST_SCREEN_KEY, JSON.stringify({ [KIOSK_ACTIVE_KEY]: 'true' }));
    expect(gateShowsKioskStart('#/borne')).toBe(false);
  });

  it('does not show it when the mirror cannot be read', () => {
    forEachUnreadableMirror(['{not json', 'null', '[true]'], (what) => expect(gateShowsKioskStart('#/borne'), what).toBe(false));
  });

  it('goes, header back, when the start finds the device is no longer a kiosk', () => {
    mirrorBootSettings({ [KIOSK_ACTIVE_KEY]: true });
    runGate('#/borne');
    expect(kioskStartShown()).toBe(true);
    leaveKioskStart();
    expect(kioskStartShown()).toBe(false);
    expect(document.documentElement.dataset.kiosk).toBeUndefined();
  });
});

describe('the gate on a plan’s address (from its QR code)', () => {
  /** Whether the built page shows its header alone, on a phone with these languages. */
  function gateShowsHeader(hash: string, languages: string[]): boolean {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(languages);
    const root = runGate(hash);
    expect(root.classList.contains(NO_PRERENDER_CLASS), `home hidden on ${hash}`).toBe(true);
    return root.classList.contains(PLAN_START_CLASS);
  }

  it('shows the header alone on a phone that reads left to right, as the plan will be drawn', () => {
    expect(gateShowsHeader('#/p/B123', ['fr-FR', 'fr'])).toBe(true);
    expect(gateShowsHeader('#/p/B123', ['en-GB'])).toBe(true);
    // A language Passerelle does not speak is skipped, as preferredLanguage does; none: French.
    expect(gateShowsHeader('#/p/B123', ['de-DE', 'en'])).toBe(true);
    expect(gateShowsHeader('#/p/B123', [])).toBe(true);
  });

  it('shows nothing on a phone whose first language Passerelle speaks is written right to left', () => {
    expect(gateShowsHeader('#/p/B123', ['ar-MA', 'fr'])).toBe(false);
    expect(gateShowsHeader('#/p/B123', ['de', 'ar'])).toBe(false);
  });

  it('shows it on a plan’s address only, whatever the mirror says', () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['fr']);
    for (const hash of ['', '#/', '#/accompagner', '#/borne', '#/pro', '#/p']) expect(runGate(hash).classList.contains(PLAN_START_CLASS), hash).toBe(false);
    // Not even a kiosk's start screen: a plan from a QR code never reads the device.
    mirrorBootSettings({ [KIOSK_ACTIVE_KEY]: true });
    expect(gateShowsHeader('#/p/B123', ['fr'])).toBe(true);
    expect(document.documentElement.classList.contains(KIOSK_START_CLASS)).toBe(false);
  });
});

describe('the mirror of the start-up settings', () => {
  it('holds what the start read, the three start-up settings only, and nothing on a device on the defaults', () => {
    mirrorBootSettings({ [LANG_KEY]: 'en', [READING_MODE_KEY]: 'std', other: 'x' });
    expect(JSON.parse(localStorage.getItem(FIRST_SCREEN_KEY)!)).toEqual({ [LANG_KEY]: 'en' });
    // The next start reads the defaults back (a backup restored): the mirror follows, whatever it held.
    mirrorBootSettings({ [LANG_KEY]: 'fr', [KIOSK_ACTIVE_KEY]: false });
    expect(localStorage.length).toBe(0);
    localStorage.setItem(FIRST_SCREEN_KEY, '[1]');
    mirrorSavedSetting(READING_MODE_KEY, 'falc');
    expect(JSON.parse(localStorage.getItem(FIRST_SCREEN_KEY)!)).toEqual({ [READING_MODE_KEY]: 'falc' });
  });

  it('follows each start-up setting saved on the device, and nothing else', async () => {
    const db = new PasserelleDatabase(`first-screen-${Math.random()}`);
    const repository = new DexieRepository(db);
    try {
      await repository.settings.set(READING_MODE_KEY, 'falc');
      await repository.settings.set(LANG_KEY, 'ar');
      await repository.settings.set('retention.months', 12);
      expect(JSON.parse(localStorage.getItem(FIRST_SCREEN_KEY)!)).toEqual({ [READING_MODE_KEY]: 'falc', [LANG_KEY]: 'ar' });
      expect(gateShowsHome('')).toBe(false);
      await repository.settings.set(READING_MODE_KEY, 'std');
      await repository.settings.set(LANG_KEY, 'fr');
      expect(gateShowsHome('')).toBe(true);
      expect(localStorage.getItem(FIRST_SCREEN_KEY)).toBeNull();
      await repository.settings.set(KIOSK_ACTIVE_KEY, true);
      expect(gateShowsHome('')).toBe(false);
    } finally {
      db.close();
      await Dexie.delete(db.name);
    }
  });

  it('keeps the settings saved when localStorage refuses the mirror', async () => {
    const db = new PasserelleDatabase(`first-screen-${Math.random()}`);
    const repository = new DexieRepository(db);
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    try {
      await repository.settings.set(LANG_KEY, 'en');
      expect(await repository.settings.get(LANG_KEY)).toBe('en');
      mirrorSavedSetting(READING_MODE_KEY, 'falc');
      expect(localStorage.getItem(FIRST_SCREEN_KEY)).toBeNull();
    } finally {
      db.close();
      await Dexie.delete(db.name);
    }
  });
});
