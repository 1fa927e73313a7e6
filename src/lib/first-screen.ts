/**
 * The home screen is in the built page itself (vite.config.ts, `prerenderedHome`): a cheap
 * tablet draws it as soon as the HTML and the stylesheet are in, instead of after React and
 * the start-up code have been downloaded and run (issue 15, the home's LCP). It is the French,
 * standard-wording home; it must not flash before another screen. So the page's first script,
 * inline in <head>, hides it unless the address is the home's and the device starts on the
 * default home screen.
 *
 * IndexedDB cannot be read before the first paint, so the three start-up settings
 * (setting-keys.ts) are mirrored in localStorage under one key: written when they are saved
 * (dexie-repository.ts) and at every start from what IndexedDB holds (main.tsx), so a mirror
 * that went stale (a restored backup, a wiped database) is right again at the next start.
 * No personal data: a language, a reading mode, whether the device is a kiosk; and nothing at
 * all on a device that keeps the defaults.
 */
import { BOOT_DEFAULTS, BOOT_SETTING_KEYS } from './setting-keys';

export const FIRST_SCREEN_KEY = 'passerelle.firstScreen';

/** The class the gate puts on <html> when the built-in home must not show. */
export const NO_PRERENDER_CLASS = 'no-prerender';

const DEFAULTS: Readonly<Record<string, unknown>> = BOOT_DEFAULTS;

/**
 * The inline script (its SHA-256 is allowed by the Content-Security-Policy). The built-in home
 * shows on the home's address (no fragment, `#` or `#/`) when each mirrored setting is absent
 * or its default. Anything unreadable hides it: the app then draws its first screen as it
 * always did.
 */
export const FIRST_SCREEN_GATE =
  `(function(){var show=false;try{var h=location.hash;if(h===''||h==='#'||h==='#/'){` +
  `var s=localStorage.getItem(${JSON.stringify(FIRST_SCREEN_KEY)});var v=s===null?{}:JSON.parse(s);var d=${JSON.stringify(DEFAULTS)};` +
  `show=!!v&&typeof v==='object'&&!Array.isArray(v);for(var k in d)if(show&&v[k]!==undefined&&v[k]!==d[k])show=false}}catch(e){show=false}` +
  `if(!show)document.documentElement.classList.add(${JSON.stringify(NO_PRERENDER_CLASS)})})()`;

const BOOT_KEYS: readonly string[] = BOOT_SETTING_KEYS;

function readMirror(): Record<string, unknown> {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(FIRST_SCREEN_KEY) ?? '{}');
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** Only what differs from the defaults is kept: a device on the defaults stores nothing. */
function writeMirror(values: Record<string, unknown>): void {
  const kept = Object.fromEntries(Object.entries(values).filter(([key, value]) => key in DEFAULTS && value !== undefined && value !== DEFAULTS[key]));
  try {
    if (Object.keys(kept).length === 0) localStorage.removeItem(FIRST_SCREEN_KEY);
    else localStorage.setItem(FIRST_SCREEN_KEY, JSON.stringify(kept));
  } catch {
    // No localStorage (or full): the mirror stays as it was; the next start writes it again.
  }
}

/** At start, from the settings read in IndexedDB: the mirror becomes exactly those. */
export function mirrorBootSettings(settings: Record<string, unknown>): void {
  writeMirror(Object.fromEntries(BOOT_KEYS.map((key) => [key, settings[key]])));
}

/** When a setting is saved on the device: only the three start-up settings are mirrored. */
export function mirrorSavedSetting(key: string, value: unknown): void {
  if (!BOOT_KEYS.includes(key)) return;
  writeMirror({ ...readMirror(), [key]: value });
}
