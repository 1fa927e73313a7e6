import { describe, expect, it } from 'vitest';
import QRCode from 'qrcode';
import { contactsToShare, decodeContacts, encodeContacts, splitSharedPayload } from '../../src/payload/shared-contacts';
import { encodePlanPayload, shareUrl } from '../../src/payload';
import { QR_ERROR_CORRECTION } from '../../src/features/plan/PlanQr';
import { chooseContact } from '../../src/lib/contacts';
import type { DirectoryEntry } from '../../src/db/types';
import { structureTypes } from '../../data/plan-data';
import { generatePlans } from '../machines/plan-fixtures';

const BASE = 'https://passerelle.exemple-structure.fr/';

/** A realistic address book: one office per structure type in Orléans, every field filled. */
const BOOK: DirectoryEntry[] = structureTypes.map((t, i) => ({
  id: `${t.id}-orleans`,
  type: t.id,
  name: `${t.name} — agence d’Orléans La Source`.slice(0, 60),
  address: `${10 + i} avenue de la Bolière`,
  commune: 'Orléans',
  communeCode: '45234',
  phone: `02 38 ${String(10 + i).padStart(2, '0')} 00 00`,
  email: `accueil.${t.id}@exemple.fr`,
  url: `https://exemple.fr/${t.id}`,
  openingHours: 'lundi–vendredi 9 h–12 h, 13 h 30–16 h 30',
  permanences: 'le mardi au centre social Romain Rolland',
  staffNote: 'Demander Julie',
  updatedOn: '2026-12-01',
}));

describe('the contacts carried in a QR code', () => {
  it('round-trips what a resident needs and never the staff note', () => {
    const carried = contactsToShare(['france-travail', 'mission-locale', 'france-travail'], (id) => chooseContact(id, { commune: '45234' }, BOOK));
    const part = encodeContacts(carried, 2000, 2000);
    expect(part.length).toBeGreaterThan(300);
    expect(part).toMatch(/^1[A-Za-z0-9_-]+\.[0-9a-z]+$/);
    const back = decodeContacts(part);
    const fields = ['name', 'address', 'commune', 'phone', 'email', 'openingHours', 'permanences'] as const;
    const expected = Object.fromEntries(Object.entries(carried).map(([type, c]) => [type, Object.fromEntries(fields.filter((f) => c[f]).map((f) => [f, c[f]]))]));
    expect(back).toEqual(expected);
    expect(Object.keys(back)).toEqual(['france-travail', 'mission-locale']);
    expect(JSON.stringify(back)).not.toContain('Julie');
    expect(back['france-travail']).toMatchObject({ address: '11 avenue de la Bolière', commune: 'Orléans', phone: '02 38 11 00 00' });
  });

  it('carries nothing when the plan only has catalogue contacts, and older codes have no contacts part', () => {
    expect(encodeContacts(contactsToShare(['france-travail'], (id) => chooseContact(id, { departement: '45' }, [])))).toBe('');
    expect(splitSharedPayload('B123456')).toEqual({ plan: 'B123456' });
    expect(splitSharedPayload('B123.1abc.x9')).toEqual({ plan: 'B123', contacts: '1abc.x9' });
  });

  it('refuses a changed, cut or foreign contacts part', () => {
    const part = encodeContacts({ plie: { name: 'PLIE de l’Orléanais', phone: '02 38 00 00 00' } });
    const flipped = part.slice(0, 5) + (part[5] === 'A' ? 'B' : 'A') + part.slice(6);
    expect(() => decodeContacts(flipped)).toThrow();
    expect(() => decodeContacts(part.slice(0, -3))).toThrow();
    expect(() => decodeContacts('2' + part.slice(1))).toThrow();
    expect(() => decodeContacts('')).toThrow();
  });

  it('keeps the QR code readable from paper: measured on 150 generated plans with a full address book', async () => {
    const versions: number[] = [];
    let longest = 0;
    for (const { plan, departement } of generatePlans(150)) {
      const payload = await encodePlanPayload({ plan, ...(departement ? { departement } : {}) });
      const contacts = encodeContacts(contactsToShare(plan.steps.flatMap((s) => s.who), (id) => chooseContact(id, { commune: '45234' }, BOOK)));
      const url = shareUrl(BASE, contacts ? `${payload}.${contacts}` : payload);
      longest = Math.max(longest, url.length);
      versions.push(QRCode.create(url, { errorCorrectionLevel: QR_ERROR_CORRECTION }).version);
    }
    const sorted = [...versions].sort((a, b) => a - b);
    console.log(`QR with local contacts: largest URL ${longest} characters, QR version largest ${sorted.at(-1)}, median ${sorted[75]}`);
    // a more usual address book: the France Travail and Mission locale offices, no e-mail
    const usual = BOOK.filter((e) => e.type === 'france-travail' || e.type === 'mission-locale').map(({ email: _e, ...e }) => e);
    const usualVersions: number[] = [];
    for (const { plan, departement } of generatePlans(150)) {
      const payload = await encodePlanPayload({ plan, ...(departement ? { departement } : {}) });
      const contacts = encodeContacts(contactsToShare(plan.steps.flatMap((s) => s.who), (id) => chooseContact(id, { commune: '45234' }, usual)));
      usualVersions.push(QRCode.create(shareUrl(BASE, contacts ? `${payload}.${contacts}` : payload), { errorCorrectionLevel: QR_ERROR_CORRECTION }).version);
    }
    usualVersions.sort((a, b) => a - b);
    console.log(`QR with two local offices: QR version largest ${usualVersions.at(-1)}, median ${usualVersions[75]}`);
    // every field filled for every type is the worst case: the budget keeps it at version 15 or less
    expect(sorted.at(-1)).toBeLessThanOrEqual(15);
  }, 120_000);

  it('fits the budget by carrying fewer fields, then fewer contacts, in the plan’s order', () => {
    const all = contactsToShare(structureTypes.map((t) => t.id), (id) => chooseContact(id, { commune: '45234' }, BOOK));
    const part = encodeContacts(all);
    expect(part.length).toBeLessThanOrEqual(300);
    const back = decodeContacts(part);
    const types = Object.keys(back);
    expect(types.length).toBeGreaterThanOrEqual(1);
    expect(types.length).toBeLessThan(structureTypes.length);
    expect(types).toEqual(structureTypes.map((t) => t.id).slice(0, types.length));
    expect(back[types[0]!]).toEqual({ name: BOOK[0]!.name, address: BOOK[0]!.address, commune: 'Orléans', phone: BOOK[0]!.phone });
  }, 120_000);
});
