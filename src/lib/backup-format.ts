/**
 * The encrypted backup envelope (docs/decisions/2026-12-01-backup.md). A JSON text whose clear
 * header says only what is needed to decrypt it (format, version, KDF and cipher parameters,
 * the ciphertext's length) and carries nothing about the residents. The header is bound to the
 * ciphertext as AES-GCM additional data, and a passphrase check (HMAC of the header under a key
 * derived beside the encryption key) tells a wrong passphrase from a damaged file.
 *
 * Web Crypto only: PBKDF2-SHA-256 → HKDF-SHA-256 → { AES-256-GCM key, HMAC-SHA-256 key }.
 */

import { fromBase64, toBase64 } from './base64';
import { passphraseBits, PBKDF2_ITERATIONS } from './passphrase-kdf';

export { PBKDF2_ITERATIONS };

export const BACKUP_FORMAT = 'passerelle.backup';
export const BACKUP_VERSION = 1;
/** Refuse headers asking for less (a downgraded file) or for a denial of service. */
const MIN_ITERATIONS = 100_000;
const MAX_ITERATIONS = 10_000_000;
export const BACKUP_MAX_BYTES = 100_000_000;

export type BackupOpenError = 'notBackup' | 'truncated' | 'newer' | 'damaged' | 'wrongPassphrase' | 'tooLarge';

export class BackupError extends Error {
  constructor(readonly code: BackupOpenError) {
    super(`Backup cannot be opened: ${code}`);
    this.name = 'BackupError';
  }
}

interface Header {
  format: typeof BACKUP_FORMAT;
  version: number;
  kdf: { name: 'PBKDF2'; hash: 'SHA-256'; iterations: number; salt: string };
  cipher: { name: 'AES-GCM'; iv: string };
  /** Bytes of ciphertext (tag included): a cut file is told apart from a damaged one. */
  length: number;
  /** HMAC-SHA-256 of the header's other fields, under the check key. */
  check: string;
}

const encoder = new TextEncoder();

/** The authenticated bytes: every header field but the check, in a fixed order. */
function headerBytes(h: Omit<Header, 'check'>): Uint8Array<ArrayBuffer> {
  return encoder.encode(
    JSON.stringify([h.format, h.version, h.kdf.name, h.kdf.hash, h.kdf.iterations, h.kdf.salt, h.cipher.name, h.cipher.iv, h.length]),
  );
}

async function deriveKeys(passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations: number) {
  const master = await passphraseBits(passphrase, salt, iterations);
  const hkdf = await crypto.subtle.importKey('raw', master, 'HKDF', false, ['deriveKey']);
  const expand = (info: string) => ({ name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(0), info: encoder.encode(info) });
  const encryption = await crypto.subtle.deriveKey(expand('passerelle backup v1 encryption'), hkdf, { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
  const check = await crypto.subtle.deriveKey(expand('passerelle backup v1 check'), hkdf, { name: 'HMAC', hash: 'SHA-256', length: 256 }, false, ['sign', 'verify']);
  return { encryption, check };
}

/** Encrypts `content` (any JSON value) under the passphrase; returns the backup file's text. */
export async function sealBackup(content: unknown, passphrase: string, iterations = PBKDF2_ITERATIONS): Promise<string> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const keys = await deriveKeys(passphrase, salt, iterations);
  const plain = encoder.encode(JSON.stringify(content));
  const partial = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: toBase64(salt) },
    cipher: { name: 'AES-GCM', iv: toBase64(iv) },
    // AES-GCM adds a 16-byte tag to the plaintext.
    length: plain.length + 16,
  } as const;
  const aad = headerBytes(partial);
  const cipher = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: aad, tagLength: 128 }, keys.encryption, plain));
  const check = new Uint8Array(await crypto.subtle.sign('HMAC', keys.check, aad));
  const header: Header = { ...partial, check: toBase64(check) };
  return JSON.stringify({ ...header, ciphertext: toBase64(cipher) });
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Checks the envelope before any key is derived: each failure has its own reason. */
function readEnvelope(text: string): { header: Header; ciphertext: string } {
  if (text.length > BACKUP_MAX_BYTES) throw new BackupError('tooLarge');
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    // Our files start with the format name; cut short, they no longer parse.
    throw new BackupError(text.trimStart().startsWith(`{"format":"${BACKUP_FORMAT}"`) ? 'truncated' : 'notBackup');
  }
  if (!isObject(raw) || raw.format !== BACKUP_FORMAT || typeof raw.version !== 'number') throw new BackupError('notBackup');
  if (raw.version > BACKUP_VERSION) throw new BackupError('newer');
  const { kdf, cipher, length, check, ciphertext } = raw;
  const valid =
    raw.version === BACKUP_VERSION &&
    isObject(kdf) &&
    kdf.name === 'PBKDF2' &&
    kdf.hash === 'SHA-256' &&
    typeof kdf.iterations === 'number' &&
    Number.isInteger(kdf.iterations) &&
    kdf.iterations >= MIN_ITERATIONS &&
    kdf.iterations <= MAX_ITERATIONS &&
    typeof kdf.salt === 'string' &&
    isObject(cipher) &&
    cipher.name === 'AES-GCM' &&
    typeof cipher.iv === 'string' &&
    typeof length === 'number' &&
    typeof check === 'string' &&
    typeof ciphertext === 'string';
  if (!valid) throw new BackupError('damaged');
  return { header: raw as unknown as Header, ciphertext: ciphertext as string };
}

function decode(text: string): Uint8Array<ArrayBuffer> {
  try {
    return fromBase64(text);
  } catch {
    throw new BackupError('damaged');
  }
}

/** Reads the version of a backup without the passphrase (to refuse a newer one early). */
export function backupVersionOf(text: string): number {
  return readEnvelope(text).header.version;
}

/** Decrypts a backup; throws BackupError with the reason it cannot be opened. */
export async function openBackup(text: string, passphrase: string): Promise<unknown> {
  const { header, ciphertext } = readEnvelope(text);
  const cipher = decode(ciphertext);
  if (cipher.length < header.length) throw new BackupError('truncated');
  if (cipher.length !== header.length) throw new BackupError('damaged');
  const salt = decode(header.kdf.salt);
  const iv = decode(header.cipher.iv);
  const aad = headerBytes(header);
  const keys = await deriveKeys(passphrase, salt, header.kdf.iterations);
  if (!(await crypto.subtle.verify('HMAC', keys.check, decode(header.check), aad))) throw new BackupError('wrongPassphrase');
  let plain: ArrayBuffer;
  try {
    plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv, additionalData: aad, tagLength: 128 }, keys.encryption, cipher);
  } catch {
    throw new BackupError('damaged');
  }
  try {
    return JSON.parse(new TextDecoder().decode(plain));
  } catch {
    throw new BackupError('damaged');
  }
}
