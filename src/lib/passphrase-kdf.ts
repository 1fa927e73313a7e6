/**
 * The one passphrase stretch shared by the encrypted backup (backup-format.ts) and the sync key
 * (src/sync/crypto.ts): PBKDF2-HMAC-SHA-256 over the NFC form, so the same passphrase typed on
 * two keyboards gives the same bytes. Each caller turns the 256 bits into its own keys.
 */

/** OWASP's 2023 figure for PBKDF2-HMAC-SHA256; about half a second on a cheap tablet. Stored
 * with each salt, so it can be raised later. */
export const PBKDF2_ITERATIONS = 600_000;

const encoder = new TextEncoder();

export async function passphraseBits(passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<ArrayBuffer> {
  const material = await crypto.subtle.importKey('raw', encoder.encode(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveBits']);
  return crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, material, 256);
}
