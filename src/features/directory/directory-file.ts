/**
 * The address book as one file, to carry it to another device of the structure, and the
 * checks an imported file goes through before anything is written: a damaged or foreign file
 * is refused whole, and the staff see what it adds and replaces before confirming.
 */
import * as z from 'zod/mini';
import { LocalEntrySchema } from '../../../data';
import { structureTypes } from '../../../data/plan-data';
import type { DirectoryEntry } from '../../db/types';

export const DIRECTORY_FORMAT = 'passerelle.directory';
export const DIRECTORY_VERSION = 1;
/** A few hundred contacts are a few hundred kilobytes; anything much larger is not ours. */
export const DIRECTORY_MAX_BYTES = 2_000_000;

const knownType = new Set(structureTypes.map((t) => t.id));

const DirectoryFileSchema = z.object({
  format: z.literal(DIRECTORY_FORMAT),
  version: z.int().check(z.positive()),
  exportedAt: z.string(),
  entries: z
    .array(LocalEntrySchema.check(z.refine((e) => knownType.has(e.type), { message: 'unknown structure type' })))
    .check(
      z.maxLength(5000),
      z.refine((list) => new Set(list.map((e) => e.id)).size === list.length, { message: 'duplicate id' }),
    ),
});

export function exportDirectory(entries: DirectoryEntry[], now: Date): string {
  return JSON.stringify({ format: DIRECTORY_FORMAT, version: DIRECTORY_VERSION, exportedAt: now.toISOString(), entries }, null, 2);
}

export const directoryFileName = (now: Date) => `passerelle-annuaire-${now.toISOString().slice(0, 10)}.json`;

export type DirectoryImportError = 'invalid' | 'newer';

export interface DirectoryImportPreview {
  adds: DirectoryEntry[];
  replaces: DirectoryEntry[];
  same: number;
}

const sameEntry = (a: DirectoryEntry, b: DirectoryEntry) => JSON.stringify(Object.entries(a).sort()) === JSON.stringify(Object.entries(b).sort());

/** Reads a file completely and compares it with the address book; writes nothing. */
export function previewDirectoryImport(text: string, current: readonly DirectoryEntry[]): { ok: true; preview: DirectoryImportPreview } | { ok: false; error: DirectoryImportError } {
  if (text.length > DIRECTORY_MAX_BYTES) return { ok: false, error: 'invalid' };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, error: 'invalid' };
  }
  const head = z.object({ format: z.literal(DIRECTORY_FORMAT), version: z.number() }).safeParse(raw);
  if (head.success && head.data.version > DIRECTORY_VERSION) return { ok: false, error: 'newer' };
  const parsed = DirectoryFileSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, error: 'invalid' };
  const byId = new Map(current.map((e) => [e.id, e]));
  const preview: DirectoryImportPreview = { adds: [], replaces: [], same: 0 };
  for (const entry of parsed.data.entries) {
    const existing = byId.get(entry.id);
    if (!existing) preview.adds.push(entry);
    else if (sameEntry(existing, entry)) preview.same++;
    else preview.replaces.push(entry);
  }
  return { ok: true, preview };
}
