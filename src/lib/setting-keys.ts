/**
 * The device settings read before the first screen (src/boot-read.ts), named once for every
 * feature that writes or reads them. Plain strings, in a module that imports nothing, so that
 * reading them can start before React and the rest of the start-up code are evaluated.
 */
export const READING_MODE_KEY = 'readingMode';
export const LANG_KEY = 'lang';
/** On while the device is a kiosk: any address opens the kiosk's start screen. */
export const KIOSK_ACTIVE_KEY = 'kiosk.active';

export const BOOT_SETTING_KEYS = [READING_MODE_KEY, LANG_KEY, KIOSK_ACTIVE_KEY] as const;

/** What a device starts on when none of them is set: standard wording, French, no kiosk. The
 * home screen written into the built page is drawn with these (src/prerender.tsx). */
export const BOOT_DEFAULTS = { [READING_MODE_KEY]: 'std', [LANG_KEY]: 'fr', [KIOSK_ACTIVE_KEY]: false } as const;
