import { describe, expect, it } from 'vitest';
import { qpvCommunes } from '../../data';
import { territory } from '../../data/territory';

describe('qpv-communes.json (generated from territory.json)', () => {
  it('lists each commune that has a QPV entry, once, with all its QPV and its best status', () => {
    const byCode = new Map(territory.communes.map((c) => [c.code, c]));
    const expected = new Map<string, string[]>();
    for (const q of territory.qpv) {
      const commune = territory.communes.find((c) => c.dep === q.dep && c.name === q.commune);
      expect(commune, `${q.id}: ${q.commune}`).toBeDefined();
      expected.set(commune!.code, [...(expected.get(commune!.code) ?? []), q.id]);
    }
    expect(qpvCommunes.map((c) => c.code).sort()).toEqual([...expected.keys()].sort());
    for (const row of qpvCommunes) {
      expect(byCode.get(row.code)?.name).toBe(row.name);
      expect(row.qpv).toEqual(expected.get(row.code));
      const statuses = territory.qpv.filter((q) => row.qpv.includes(q.id)).map((q) => q.status);
      const best = statuses.includes('2024') ? '2024' : statuses.includes('likely-2024') ? 'likely-2024' : 'historical';
      expect(row.status, row.name).toBe(best);
    }
  });
});
