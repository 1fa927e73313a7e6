import { describe, expect, it } from 'vitest';
import { createKeyDocument, deriveKey, generatePassphrase, keyFromDocument, open, seal, WrongKeyError, PBKDF2_ITERATIONS } from '../../src/sync/crypto';

// A low count keeps these tests fast; one test checks the real default.
const FAST = 1_000;
const salt = new Uint8Array(16).fill(7);

describe('the structure key and the encrypted documents', () => {
  it('opens what it sealed, and the ciphertext contains nothing readable', async () => {
    const key = await deriveKey('cerise phare loutre', salt, FAST);
    const file = { nickname: 'Zoé', answers: { situation: 'demandeur-emploi' } };
    const sealed = await seal(key, 'doc-1', file);
    expect(await open(key, 'doc-1', sealed)).toEqual(file);
    const stored = JSON.stringify(sealed);
    expect(stored).not.toContain('Zoé');
    expect(stored).not.toContain('demandeur');
    expect(Object.keys(sealed).sort()).toEqual(['ct', 'iv', 'v']);
  });

  it('pads ciphertexts so that short and longer files have the same length', async () => {
    const key = await deriveKey('cerise phare loutre', salt, FAST);
    const short = await seal(key, 'a', { n: 'Al' });
    const longer = await seal(key, 'a', { n: 'Alexandra-Marie' });
    expect(short.ct.length).toBe(longer.ct.length);
  });

  it('uses a fresh IV each time: the same file sealed twice gives two ciphertexts', async () => {
    const key = await deriveKey('x', salt, FAST);
    const a = await seal(key, 'a', { n: 1 });
    const b = await seal(key, 'a', { n: 1 });
    expect(a.iv).not.toBe(b.iv);
    expect(a.ct).not.toBe(b.ct);
  });

  it('refuses another passphrase, and a ciphertext moved to another document id', async () => {
    const key = await deriveKey('cerise phare loutre', salt, FAST);
    const other = await deriveKey('cerise phare loutres', salt, FAST);
    const sealed = await seal(key, 'doc-1', { n: 1 });
    await expect(open(other, 'doc-1', sealed)).rejects.toBeInstanceOf(WrongKeyError);
    await expect(open(key, 'doc-2', sealed)).rejects.toBeInstanceOf(WrongKeyError);
  });

  it('checks a passphrase against the key document of the structure', async () => {
    const { doc, key } = await createKeyDocument('galet  prune', FAST);
    expect(doc.iterations).toBe(FAST);
    expect(JSON.stringify(doc)).not.toContain('galet');
    // The same passphrase typed with other spaces around or in another Unicode form opens it.
    const again = await keyFromDocument(' galet  prune ', doc);
    expect(await open(again, 'x', await seal(key, 'x', 'ok'))).toBe('ok');
    await expect(keyFromDocument('galet prune', doc)).rejects.toBeInstanceOf(WrongKeyError);
  });

  it('derives with 600,000 PBKDF2-SHA-256 rounds by default', async () => {
    expect(PBKDF2_ITERATIONS).toBe(600_000);
    const { doc } = await createKeyDocument('une phrase');
    expect(doc).toMatchObject({ kdf: 'PBKDF2-SHA-256', iterations: 600_000 });
    expect(atob(doc.salt)).toHaveLength(16);
  });

  it('proposes passphrases of six words from a list of 256', () => {
    const phrases = new Set(Array.from({ length: 50 }, () => generatePassphrase()));
    expect(phrases.size).toBe(50);
    for (const phrase of phrases) expect(phrase.split(' ')).toHaveLength(6);
  });
});
