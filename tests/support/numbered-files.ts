import { nameKeyOf, type ResidentFile } from '../../src/db';
import { startJourney, toRecord } from '../../machines';

/** « Personne i », updated at 1,000,000 + i ms: the higher i, the newer the file. */
export const numberedFile = (i: number): ResidentFile => ({
  id: `f${i}`,
  nickname: `Personne ${i}`,
  nameKey: nameKeyOf(`Personne ${i}`),
  consent: { givenOn: '2026-12-01', wordingVersion: 1 },
  createdAt: i,
  updatedAt: 1_000_000 + i,
  journey: toRecord(startJourney()),
});
