/**
 * The contacts a printed plan names, carried beside the plan in its QR code: the phone that
 * opens it has no address book. `#/p/<plan payload>.<contacts>`: the plan part is untouched
 * (src/payload/index.ts), so every code printed before opens as it did, and a code without the
 * second part shows the catalogue's contacts as before.
 *
 * Contacts part = « 1 » (layout) + base64url(UTF-8 JSON [[type, name, address, commune, phone,
 * e-mail, hours, permanences], …]) + « . » + an FNV-1a checksum in base 36. Only what a resident
 * needs to go there; never the staff's note. A damaged part makes the whole code « abîmé »,
 * like a damaged plan part: a wrong address is worse than none.
 * See docs/decisions/2026-12-01-local-contacts-in-qr.md.
 */
import type { ChosenContact, PublicContact } from '../lib/contacts';

export const CONTACTS_SEPARATOR = '.';
const LAYOUT = '1';
const FIELDS = ['name', 'address', 'commune', 'phone', 'email', 'openingHours', 'permanences'] as const;
/** Longer texts are cut: the QR code must stay readable from paper. */
const MAX_FIELD = 120;
const MAX_CONTACTS = 16;

export type SharedContacts = Record<string, PublicContact>;

const fnv1a = (text: string): string => {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
};

const toBase64Url = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
const fromBase64Url = (text: string) => {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) throw new Error('base64url');
  return Uint8Array.from(atob(text.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0));
};

/** The first address-book entry of each type the plan names (the catalogue's are not carried). */
export function contactsToShare(typeIds: Iterable<string>, choose: (typeId: string) => ChosenContact): SharedContacts {
  const out: SharedContacts = {};
  for (const typeId of new Set(typeIds)) {
    const chosen = choose(typeId);
    if (chosen.kind === 'local' && chosen.entries[0]) out[typeId] = chosen.entries[0];
  }
  return out;
}

/**
 * The contacts part stays within this many characters (measured: QR version 14 at most with
 * the plan, against 9 without: docs/decisions/2026-12-01-local-contacts-in-qr.md). When the contacts do not
 * fit with every field, they travel with name, address, town and phone only; then the later
 * ones are left out (the phone shows the catalogue's contacts for those).
 */
export const MAX_CONTACTS_PART = 300;
/** Hours and drop-in times travel only while the part stays this short. */
const FULL_FIELDS_PART = 200;
const SHORT_FIELDS = 4;

function encodeRows(contacts: [string, PublicContact][], fieldCount: number): string {
  const rows = contacts.map(([type, c]) => {
    const row: string[] = [type, ...FIELDS.slice(0, fieldCount).map((f) => (c[f] ?? '').slice(0, MAX_FIELD))];
    while (row.length > 2 && row[row.length - 1] === '') row.pop();
    return row;
  });
  const body = toBase64Url(new TextEncoder().encode(JSON.stringify(rows)));
  return `${LAYOUT}${body}.${fnv1a(body)}`;
}

/** '' when there is nothing to carry. */
export function encodeContacts(contacts: SharedContacts, budget = MAX_CONTACTS_PART, fullBudget = FULL_FIELDS_PART): string {
  const list = Object.entries(contacts).slice(0, MAX_CONTACTS);
  for (let count = list.length; count > 0; count--) {
    const full = encodeRows(list.slice(0, count), FIELDS.length);
    if (full.length <= Math.min(budget, fullBudget)) return full;
    const short = encodeRows(list.slice(0, count), SHORT_FIELDS);
    if (short.length <= budget) return short;
  }
  return '';
}

/** Throws on anything but a well-formed, intact contacts part. */
export function decodeContacts(part: string): SharedContacts {
  const match = /^1([A-Za-z0-9_-]+)\.([0-9a-z]{1,7})$/.exec(part);
  if (!match || fnv1a(match[1]!) !== match[2]) throw new Error('contacts checksum');
  const rows: unknown = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(fromBase64Url(match[1]!)));
  if (!Array.isArray(rows) || rows.length > MAX_CONTACTS) throw new Error('contacts shape');
  const out: SharedContacts = {};
  for (const row of rows) {
    if (!Array.isArray(row) || row.length < 2 || row.length > FIELDS.length + 1 || !row.every((v) => typeof v === 'string' && v.length <= MAX_FIELD)) throw new Error('contacts row');
    const [type, ...values] = row as string[];
    if (!/^[a-z0-9][a-z0-9-]*$/.test(type!)) throw new Error('contacts type');
    const contact: Record<string, string> = {};
    values.forEach((v, i) => {
      if (v !== '') contact[FIELDS[i]!] = v;
    });
    if (!contact.name) throw new Error('contacts name');
    out[type!] = contact as PublicContact;
  }
  return out;
}

/** Splits `#/p/…` into the plan payload and its contacts part (undefined for older codes). */
export function splitSharedPayload(payload: string): { plan: string; contacts?: string } {
  const at = payload.indexOf(CONTACTS_SEPARATOR);
  return at < 0 ? { plan: payload } : { plan: payload.slice(0, at), contacts: payload.slice(at + 1) };
}
