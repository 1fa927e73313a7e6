import { describe, expect, it } from 'vitest';
import { loadCommunes, searchCommunes, searchKey } from '../../src/lib/communes';

describe('searching the commune list', () => {
  it('finds a commune typed without accents, hyphens or with « St »', async () => {
    const list = await loadCommunes();
    expect(list.length).toBeGreaterThan(1700);
    expect(searchCommunes(list, 'orleans')[0]?.code).toBe('45234');
    expect(searchCommunes(list, 'st jean de braye')[0]?.name).toBe('Saint-Jean-de-Braye');
    expect(searchCommunes(list, 'joue les')[0]?.name).toBe('Joué-lès-Tours');
    expect(searchKey('  Saint-Pierre-des-Corps ')).toBe('saint pierre des corps');
  });

  it('puts names that start with the text first, keeps to the département, and finds an INSEE code', async () => {
    const list = await loadCommunes();
    const tours = searchCommunes(list, 'tours', { limit: 50 });
    expect(tours[0]?.name).toBe('Tours');
    expect(tours.map((c) => c.name)).toContain('Joué-lès-Tours');
    expect(searchCommunes(list, 'tours', { departement: '45', limit: 50 }).every((c) => c.dep === '45')).toBe(true);
    expect(searchCommunes(list, '37261').map((c) => c.name)).toEqual(['Tours']);
    expect(searchCommunes(list, '')).toEqual([]);
    expect(searchCommunes(list, 'a', { limit: 8 })).toHaveLength(8);
  });
});
