import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DexieRepository, PasserelleDatabase } from '../../src/db';
import { FIRST_SCREEN_GATE, FIRST_SCREEN_KEY, KIOSK_START_CLASS, KIOSK_START_TEMPLATE_ID, NO_PRERENDER_CLASS, PLAN_START_CLASS, firstScreenPlacer, kioskStartShown, leaveKioskStart, mirrorBootSettings, mirrorSavedSetting } from '../../src/lib/first-screen';
import { KIOSK_ACTIVE_KEY, LANG_KEY, READING_MODE_KEY } from '../../src/lib/setting-keys';
import { LANGUAGES, languageInfo, preferredLanguage } from '../../src/messages/language-list';
import { readingSwitchLabels } from '../../src/lib/first-screen-labels';
import { renderHome, renderKioskStart } from '../../src/prerender';
import { createTranslator } from '../../src/messages/i18n';
import { LANGUAGE_PACKS } from '../../src/messages/languages';
import { fr } from '../../src/messages/fr';

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
  /** What the built page shows on a phone with these languages: the header alone or nothing,
   * and the language and direction <html> has. */
  function gateOnPhone(hash: string, languages: string[]) {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(languages);
    const root = runGate(hash);
    return { header: root.classList.contains(PLAN_START_CLASS), home: !root.classList.contains(NO_PRERENDER_CLASS), lang: root.lang, dir: root.dir };
  }
  beforeEach(() => {
    document.documentElement.lang = 'fr';
    document.documentElement.dir = 'ltr';
  });

  it('shows the header alone, in the language and direction the plan will have', () => {
    expect(gateOnPhone('#/p/B123', ['fr-FR', 'fr'])).toEqual({ header: true, home: false, lang: 'fr', dir: 'ltr' });
    expect(gateOnPhone('#/p/B123', ['en-GB'])).toEqual({ header: true, home: false, lang: 'en', dir: 'ltr' });
    // Right to left from the first paint: the name does not jump sides when the app takes over.
    expect(gateOnPhone('#/p/B123', ['ar-MA', 'fr'])).toEqual({ header: true, home: false, lang: 'ar', dir: 'rtl' });
  });

  it('chooses the language as the app will (preferredLanguage), whatever the phone says', () => {
    for (const languages of [['de-DE', 'en'], ['de', 'ar'], [], ['EN-us'], ['zz', 'yy'], ['fr-CA', 'ar']]) {
      const chosen = preferredLanguage(languages);
      expect(gateOnPhone('#/p/B123', languages), languages.join(',')).toEqual({ header: true, home: false, lang: chosen, dir: languageInfo(chosen).dir });
    }
  });

  it('shows it on a plan’s address only, and leaves the page’s language alone elsewhere', () => {
    for (const hash of ['', '#/', '#/accompagner', '#/borne', '#/pro', '#/p']) {
      expect(gateOnPhone(hash, ['ar']), hash).toMatchObject({ header: false, lang: 'fr', dir: 'ltr' });
    }
    // Not even a kiosk's start screen: a plan from a QR code never reads the device.
    mirrorBootSettings({ [KIOSK_ACTIVE_KEY]: true });
    expect(gateOnPhone('#/p/B123', ['fr'])).toMatchObject({ header: true });
    expect(document.documentElement.classList.contains(KIOSK_START_CLASS)).toBe(false);
  });
});

describe('the second inline script, on a plan’s address', () => {
  /** The built page's #root, the gate run for `hash` on a phone in `languages`, then the placer. */
  function builtPageOnPhone(hash: string, languages: string[]): HTMLElement {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(languages);
    runGate(hash);
    const root = document.createElement('div');
    root.innerHTML = `<div class="prerender" inert>${renderHome()}</div><template id="${KIOSK_START_TEMPLATE_ID}"><div class="prerender-kiosk" inert>${renderKioskStart()}</div></template>`;
    document.body.replaceChildren(root);
    new Function(firstScreenPlacer(readingSwitchLabels()))();
    return root;
  }
  const switchLabel = (root: HTMLElement) => root.querySelector('.prerender .app-header .toggle')?.textContent;
  afterEach(() => {
    document.body.replaceChildren();
    document.documentElement.lang = 'fr';
    document.documentElement.dir = 'ltr';
  });

  it('writes the reading switch’s label in the plan’s language, as the app will write it', async () => {
    for (const lang of LANGUAGES.map((l) => l.id)) {
      const pack = lang === 'fr' ? null : await LANGUAGE_PACKS[lang]();
      const t = createTranslator(pack?.messages ?? fr, 'std', lang);
      expect(switchLabel(builtPageOnPhone('#/p/B123', [lang])), lang).toBe(t('settings.readingMode'));
    }
    expect(switchLabel(builtPageOnPhone('#/p/B123', ['ar']))).not.toBe('Lecture facile');
  });

  it('leaves the built home as it is on any other address', () => {
    for (const hash of ['', '#/accompagner', '#/borne']) expect(switchLabel(builtPageOnPhone(hash, ['en'])), hash).toBe('Lecture facile');
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
