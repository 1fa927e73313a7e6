import { describe, expect, it } from 'vitest';
import { freshDexie, residentFile } from './fixtures';
import { DamagedRecordError, MemoryRepository, ResilientRepository } from '../../src/db';
import { isPlainSummary, ResidentSummarySchema } from '../../src/db/records';

const file = residentFile;

describe('records read back from IndexedDB', () => {
  it('a file whose planProgress has an unknown status is refused as damaged, with what was read', async () => {
    const repo = freshDexie();
    const stored = { ...file('a', 1000), planProgress: { s1: { status: 'peut-etre' } } };
    await repo.db.residents.put(stored as never);
    const error = await repo.residents.get('a').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DamagedRecordError);
    expect((error as DamagedRecordError).raw).toEqual(stored);
    expect((error as DamagedRecordError).issues.join(' ')).toContain('planProgress');
  });

  it('a file without its consent is refused as damaged', async () => {
    const repo = freshDexie();
    const { consent: _dropped, ...broken } = file('a', 1000);
    await repo.db.residents.put(broken as never);
    await expect(repo.residents.get('a')).rejects.toBeInstanceOf(DamagedRecordError);
  });

  it('an unreadable wizard place is dropped, the answers kept', async () => {
    const repo = freshDexie();
    await repo.db.residents.put({ ...file('a', 1000), ui: { screen: 'somewhere-new' } } as never);
    const read = await repo.residents.get('a');
    expect(read?.ui).toBeUndefined();
    expect(read?.journey).toEqual({ answers: { age: 19 } });
  });

  it('a valid place (recap, draft) comes back as stored', async () => {
    const repo = freshDexie();
    const ui = { screen: 'steps' as const, draft: { questionId: 'age', value: '19' } };
    await repo.residents.put({ ...file('a', 1000), ui });
    expect((await repo.residents.get('a'))?.ui).toEqual(ui);
  });

  it('answers another device gave (set aside by a sync merge) come back as stored', async () => {
    const repo = freshDexie();
    const syncAlternatives = [{ questionId: 'departement', value: '37', device: 'Tablette A', at: 1234 }];
    await repo.residents.put({ ...file('a', 1000), syncAlternatives });
    expect((await repo.residents.get('a'))?.syncAlternatives).toEqual(syncAlternatives);
  });

  it('an unreadable list of set-aside answers is dropped, the file still opens', async () => {
    const repo = freshDexie();
    await repo.db.residents.put({ ...file('a', 1000), syncAlternatives: [{ questionId: 7 }] } as never);
    const read = await repo.residents.get('a');
    expect(read?.syncAlternatives).toBeUndefined();
    expect(read?.journey).toEqual({ answers: { age: 19 } });
  });

  it('a damaged summary is still listed, marked damaged, so it can be dealt with', async () => {
    const repo = freshDexie();
    await repo.residents.put(file('good', 2000));
    await repo.db.summaries.put({ id: 'bad', nickname: 42, updatedAt: 1000 } as never);
    const list = await repo.residents.list();
    expect(list.map((s) => [s.id, s.damaged ?? false])).toEqual([
      ['good', false],
      ['bad', true],
    ]);
  });

  it('a malformed setting row is left out of the settings', async () => {
    const repo = freshDexie();
    await repo.db.settings.put({ key: 7, value: 30 } as never);
    await repo.db.settings.put({ key: 'lang', value: 'ar' });
    expect(await repo.settings.get('lang')).toBe('ar');
    expect(await repo.settings.entries()).toEqual([{ key: 'lang', value: 'ar' }]);
  });

  it('a damaged file does not push the whole device into memory', async () => {
    const dexie = freshDexie();
    await dexie.db.residents.put({ id: 'bad' } as never);
    const repo = new ResilientRepository(dexie);
    await expect(repo.residents.get('bad')).rejects.toBeInstanceOf(DamagedRecordError);
    expect(repo.status).toBe('ok');
    expect(repo.kind).toBe('indexeddb');
  });
});

describe('falling back to memory', () => {
  it('keeps the settings as well as the files', async () => {
    const dexie = freshDexie();
    await dexie.residents.put(file('kept', 1000));
    await dexie.settings.set('retentionDays', 30);
    await dexie.settings.set('lang', 'en');
    const copy = await MemoryRepository.copyOf(dexie);
    expect(await copy.settings.get('retentionDays')).toBe(30);
    expect(await copy.settings.get('lang')).toBe('en');
    expect((await copy.residents.list()).map((s) => s.id)).toEqual(['kept']);
  });

  it('keeps the readable files when one of them is damaged', async () => {
    const dexie = freshDexie();
    await dexie.residents.put(file('kept', 1000));
    await dexie.residents.put(file('bad', 2000));
    await dexie.db.residents.put({ id: 'bad', nickname: 'x' } as never);
    const copy = await MemoryRepository.copyOf(dexie);
    expect((await copy.residents.list()).map((s) => s.id)).toEqual(['kept']);
  });

  it('after a failed write, the language and retention still read as set', async () => {
    const dexie = freshDexie();
    await dexie.settings.set('retentionDays', 45);
    const repo = new ResilientRepository(dexie);
    dexie.db.residents.put = () => Promise.reject(new DOMException('full', 'QuotaExceededError')) as never;
    await repo.residents.put(file('new', 2000));
    expect(repo.status).toBe('write-failed');
    expect(await repo.settings.get('retentionDays')).toBe(45);
  });
});

describe('the quick check of a summary (isPlainSummary)', () => {
  const good = { id: 'a', nickname: 'Amina', nameKey: 'amina', updatedAt: 1000, parcours: 'reprise', progress: { step: 3, stepCount: 12, done: false } };
  const odd: unknown[] = [1, NaN, Infinity, -Infinity, '', 'x', null, undefined, true, [], {}, { step: 1 }, new Date(0)];
  /** Every way one field can be wrong, missing, or one too many, at the top and in `progress`. */
  function variants(): unknown[] {
    const rows: unknown[] = [good, { id: 'b', nickname: '', nameKey: '', updatedAt: 0 }, null, undefined, 'a', 42, [good], Object.create(good)];
    for (const key of Object.keys(good)) {
      const { [key]: _dropped, ...without } = good as Record<string, unknown>;
      rows.push(without);
      for (const value of odd) rows.push({ ...good, [key]: value });
    }
    for (const key of Object.keys(good.progress)) {
      const { [key]: _dropped, ...without } = good.progress as Record<string, unknown>;
      rows.push({ ...good, progress: without });
      for (const value of odd) rows.push({ ...good, progress: { ...good.progress, [key]: value } });
    }
    rows.push({ ...good, extra: 1 }, { ...good, damaged: true }, { ...good, progress: { ...good.progress, extra: 1 } }, { ...good, parcours: undefined, progress: undefined });
    return rows;
  }

  it('says yes only to a row the schema accepts and returns unchanged', () => {
    const rows = variants();
    let accepted = 0;
    for (const row of rows) {
      if (!isPlainSummary(row)) continue;
      accepted++;
      const parsed = ResidentSummarySchema.safeParse(row);
      expect(parsed.success, JSON.stringify(row)).toBe(true);
      expect(parsed.data).toStrictEqual(row);
    }
    // The usual rows take the quick way: without them the check would be of no use.
    expect(isPlainSummary(good)).toBe(true);
    expect(accepted).toBeGreaterThan(5);
  });

  it('leaves to the schema a row with more than a summary holds, which it then reads as the schema says', async () => {
    const repo = freshDexie();
    await repo.db.summaries.put({ ...good, extra: 'kept out' } as never);
    expect(isPlainSummary({ ...good, extra: 'kept out' })).toBe(false);
    expect(await repo.residents.list()).toEqual([good]);
  });
});
