/**
 * The official commune list of Centre-Val de Loire (data/territory.json, 1,750 entries), loaded
 * only where a commune is chosen, and searched as people type it: without accents, hyphens or
 * « Saint »/« St » differences, names that start with the text first.
 */
import { useEffect, useState } from 'react';

export interface Commune {
  code: string;
  name: string;
  dep: string;
}

let loading: Promise<readonly Commune[]> | undefined;
let loaded: readonly Commune[] | undefined;

/** The list, loaded once per page (its own chunk: the journey does not carry it). */
export function loadCommunes(): Promise<readonly Commune[]> {
  loading ??= import('../../data/territory').then((m) => (loaded = m.territory.communes));
  return loading;
}

/** The list once loaded; a component that needs it re-renders when it arrives. */
export function useCommunes(): readonly Commune[] | undefined {
  const [list, setList] = useState(loaded);
  useEffect(() => {
    let live = true;
    if (!list) void loadCommunes().then((l) => live && setList(l), () => undefined);
    return () => {
      live = false;
    };
  }, [list]);
  return list;
}

/** The name of a commune code, when the list is loaded (see useCommunes). */
export function communeName(code: string): string | undefined {
  return loaded ? communeByCode(loaded, code)?.name : undefined;
}

/** Lower case, no accents, hyphens and apostrophes as spaces, « st » as « saint ». */
export function searchKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[-'’]/g, ' ')
    .replace(/\bste?\b/g, (m) => (m === 'st' ? 'saint' : 'sainte'))
    .replace(/\s+/g, ' ')
    .trim();
}

const keys = new WeakMap<Commune, string>();
const keyOf = (c: Commune) => {
  let key = keys.get(c);
  if (key === undefined) keys.set(c, (key = searchKey(c.name)));
  return key;
};

/** Communes matching the text (name start first, then a word start, then anywhere), at most `limit`. */
export function searchCommunes(list: readonly Commune[], text: string, options: { departement?: string; limit?: number } = {}): Commune[] {
  const query = searchKey(text);
  const limit = options.limit ?? 8;
  if (query === '') return [];
  const inScope = options.departement ? list.filter((c) => c.dep === options.departement) : list;
  // a typed INSEE code finds its commune too
  if (/^\d[0-9ab]\d{0,3}$/.test(query)) return inScope.filter((c) => c.code.toLowerCase().startsWith(query)).slice(0, limit);
  const starts: Commune[] = [];
  const words: Commune[] = [];
  const inside: Commune[] = [];
  for (const c of inScope) {
    const key = keyOf(c);
    if (key.startsWith(query)) starts.push(c);
    else if (key.includes(` ${query}`)) words.push(c);
    else if (key.includes(query)) inside.push(c);
  }
  const byName = (a: Commune, b: Commune) => a.name.localeCompare(b.name, 'fr');
  return [...starts.sort(byName), ...words.sort(byName), ...inside.sort(byName)].slice(0, limit);
}

export function communeByCode(list: readonly Commune[], code: string | undefined): Commune | undefined {
  return code ? list.find((c) => c.code === code) : undefined;
}

/** The département of an INSEE commune code of the region (its first two digits). */
export const departementOfCommune = (code: string): string => code.slice(0, 2);
