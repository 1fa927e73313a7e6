import { readBootSettings } from './db/boot-settings';
import { BOOT_SETTING_KEYS } from './lib/setting-keys';

/**
 * Imported first by main.tsx: the few settings the first screen depends on are asked of
 * IndexedDB while React and the app's start-up code are still being evaluated (about 200 ms on
 * a slow tablet), instead of after (issue 15: the home screen's LCP). A plan opened from its QR
 * code reads nothing of the device.
 */
export const bootSettings: Promise<Record<string, unknown>> = window.location.hash.startsWith('#/p/')
  ? Promise.resolve({})
  : readBootSettings(BOOT_SETTING_KEYS);
