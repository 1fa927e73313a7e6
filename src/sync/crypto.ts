/**
 * End-to-end encryption of the synced documents (docs/decisions/2026-12-01-sync.md).
 * The server stores only `{ _id, _rev, v, iv, ct }`: the key is derived on each device from
 * the structure passphrase and never leaves it (stored as a non-extractable CryptoKey).
 */

import { fromBase64, toBase64 } from '../lib/base64';
import { passphraseBits, PBKDF2_ITERATIONS } from '../lib/passphrase-kdf';

export { PBKDF2_ITERATIONS };
export const KEY_DOC_ID = 'passerelle-key';
const KEY_CHECK_TEXT = 'passerelle: the structure passphrase is right';
/** Plaintexts are padded to a multiple of this, so a ciphertext's length tells little about the file. */
const PAD_TO = 512;

export interface Sealed {
  v: 1;
  iv: string;
  ct: string;
}

/** The one document the server holds in a readable shape: how to derive the key, and a check. */
export interface KeyDocument {
  _id: typeof KEY_DOC_ID;
  _rev?: string;
  kdf: 'PBKDF2-SHA-256';
  iterations: number;
  salt: string;
  check: Sealed;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export async function deriveKey(passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations = PBKDF2_ITERATIONS): Promise<CryptoKey> {
  // Trimmed: a passphrase copied from paper often carries a space. The 256 bits are the
  // AES-GCM key itself (what deriveKey would make), kept non-extractable.
  const bits = await passphraseBits(passphrase.normalize('NFC').trim(), salt, iterations);
  return crypto.subtle.importKey('raw', bits, { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
}

/** The document id is the additional data: a ciphertext moved to another id no longer opens. */
export async function seal(key: CryptoKey, id: string, value: unknown): Promise<Sealed> {
  const json = JSON.stringify(value);
  const padded = json + ' '.repeat((PAD_TO - (encoder.encode(json).length % PAD_TO)) % PAD_TO);
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const ct = await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: encoder.encode(id) }, key, encoder.encode(padded));
  return { v: 1, iv: toBase64(iv), ct: toBase64(new Uint8Array(ct)) };
}

export class WrongKeyError extends Error {
  constructor() {
    super('This document was not encrypted with this key');
    this.name = 'WrongKeyError';
  }
}

export async function open<T = unknown>(key: CryptoKey, id: string, sealed: Sealed): Promise<T> {
  let plain: ArrayBuffer;
  try {
    plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: fromBase64(sealed.iv), additionalData: encoder.encode(id) }, key, fromBase64(sealed.ct));
  } catch {
    throw new WrongKeyError();
  }
  return JSON.parse(decoder.decode(plain)) as T;
}

/** Made by the structure's first device; every other device checks its passphrase against it. */
export async function createKeyDocument(passphrase: string, iterations = PBKDF2_ITERATIONS): Promise<{ doc: KeyDocument; key: CryptoKey }> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const key = await deriveKey(passphrase, salt, iterations);
  const doc: KeyDocument = { _id: KEY_DOC_ID, kdf: 'PBKDF2-SHA-256', iterations, salt: toBase64(salt), check: await seal(key, KEY_DOC_ID, KEY_CHECK_TEXT) };
  return { doc, key };
}

/** The key when the passphrase is the structure's; WrongKeyError otherwise. */
export async function keyFromDocument(passphrase: string, doc: KeyDocument): Promise<CryptoKey> {
  const key = await deriveKey(passphrase, fromBase64(doc.salt), doc.iterations);
  if ((await open<string>(key, KEY_DOC_ID, doc.check)) !== KEY_CHECK_TEXT) throw new WrongKeyError();
  return key;
}

/** Short French words, easy to write down and to type: 6 of 256 give 48 bits, and PBKDF2's
 * 600,000 rounds make each guess cost as much as ~2^19 hashes. */
const WORDS = (
  'abri acier agile aigle album algue amande ancre angle anis arbre arche argile astre atlas aube ' +
  'avion azur badge baie balai banane barque basson bateau baume berge bison bleuet bocal bois bonbon ' +
  'bouee bougie boule brise brume bulle cabane cactus cadre caillou calme camion canal canard canne cape ' +
  'carafe carton castor cerise chalet chat chene cheval chou cible cidre cigale citron clairon cloche clou ' +
  'cobalt cocon colibri comete compas corail corde coton coude crabe craie crayon crepe cristal cube cuivre ' +
  'cygne dahlia dauphin delta dentelle desert diamant disque dune ecorce ecume eglantier elan email encre ' +
  'epice epi erable escale etoile falaise farine faucon fenouil feuille figue flamme flocon flute foin foret ' +
  'fougere fourmi fraise frene fusee galet gaufre gazelle genet girafe givre glace gland globe gomme gouache ' +
  'grain granit grelot grenade griffon grotte guepe guitare hamac hameau harpe herbe hibou houblon igloo ile ' +
  'iris ivoire jade jardin jasmin jonc jongleur kayak kiwi lagune laine lampe lapin laurier lavande leopard ' +
  'lierre lilas limon lin lion loutre lucarne lune lynx magnolia mais manege marron mascotte melon menthe ' +
  'meteore miel mimosa miroir moulin mousse muguet myrtille navire neige noisette nuage oasis ocean olive ' +
  'ombre onde opale orage orange orchidee orge otarie ours pagaie paille palmier panda papillon parasol ' +
  'pastel pavot pelican perle phare piano pigeon pin pinceau pivoine plage plume poivre pomme pont prairie ' +
  'prune puits quartz radis raisin rameau renard requin rivage roc rose rosee roseau rubis ruche sable safran ' +
  'sapin saule serin silex sirop soleil source sucre tambour tilleul tortue toupie trefle tulipe vague valse yaourt zebre'
).split(' ');

export function generatePassphrase(words = 6): string {
  const picks = crypto.getRandomValues(new Uint8Array(words));
  return [...picks].map((n) => WORDS[n % WORDS.length]).join(' ');
}


