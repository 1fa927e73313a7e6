import type { SettingsRepository } from '../../db';
import { isPinHash, isPinLock, NO_LOCK, type PinHash, type PinLock } from '../../lib/pin';
import { DEFAULT_IDLE_SECONDS, DEFAULT_WARNING_SECONDS } from './idle.machine';
import { KIOSK_ACTIVE_KEY } from './kiosk-lock';

/**
 * What the device keeps about kiosk mode: staff configuration only, never a resident's answer.
 * These are the only keys a kiosk writes, all in the settings table.
 */
export const KIOSK_SETTING_KEYS = {
  pin: 'kiosk.pin',
  active: KIOSK_ACTIVE_KEY,
  idleSeconds: 'kiosk.idleSeconds',
  warningSeconds: 'kiosk.warningSeconds',
  pinLock: 'kiosk.pinLock',
} as const;

export const IDLE_RANGE = { min: 20, max: 600 } as const;
export const WARNING_RANGE = { min: 10, max: 120 } as const;

export interface KioskConfig {
  pin: PinHash | undefined;
  active: boolean;
  idleSeconds: number;
  warningSeconds: number;
}

function secondsIn(value: unknown, range: { min: number; max: number }, fallback: number): number {
  return typeof value === 'number' && Number.isInteger(value) && value >= range.min && value <= range.max ? value : fallback;
}

export async function loadKioskConfig(settings: SettingsRepository): Promise<KioskConfig> {
  const [pin, active, idle, warning] = await Promise.all([
    settings.get<unknown>(KIOSK_SETTING_KEYS.pin),
    settings.get<unknown>(KIOSK_SETTING_KEYS.active),
    settings.get<unknown>(KIOSK_SETTING_KEYS.idleSeconds),
    settings.get<unknown>(KIOSK_SETTING_KEYS.warningSeconds),
  ]);
  return {
    pin: isPinHash(pin) ? pin : undefined,
    active: active === true && isPinHash(pin),
    idleSeconds: secondsIn(idle, IDLE_RANGE, DEFAULT_IDLE_SECONDS),
    warningSeconds: secondsIn(warning, WARNING_RANGE, DEFAULT_WARNING_SECONDS),
  };
}

/** Read while the app starts on a kiosk (src/app/kiosk.tsx, `warm`), for its first render. */
let ahead: { settings: SettingsRepository; config: KioskConfig } | null = null;

export async function loadKioskConfigAhead(settings: SettingsRepository): Promise<void> {
  ahead = { settings, config: await loadKioskConfig(settings) };
}

/** The configuration read ahead for these settings, once: a later visit reads the storage again,
 * since staff may have changed it since. */
export function takeKioskConfigAhead(settings: SettingsRepository): KioskConfig | null {
  const taken = ahead?.settings === settings ? ahead.config : null;
  ahead = null;
  return taken;
}

export async function loadPinLock(settings: SettingsRepository): Promise<PinLock> {
  const lock = await settings.get<unknown>(KIOSK_SETTING_KEYS.pinLock);
  return isPinLock(lock) ? lock : NO_LOCK;
}
