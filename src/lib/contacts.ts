/**
 * Which contact a plan gives for a structure type (issue 12): the structure's own address book
 * for the person's commune, then for their département, then its entries without a commune,
 * then the sites of the catalogue in the département (data/structures.json), and only then the
 * type's national finder page. Pure: the address book is passed in.
 */
import { getStructureType, structureSites } from '../../data/plan-data';
import type { DirectoryEntry } from '../db/types';

/** What of an address-book entry a plan may show: never the staff's note. */
export type PublicContact = Pick<DirectoryEntry, 'name' | 'address' | 'commune' | 'communeCode' | 'phone' | 'email' | 'url' | 'openingHours' | 'permanences' | 'note'>;

export type ChosenContact =
  | { kind: 'local'; scope: 'commune' | 'departement' | 'structure'; entries: PublicContact[] }
  | { kind: 'sites'; sites: { name: string; commune: string }[] }
  | { kind: 'finder'; url: string }
  | { kind: 'none' };

export interface Whereabouts {
  /** INSEE code of the person's commune */
  commune?: string;
  departement?: string;
}

/** At most this many addresses per type on a plan: it must stay on two printed pages. */
export const MAX_LOCAL_ENTRIES = 2;

const PUBLIC_KEYS = ['name', 'address', 'commune', 'communeCode', 'phone', 'email', 'url', 'openingHours', 'permanences', 'note'] as const;

export function publicContact(entry: DirectoryEntry | PublicContact): PublicContact {
  const out: Record<string, string> = {};
  for (const key of PUBLIC_KEYS) {
    const value = entry[key];
    if (typeof value === 'string' && value.trim() !== '') out[key] = value;
  }
  return out as PublicContact;
}

const departementOf = (code: string | undefined) => (code && /^\d{5}$/.test(code) ? code.slice(0, 2) : undefined);

export function chooseContact(typeId: string, where: Whereabouts, book: readonly DirectoryEntry[]): ChosenContact {
  const ofType = book.filter((e) => e.type === typeId);
  const departement = where.departement ?? departementOf(where.commune);
  const pick = (scope: 'commune' | 'departement' | 'structure', entries: DirectoryEntry[]): ChosenContact | undefined =>
    entries.length > 0 ? { kind: 'local', scope, entries: entries.slice(0, MAX_LOCAL_ENTRIES).map(publicContact) } : undefined;
  const found =
    (where.commune ? pick('commune', ofType.filter((e) => e.communeCode === where.commune)) : undefined) ??
    (departement ? pick('departement', ofType.filter((e) => departementOf(e.communeCode) === departement)) : undefined) ??
    pick('structure', ofType.filter((e) => !e.communeCode));
  if (found) return found;
  const sites = structureSites.filter((s) => s.type === typeId && s.dep === departement);
  if (sites.length > 0) return { kind: 'sites', sites: sites.map((s) => ({ name: s.name, commune: s.commune })) };
  const url = getStructureType(typeId)?.finder.url;
  return url ? { kind: 'finder', url } : { kind: 'none' };
}
