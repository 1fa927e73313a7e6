/**
 * The kiosk's staff PIN. Only a salted, slow hash is kept in the settings (Web Crypto
 * PBKDF2-SHA-256), so the code cannot be read off the device's storage.
 *
 * A 4–8 digit code has at most 10^8 values: the hash alone would not stop someone holding a
 * copy of the database. At the screen, the real defence is `lockoutDelayMs` (a growing wait
 * after repeated failures); the iteration count keeps each guess costly without making the
 * staff wait on a slow kiosk PC (about 0.1–0.3 s).
 */
import { fromBase64, toBase64 } from './base64';

export const PIN_PATTERN = /^\d{4,8}$/;
export const PIN_ITERATIONS = 210_000;
const SALT_BYTES = 16;
const HASH_BITS = 256;

export interface PinHash {
  algorithm: 'PBKDF2-SHA-256';
  iterations: number;
  /** base64 */
  salt: string;
  /** base64 */
  hash: string;
}

export function isValidPin(pin: string): boolean {
  return PIN_PATTERN.test(pin);
}

async function derive(pin: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, key, HASH_BITS);
  return new Uint8Array(bits);
}

/** Hashes a PIN with a fresh random salt: the same PIN never gives the same record twice. */
export async function hashPin(pin: string, iterations = PIN_ITERATIONS): Promise<PinHash> {
  if (!isValidPin(pin)) throw new Error('A PIN is 4 to 8 digits');
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const hash = await derive(pin, salt, iterations);
  return { algorithm: 'PBKDF2-SHA-256', iterations, salt: toBase64(salt), hash: toBase64(hash) };
}

/** Compares every byte whatever the first difference, so timing tells nothing. */
function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i++) difference |= a[i]! ^ b[i]!;
  return difference === 0;
}

export function isPinHash(value: unknown): value is PinHash {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    v.algorithm === 'PBKDF2-SHA-256' &&
    typeof v.iterations === 'number' &&
    v.iterations > 0 &&
    typeof v.salt === 'string' &&
    typeof v.hash === 'string'
  );
}

export async function verifyPin(pin: string, stored: PinHash): Promise<boolean> {
  if (!isValidPin(pin) || !isPinHash(stored)) return false;
  const hash = await derive(pin, fromBase64(stored.salt), stored.iterations);
  return sameBytes(hash, fromBase64(stored.hash));
}

/** Failed attempts so far and, after too many, until when new attempts are refused. */
export interface PinLock {
  failures: number;
  lockedUntil: number;
}

export const NO_LOCK: PinLock = { failures: 0, lockedUntil: 0 };
export const FREE_ATTEMPTS = 2;
export const FIRST_DELAY_MS = 5_000;
export const MAX_DELAY_MS = 15 * 60_000;

/** The wait imposed after `failures` consecutive wrong PINs: none for the first two (a typo),
 * then 5 s after the third, doubling each time, at most 15 minutes. */
export function lockoutDelayMs(failures: number): number {
  if (failures <= FREE_ATTEMPTS) return 0;
  return Math.min(FIRST_DELAY_MS * 2 ** (failures - FREE_ATTEMPTS - 1), MAX_DELAY_MS);
}

export function afterFailure(lock: PinLock, now: number): PinLock {
  const failures = lock.failures + 1;
  const delay = lockoutDelayMs(failures);
  return { failures, lockedUntil: delay > 0 ? now + delay : 0 };
}

/** Milliseconds left before a new attempt is accepted (0: go ahead). */
export function remainingLockMs(lock: PinLock, now: number): number {
  return Math.max(0, lock.lockedUntil - now);
}

export function isPinLock(value: unknown): value is PinLock {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.failures === 'number' && typeof v.lockedUntil === 'number';
}
