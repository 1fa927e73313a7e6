import { describe, expect, it } from 'vitest';
import {
  afterFailure,
  hashPin,
  isValidPin,
  lockoutDelayMs,
  MAX_DELAY_MS,
  NO_LOCK,
  PIN_ITERATIONS,
  remainingLockMs,
  verifyPin,
  type PinLock,
} from '../../src/lib/pin';

describe('the staff PIN hash', () => {
  it('accepts 4 to 8 digits only', () => {
    expect(['1234', '12345678', '0000'].every(isValidPin)).toBe(true);
    expect(['123', '123456789', '12a4', ' 1234', '１２３４', ''].some(isValidPin)).toBe(false);
  });

  it('keeps a salted PBKDF2 hash, never the PIN itself', async () => {
    const record = await hashPin('4821');
    expect(record.algorithm).toBe('PBKDF2-SHA-256');
    expect(record.iterations).toBeGreaterThanOrEqual(100_000);
    expect(record.iterations).toBe(PIN_ITERATIONS);
    expect(atob(record.salt)).toHaveLength(16);
    expect(atob(record.hash)).toHaveLength(32);
    expect(JSON.stringify(record)).not.toContain('4821');
  });

  it('gives two different records for the same PIN (random salt)', async () => {
    const a = await hashPin('4821');
    const b = await hashPin('4821');
    expect(a.salt).not.toBe(b.salt);
    expect(a.hash).not.toBe(b.hash);
    expect(await verifyPin('4821', a)).toBe(true);
    expect(await verifyPin('4821', b)).toBe(true);
  });

  it('verifies the right PIN and refuses a wrong or malformed one', async () => {
    const record = await hashPin('90817263');
    expect(await verifyPin('90817263', record)).toBe(true);
    expect(await verifyPin('90817264', record)).toBe(false);
    expect(await verifyPin('9081726', record)).toBe(false);
    expect(await verifyPin('', record)).toBe(false);
  });

  it('refuses everything against a damaged record', async () => {
    const record = await hashPin('1234');
    expect(await verifyPin('1234', { ...record, hash: btoa('x'.repeat(32)) })).toBe(false);
    expect(await verifyPin('1234', { ...record, salt: btoa('y'.repeat(16)) })).toBe(false);
    expect(await verifyPin('1234', null as never)).toBe(false);
  });

  it('refuses to hash a PIN that is not 4 to 8 digits', async () => {
    await expect(hashPin('12')).rejects.toThrow();
  });
});

describe('the growing delay after wrong PINs', () => {
  it('lets two typos pass, then waits 5 s after the third failure, doubling each time', () => {
    expect([0, 1, 2, 3, 4, 5, 6].map(lockoutDelayMs)).toEqual([0, 0, 0, 5_000, 10_000, 20_000, 40_000]);
  });

  it('never makes staff wait more than 15 minutes', () => {
    expect(lockoutDelayMs(40)).toBe(MAX_DELAY_MS);
    expect(lockoutDelayMs(1000)).toBe(MAX_DELAY_MS);
  });

  it('locks attempts until the delay has passed, counting down', () => {
    let lock: PinLock = NO_LOCK;
    const t0 = 1_000_000;
    lock = afterFailure(lock, t0);
    lock = afterFailure(lock, t0);
    expect(remainingLockMs(lock, t0)).toBe(0);
    lock = afterFailure(lock, t0);
    expect(lock.failures).toBe(3);
    expect(remainingLockMs(lock, t0)).toBe(5_000);
    expect(remainingLockMs(lock, t0 + 4_000)).toBe(1_000);
    expect(remainingLockMs(lock, t0 + 5_000)).toBe(0);
    lock = afterFailure(lock, t0 + 5_000);
    expect(remainingLockMs(lock, t0 + 5_000)).toBe(10_000);
  });
});
