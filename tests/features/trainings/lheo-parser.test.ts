import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LheoError, LheoReader, lheoDate, readLheoStream, rncpOf } from '../../../src/features/trainings/lheo-parser';
import type { TrainingSession } from '../../../src/db/types';

const fixture = (name: string) => readFileSync(resolve(import.meta.dirname, '../../fixtures/lheo', name));

/** Reads bytes through the same path as the worker: Blob.stream(), strict UTF-8, in pieces. */
async function read(bytes: Uint8Array, today: string, chunk = 4096) {
  const sessions: TrainingSession[] = [];
  const reader = new LheoReader(today, (s) => sessions.push(s));
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      for (let i = 0; i < bytes.length; i += chunk) controller.enqueue(bytes.slice(i, i + chunk));
      controller.close();
    },
  });
  const progress: number[] = [];
  const counts = await readLheoStream(stream, reader, (b) => void progress.push(b));
  return { sessions, counts, progress };
}

const errorOf = async (name: string) => {
  try {
    await read(fixture(name), '2026-12-01');
  } catch (e) {
    return e instanceof LheoError ? e.code : `not a LheoError: ${String(e)}`;
  }
  return 'accepted';
};

describe('reading an LHÉO export', () => {
  it('keeps the sessions to come in Centre-Val de Loire, with organisme, place, dates, rhythm, PRF, contact and certification', async () => {
    const { sessions, counts, progress } = await read(fixture('offre-centre-val-de-loire.xml'), '2026-12-01');
    expect(progress.at(-1)).toBe(fixture('offre-centre-val-de-loire.xml').length);
    // 41 sessions in the file: 2 outside the region, 4 started, 1 of unknown date, 1 closed
    expect(counts).toEqual({ offers: 30, sessions: 33, skippedPast: 5, skippedOutside: 2, skippedClosed: 1 });
    const orleans = sessions.find((s) => s.rncp === 'RNCP37715' && s.communeCode === '45234');
    expect(orleans).toEqual({
      key: 'F0001|0|F1-A1-S1',
      title: 'Titre professionnel Assistant de vie aux familles',
      titleKey: 'titre professionnel assistant de vie aux familles',
      rncp: 'RNCP37715',
      formacodes: ['44055'],
      organisme: 'AFPA Centre-Val de Loire',
      commune: 'Orléans',
      communeCode: '45234',
      postalCode: '45000',
      dep: '45',
      start: '2029-03-02',
      end: '2029-09-28',
      rhythm: 'Temps plein',
      prf: true,
      phone: '02 39 11 00 01',
      email: 'contact1@formation-exemple.fr',
      url: 'https://formation-exemple.fr/offre/1',
    });
    expect(sessions.every((s) => ['18', '28', '36', '37', '41', '45'].includes(s.dep))).toBe(true);
    expect(sessions.every((s) => s.start >= '2026-12-01')).toBe(true);
    expect(sessions.filter((s) => !s.rncp).length).toBeGreaterThan(5);
    // a session dated by its month only starts on its first day
    expect(sessions.find((s) => s.commune === 'Vendôme' && s.title.startsWith('Français'))?.start).toBe('2029-01-01');
    expect(sessions.find((s) => s.rncp === 'RNCP36241' && s.dep === '45')?.prf).toBe(true);
    expect(sessions.find((s) => s.rncp === 'RNCP39795' && s.dep === '28')?.prf).toBe(false);
  });

  it('never keeps a session that has started, whatever the day of the import', async () => {
    const later = await read(fixture('offre-centre-val-de-loire.xml'), '2029-03-03');
    expect(later.sessions.some((s) => s.start === '2029-03-02')).toBe(false);
    expect(later.sessions.every((s) => s.start >= '2029-03-03')).toBe(true);
  });

  it('gives the same result whatever the size of the pieces it reads (one byte, a multi-byte character cut in two)', async () => {
    const bytes = fixture('offre-centre-val-de-loire.xml');
    const whole = await read(bytes, '2026-12-01', bytes.length);
    expect(whole.sessions).toHaveLength(33);
    // one byte at a time: « é » and « ’ » are cut between pieces (on the first two formations)
    const text = bytes.toString('utf8');
    const two = text.slice(0, text.indexOf('</formation>', text.indexOf('</formation>') + 1) + '</formation>'.length) + '\n</offres>\n</lheo>\n';
    const small = new TextEncoder().encode(two);
    expect((await read(small, '2026-12-01', 1)).sessions).toEqual((await read(small, '2026-12-01', small.length)).sessions);
    expect((await read(small, '2026-12-01', 1)).sessions).toHaveLength(2);
    expect((await read(bytes, '2026-12-01', 333)).sessions).toEqual(whole.sessions);
  });

  it.each([
    ['hostile-billion-laughs.xml', 'dtd'],
    ['hostile-external-entity.xml', 'dtd'],
    ['hostile-truncated.xml', 'truncated'],
    ['hostile-wrong-root.xml', 'not-lheo'],
    ['hostile-invalid-utf8.xml', 'encoding'],
  ])('refuses %s (%s)', async (name, code) => {
    expect(await errorOf(name)).toBe(code);
  });

  it('refuses an entity reference without a DTD, an empty file and another encoding', async () => {
    const bytes = (text: string) => new TextEncoder().encode(text);
    await expect(read(bytes('<lheo xmlns="http://www.lheo.org/2.2"><offres>&lol;</offres></lheo>'), '2026-12-01')).rejects.toMatchObject({ code: 'malformed' });
    await expect(read(bytes('   '), '2026-12-01')).rejects.toMatchObject({ code: 'empty' });
    await expect(read(bytes('<?xml version="1.0" encoding="ISO-8859-1"?><lheo/>'), '2026-12-01')).rejects.toMatchObject({ code: 'encoding' });
    await expect(read(bytes('<lheo xmlns="http://example.org/other"><offres/></lheo>'), '2026-12-01')).rejects.toMatchObject({ code: 'not-lheo' });
  });

  it('refuses a billion laughs at once: it never expands an entity', async () => {
    const started = performance.now();
    await expect(read(fixture('hostile-billion-laughs.xml'), '2026-12-01')).rejects.toMatchObject({ code: 'dtd' });
    // no assertion on time (busy machines): the refusal comes from the DOCTYPE, seen before any entity
    expect(performance.now() - started).toBeGreaterThanOrEqual(0);
  });

  it('reads LHÉO dates and RNCP codes', () => {
    expect(lheoDate('20290302')).toBe('2029-03-02');
    expect(lheoDate('20290300')).toBe('2029-03-01');
    expect(lheoDate('20290000')).toBe('2029-01-01');
    expect(lheoDate('00000000')).toBeUndefined();
    expect(lheoDate('2029-03-02')).toBeUndefined();
    expect(rncpOf('37715')).toBe('RNCP37715');
    expect(rncpOf('RNCP038663')).toBe('RNCP38663');
    expect(rncpOf('CPF206')).toBeUndefined();
  });
});
