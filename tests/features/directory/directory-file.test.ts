import { describe, expect, it } from 'vitest';
import { exportDirectory, previewDirectoryImport } from '../../../src/features/directory/directory-file';
import { ContactFormSchema, EMPTY_CONTACT, entryOf } from '../../../src/features/directory/contact-form';
import { loadAddressBook, SETTING_DIRECTORY_SEEDED } from '../../../src/lib/address-book';
import { MemoryRepository, type DirectoryEntry } from '../../../src/db';

const A: DirectoryEntry = { id: 'ft-orleans', type: 'france-travail', name: 'France Travail Orléans', communeCode: '45234', commune: 'Orléans', updatedOn: '2026-12-01' };
const B: DirectoryEntry = { id: 'ml-tours', type: 'mission-locale', name: 'Mission locale de Touraine', communeCode: '37261', commune: 'Tours', updatedOn: '2026-12-01' };

describe('the address book file', () => {
  it('shows what an import adds, replaces and leaves as it is, before anything is written', () => {
    const file = exportDirectory([A, { ...B, phone: '02 47 00 00 00' }, { id: 'new', type: 'plie', name: 'PLIE', updatedOn: '2026-12-01' }], new Date('2026-12-01T10:00:00Z'));
    const result = previewDirectoryImport(file, [A, B]);
    expect(result.ok && result.preview.adds.map((e) => e.id)).toEqual(['new']);
    expect(result.ok && result.preview.replaces.map((e) => e.id)).toEqual(['ml-tours']);
    expect(result.ok && result.preview.same).toBe(1);
  });

  it.each([
    ['not JSON', '{'],
    ['a resident file', JSON.stringify({ format: 'passerelle.resident', version: 1, exportedAt: 'x', file: {} })],
    ['an unknown structure type', exportDirectory([{ ...A, type: 'inconnu' }], new Date())],
    ['two entries with one id', exportDirectory([A, A], new Date())],
    ['a bad e-mail', exportDirectory([{ ...A, email: 'pas-un-courriel' }], new Date())],
  ])('refuses %s', (_label, text) => {
    expect(previewDirectoryImport(text, [])).toEqual({ ok: false, error: 'invalid' });
  });

  it('says when a file comes from a newer release', () => {
    expect(previewDirectoryImport(JSON.stringify({ format: 'passerelle.directory', version: 2, exportedAt: 'x', entries: [] }), [])).toEqual({ ok: false, error: 'newer' });
  });
});

describe('the contact form', () => {
  it('gives each wrong field its message key', () => {
    const result = ContactFormSchema.safeParse({ ...EMPTY_CONTACT, name: 'X', phone: '12', email: 'a@', url: 'javascript:alert(1)' });
    expect(result.success).toBe(false);
    const messages = Object.fromEntries(result.error!.issues.map((i) => [i.path[0], i.message]));
    expect(messages).toEqual({
      type: 'directory.error.type', name: 'directory.error.name', communeCode: 'directory.error.commune',
      phone: 'directory.error.phone', email: 'directory.error.email', url: 'directory.error.url',
    });
    expect(ContactFormSchema.safeParse({ ...EMPTY_CONTACT, type: 'plie', name: 'PLIE', communeCode: '45234', phone: '+33 2 38 00 00 00' }).success).toBe(true);
  });

  it('stores blank fields as absent and keeps the id through an edit', () => {
    const form = ContactFormSchema.parse({ ...EMPTY_CONTACT, type: 'plie', name: 'PLIE de l’Orléanais', communeCode: '45234', staffNote: 'Julie' });
    const entry = entryOf(form, 'Orléans', '2026-12-01');
    expect(entry).toEqual({ id: expect.stringMatching(/^plie-de-l-orleanais-[0-9a-f]{8}$/), type: 'plie', name: 'PLIE de l’Orléanais', communeCode: '45234', commune: 'Orléans', staffNote: 'Julie', updatedOn: '2026-12-01' });
    expect(entryOf(form, 'Orléans', '2026-12-02', entry).id).toBe(entry.id);
  });
});

describe('the device’s address book', () => {
  it('starts from data/local-directory.json once, and never copies it over the staff’s changes', async () => {
    const repo = new MemoryRepository();
    expect(await loadAddressBook(repo)).toEqual([]);
    expect(await repo.settings.get(SETTING_DIRECTORY_SEEDED)).toBe(true);
    await repo.directory.put(A);
    await repo.directory.delete(A.id);
    expect(await loadAddressBook(repo)).toEqual([]);
  });
});
