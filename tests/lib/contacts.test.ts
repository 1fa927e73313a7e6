import { describe, expect, it } from 'vitest';
import { chooseContact, publicContact } from '../../src/lib/contacts';
import type { DirectoryEntry } from '../../src/db/types';
import { structureSites, getStructureType } from '../../data/plan-data';

const entry = (id: string, type: string, communeCode: string | undefined, extra: Partial<DirectoryEntry> = {}): DirectoryEntry => ({
  id, type, name: `${type} ${id}`, ...(communeCode ? { communeCode } : {}), updatedOn: '2026-12-01', ...extra,
});

const book = [
  entry('ft-orleans', 'france-travail', '45234', { phone: '02 38 00 00 00', staffNote: 'secret' }),
  entry('ft-montargis', 'france-travail', '45208'),
  entry('ft-tours', 'france-travail', '37261'),
  entry('ml-siege', 'mission-locale', undefined),
];

describe('the contact a plan gives for a structure type', () => {
  it('takes the address book for the commune first, then the département, never the staff note', () => {
    const inOrleans = chooseContact('france-travail', { commune: '45234', departement: '45' }, book);
    expect(inOrleans).toEqual({ kind: 'local', scope: 'commune', entries: [{ name: 'france-travail ft-orleans', communeCode: '45234', phone: '02 38 00 00 00' }] });
    const inGien = chooseContact('france-travail', { commune: '45155', departement: '45' }, book);
    expect(inGien.kind === 'local' && inGien.scope).toBe('departement');
    expect(inGien.kind === 'local' && inGien.entries.map((e) => e.name)).toEqual(['france-travail ft-orleans', 'france-travail ft-montargis']);
    // the département is read from the commune when it was not answered
    expect(chooseContact('france-travail', { commune: '37003' }, book)).toMatchObject({ kind: 'local', scope: 'departement' });
  });

  it('then the structure’s entries without a commune, then the catalogue’s sites, then the finder page', () => {
    expect(chooseContact('mission-locale', { departement: '18' }, book)).toMatchObject({ kind: 'local', scope: 'structure' });
    const site = structureSites[0]!;
    expect(chooseContact(site.type, { departement: site.dep }, [])).toMatchObject({ kind: 'sites', sites: expect.arrayContaining([{ name: site.name, commune: site.commune }]) });
    expect(chooseContact('france-travail', { departement: '36' }, book)).toEqual(
      structureSites.some((s) => s.type === 'france-travail' && s.dep === '36')
        ? expect.objectContaining({ kind: 'sites' })
        : { kind: 'finder', url: getStructureType('france-travail')!.finder.url },
    );
    expect(chooseContact('cap-emploi', {}, [])).toEqual({ kind: 'finder', url: getStructureType('cap-emploi')!.finder.url });
    expect(chooseContact('no-such-type', {}, [])).toEqual({ kind: 'none' });
  });

  it('drops blank fields and the staff note from what a plan may show', () => {
    expect(publicContact(entry('x', 'plie', '45234', { address: '  ', staffNote: 'à ne pas montrer', permanences: 'le mardi' }))).toEqual({
      name: 'plie x', communeCode: '45234', permanences: 'le mardi',
    });
  });
});
