import { describe, expect, it } from 'vitest';
import { MemoryRepository } from '../../../src/db';
import { hashPin } from '../../../src/lib/pin';
import { loadKioskConfig, loadKioskConfigAhead, loadPinLock, takeKioskConfigAhead } from '../../../src/features/kiosk/kiosk-settings';

describe('the kiosk configuration kept by staff', () => {
  it('starts with no PIN, kiosk mode off, and the default delays of 90 s and 30 s', async () => {
    const { settings } = new MemoryRepository();
    expect(await loadKioskConfig(settings)).toEqual({ pin: undefined, active: false, idleSeconds: 90, warningSeconds: 30 });
    expect(await loadPinLock(settings)).toEqual({ failures: 0, lockedUntil: 0 });
  });

  it('reads the delays set by staff, and falls back to the defaults for values out of range', async () => {
    const { settings } = new MemoryRepository();
    await settings.set('kiosk.idleSeconds', 45);
    await settings.set('kiosk.warningSeconds', 500);
    const config = await loadKioskConfig(settings);
    expect([config.idleSeconds, config.warningSeconds]).toEqual([45, 30]);
  });

  it('never counts kiosk mode as on without a valid PIN hash (else no one could leave it)', async () => {
    const { settings } = new MemoryRepository();
    await settings.set('kiosk.active', true);
    await settings.set('kiosk.pin', { algorithm: 'PBKDF2-SHA-256', salt: 'x' });
    expect((await loadKioskConfig(settings)).active).toBe(false);
    await settings.set('kiosk.pin', await hashPin('2468'));
    expect((await loadKioskConfig(settings)).active).toBe(true);
  });
});

describe('the kiosk configuration read while the app starts', () => {
  it('is given once, to the screen of the same storage only: a later visit reads staff’s changes', async () => {
    const { settings } = new MemoryRepository();
    await settings.set('kiosk.idleSeconds', 45);
    await loadKioskConfigAhead(settings);
    expect(takeKioskConfigAhead(new MemoryRepository().settings)).toBeNull();

    await loadKioskConfigAhead(settings);
    expect(takeKioskConfigAhead(settings)?.idleSeconds).toBe(45);
    expect(takeKioskConfigAhead(settings)).toBeNull();
  });
});
