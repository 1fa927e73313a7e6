import { describe, expect, it } from 'vitest';
import { MemoryRepository, ResilientRepository, nameKeyOf, type ResidentChange, type ResidentFile } from '../../src/db';

const file = (id: string, updatedAt: number): ResidentFile => ({
  id,
  nickname: id,
  nameKey: nameKeyOf(id),
  consent: { givenOn: '2026-12-01', wordingVersion: 1 },
  createdAt: updatedAt,
  updatedAt,
  journey: null,
});

describe('the writes the sync mirrors', () => {
  it('tells a subscriber of each put, delete and purge once it is stored, and stops when asked', async () => {
    const repository = new ResilientRepository(new MemoryRepository(), 'ok');
    const seen: ResidentChange[] = [];
    const unsubscribe = repository.subscribeResidents((change) => seen.push(change));
    await repository.residents.put(file('a', 10));
    await repository.residents.put(file('b', 20));
    await repository.residents.delete('b');
    expect(await repository.residents.deleteUntouchedSince(5)).toBe(0);
    expect(await repository.residents.deleteUntouchedSince(15)).toBe(1);
    unsubscribe();
    await repository.residents.put(file('c', 30));
    expect(seen.map((c) => (c.kind === 'put' ? `put ${c.file.id}` : c.kind === 'delete' ? `delete ${c.id}` : c.kind))).toEqual(['put a', 'put b', 'delete b', 'purge']);
  });
});

describe('what a restore writes', () => {
  it('tells a subscriber of every file a restore stores at once, so sync sends them too', async () => {
    const repository = new ResilientRepository(new MemoryRepository(), 'ok');
    const seen: string[] = [];
    repository.subscribeResidents((change) => seen.push(change.kind === 'put' ? `put ${change.file.id}` : change.kind));
    await repository.residents.putMany([file('a', 10), file('b', 20)]);
    expect(seen).toEqual(['put a', 'put b']);
    expect((await repository.residents.list()).map((s) => s.id).sort()).toEqual(['a', 'b']);
  });
});
