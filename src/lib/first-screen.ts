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
import { BOOT_DEFAULTS, BOOT_SETTING_KEYS, KIOSK_ACTIVE_KEY, LANG_KEY } from './setting-keys';
import { FALLBACK_LANG, LANGUAGES } from '../messages/language-list';

export const FIRST_SCREEN_KEY = 'passerelle.firstScreen';

/** The class the gate puts on <html> when the built-in home must not show. */
export const NO_PRERENDER_CLASS = 'no-prerender';

const DEFAULTS: Readonly<Record<string, unknown>> = BOOT_DEFAULTS;

/** The class the gate puts on <html> when a kiosk restarts: its start screen, also written into
 * the built page, shows until the live one takes its place (main.tsx waits for the kiosk's code,
 * storage and settings before the first render, so that render is that start screen). */
export const KIOSK_START_CLASS = 'kiosk-start';

/** The class the gate puts on <html> on a plan's address (from its QR code): the built page shows
 * the header's name only, at once, while the plan is decoded and drawn (main.tsx waits for both
 * before the first render, so that render is the plan). The gate also gives <html> the language
 * and direction the plan will have (main.tsx: the phone's first language Passerelle speaks), so
 * that on a phone in Arabic the name is drawn on the right from the start. */
export const PLAN_START_CLASS = 'plan-start';

/** Each language's writing direction, for the gate (which makes preferredLanguage's choice). */
const DIRECTIONS = Object.fromEntries(LANGUAGES.map((l) => [l.id, l.dir]));

/**
 * The inline script (its SHA-256 is allowed by the Content-Security-Policy). The built-in home
 * shows on the home's address (no fragment, `#` or `#/`) when each mirrored setting is absent
 * or its default. The built-in kiosk start screen shows on any address but a plan's from its QR
 * code (a kiosk comes back to its start screen from anywhere) when the mirror says the device is
 * a kiosk in French; `data-kiosk` is set at once, so the app's header never shows behind it.
 * Anything unreadable hides both: the app then draws its first screen as it always did. On a
 * plan's address, the header alone shows (PLAN_START_CLASS), in the plan's language and direction.
 */
export const FIRST_SCREEN_GATE =
  `(function(){var show=false,kiosk=false;try{var h=location.hash;` +
  `var s=localStorage.getItem(${JSON.stringify(FIRST_SCREEN_KEY)});var v=s===null?{}:JSON.parse(s);var d=${JSON.stringify(DEFAULTS)};` +
  `var ok=!!v&&typeof v==='object'&&!Array.isArray(v);` +
  `kiosk=ok&&v[${JSON.stringify(KIOSK_ACTIVE_KEY)}]===true&&(v[${JSON.stringify(LANG_KEY)}]===undefined||v[${JSON.stringify(LANG_KEY)}]===d[${JSON.stringify(LANG_KEY)}])&&h.indexOf('#/p/')!==0;` +
  `if(h===''||h==='#'||h==='#/'){show=ok;for(var k in d)if(show&&v[k]!==undefined&&v[k]!==d[k])show=false}}catch(e){show=false;kiosk=false}` +
  `var r=document.documentElement;if(!show)r.classList.add(${JSON.stringify(NO_PRERENDER_CLASS)});` +
  `try{if(h.indexOf('#/p/')===0){var dirs=${JSON.stringify(DIRECTIONS)},l=navigator.languages||[],lang=${JSON.stringify(FALLBACK_LANG)};` +
  `for(var i=0;i<l.length;i++){var p=String(l[i]).toLowerCase().split('-')[0];if(Object.prototype.hasOwnProperty.call(dirs,p)){lang=p;break}}` +
  `r.lang=lang;r.dir=dirs[lang];r.classList.add(${JSON.stringify(PLAN_START_CLASS)})}}catch(e){}` +
  `if(kiosk){r.classList.add(${JSON.stringify(KIOSK_START_CLASS)});r.setAttribute('data-kiosk','on')}})()`;

/** Where the built page keeps the kiosk's start screen: a <template>, so that on any other
 * device its markup is not in the page at all (one h1 only, no second set of buttons). */
export const KIOSK_START_TEMPLATE_ID = 'kiosk-start';

/**
 * The second inline script (allowed by its hash too), right after that template inside #root:
 * when the gate said a kiosk restarts, it puts the start screen in the page in place of the
 * (hidden) home, before the first paint: one first screen in the page, whichever it is. On a
 * plan's address, it writes the reading switch's label in the language the gate chose
 * (`labels`: the standard wording, src/lib/first-screen-labels.ts): the switch is hidden there
 * until the app takes over, but its width decides whether the header wraps on a phone, so the
 * header keeps the live one's height. React's first render clears #root, the script with it.
 */
export function firstScreenPlacer(labels: Readonly<Record<string, string>>): string {
  return (
    `(function(){var r=document.documentElement;var t=document.getElementById(${JSON.stringify(KIOSK_START_TEMPLATE_ID)});` +
    `if(t&&r.classList.contains(${JSON.stringify(KIOSK_START_CLASS)})){var h=document.querySelector('.prerender');if(h)h.remove();t.replaceWith(t.content)}` +
    `var l=${JSON.stringify(labels)},b=document.querySelector('.prerender .app-header .toggle');` +
    `if(b&&b.lastChild&&r.classList.contains(${JSON.stringify(PLAN_START_CLASS)})&&Object.prototype.hasOwnProperty.call(l,r.lang))b.lastChild.textContent=l[r.lang]})()`
  );
}

/** Whether the gate showed the built-in kiosk start screen. */
export function kioskStartShown(): boolean {
  return document.documentElement.classList.contains(KIOSK_START_CLASS);
}

/** At start, once IndexedDB has said what the device is: the built-in kiosk start screen goes
 * when the mirror was wrong (the live first screen is not the kiosk's). */
export function leaveKioskStart(): void {
  if (!kioskStartShown()) return;
  const root = document.documentElement;
  root.classList.remove(KIOSK_START_CLASS);
  delete root.dataset.kiosk;
  for (const placed of document.querySelectorAll('.prerender-kiosk')) placed.remove();
}

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
