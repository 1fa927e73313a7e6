/**
 * A streaming reader of LHÉO 2.x training offers (the Carif-Oref exchange format:
 * https://lheo.gouv.fr, schema in gitlab.com/lheo/lheo-schema, definition/lheo-gml.xml).
 *
 *   lheo > offres > formation (intitule-formation, domaine-formation/code-FORMACODE,
 *     certification/code-RNCP, contact-formation, action*, organisme-formation-responsable)
 *   action > rythme-formation, lieu-de-formation/coordonnees/adresse, url-action,
 *     session* (periode/debut, fin: AAAAMMJJ, AAAAMM00, AAAA0000 or 00000000 when unknown;
 *     etat-recrutement: 1 open, 2 closed, 3 suspended), organisme-financeur/code-financeur
 *     (dict-financeurs: 2 = Collectivité territoriale - Conseil régional)
 *
 * The file is fed in pieces (`write`), so a 200 MB export is never held at once: only one
 * `formation` is kept until it closes (its organisme comes after its actions). Safe by
 * construction: any DOCTYPE is refused as soon as it is seen, so no entity can be declared
 * (no « billion laughs », no external entity); saxes itself never fetches anything and knows
 * only the five predefined entities.
 */
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import type { TrainingSession } from '../../db/types';
import { titleKey } from '../../lib/title-key';

export type LheoErrorCode = 'dtd' | 'not-lheo' | 'malformed' | 'truncated' | 'encoding' | 'empty';

export class LheoError extends Error {
  override readonly name = 'LheoError';
  constructor(readonly code: LheoErrorCode, message: string) {
    super(message);
  }
}

export const REGION_CODE = '24';
export const REGION_DEPARTEMENTS = ['18', '28', '36', '37', '41', '45'];
/** dict-financeurs: Collectivité territoriale - Conseil régional */
const FINANCEUR_REGION = '2';
/** dict-etat-recrutement: fermé, suspendu */
const RECRUITMENT_CLOSED = ['2', '3'];
/** No text we keep is longer: a hostile file cannot grow one string without end. */
const MAX_TEXT = 2000;
const MAX_DEPTH = 64;

export interface LheoCounts {
  /** formations with at least one session kept */
  offers: number;
  sessions: number;
  /** sessions left out: started or without a known start, closed, or outside the region */
  skippedPast: number;
  skippedOutside: number;
  skippedClosed: number;
}

interface Place {
  commune?: string;
  communeCode?: string;
  postalCode?: string;
  dep?: string;
  region?: string;
}

interface ActionDraft {
  rhythm?: string;
  place: Place;
  hasPlace: boolean;
  prf: boolean;
  url?: string;
  sessions: { number: string; start: string; end: string; state?: string }[];
}

interface FormationDraft {
  number: string;
  title: string;
  rncp: string[];
  formacodes: string[];
  phone?: string;
  email?: string;
  url?: string;
  organisme?: string;
  organismePhone?: string;
  organismeEmail?: string;
  actions: ActionDraft[];
}

/** « 20270105 » → « 2027-01-05 »; a month or year alone → its first day; unknown → undefined. */
export function lheoDate(text: string): string | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})$/.exec(text.trim());
  if (!m || m[1] === '0000') return undefined;
  const month = m[2] === '00' ? '01' : m[2]!;
  const day = m[3] === '00' ? '01' : m[3]!;
  const iso = `${m[1]}-${month}-${day}`;
  return Number.isNaN(Date.parse(`${iso}T00:00:00Z`)) ? undefined : iso;
}

/** « 37274 » or « RNCP37274 » → « RNCP37274 ». */
export function rncpOf(text: string): string | undefined {
  const m = /^(?:RNCP)?\s*(\d{1,6})$/i.exec(text.trim());
  return m ? `RNCP${Number(m[1])}` : undefined;
}


const departementOf = (p: Place): string | undefined => {
  if (p.dep && /^\d{2}$/.test(p.dep.trim())) return p.dep.trim();
  if (p.communeCode && /^\d{5}$/.test(p.communeCode)) return p.communeCode.slice(0, 2);
  if (p.postalCode && /^\d{5}$/.test(p.postalCode)) return p.postalCode.slice(0, 2);
  return undefined;
};

/**
 * Feed it text (`write`), then `close`. `onSession` receives each kept session as soon as its
 * formation is complete.
 */
export class LheoReader {
  private readonly parser = new SaxesParser({ xmlns: false });
  private readonly stack: string[] = [];
  private text = '';
  private capturing = false;
  private sawRoot = false;
  private rootClosed = false;
  private formation: FormationDraft | undefined;
  private action: ActionDraft | undefined;
  private session: { number: string; start: string; end: string; state?: string } | undefined;
  readonly counts: LheoCounts = { offers: 0, sessions: 0, skippedPast: 0, skippedOutside: 0, skippedClosed: 0 };

  constructor(
    private readonly today: string,
    private readonly onSession: (session: TrainingSession) => void,
  ) {
    const p = this.parser;
    p.on('doctype', () => {
      throw new LheoError('dtd', 'DOCTYPE refused');
    });
    p.on('xmldecl', (decl) => {
      if (decl.encoding && !/^utf-?8$/i.test(decl.encoding)) throw new LheoError('encoding', `encoding ${decl.encoding}`);
    });
    p.on('error', (e) => {
      if (e instanceof LheoError) throw e;
      throw new LheoError('malformed', e.message);
    });
    p.on('opentag', (tag) => this.open(tag));
    p.on('closetag', (tag) => this.close(tag.name));
    p.on('text', (t) => this.addText(t));
    p.on('cdata', (t) => this.addText(t));
  }

  write(chunk: string): void {
    // Before the root element, a DOCTYPE or an entity declaration is refused on sight, before
    // saxes even gathers its internal subset.
    if (!this.sawRoot && /<!(DOCTYPE|ENTITY)/i.test(chunk)) throw new LheoError('dtd', 'DOCTYPE refused');
    this.parser.write(chunk);
  }

  end(): LheoCounts {
    if (!this.sawRoot) throw new LheoError('empty', 'no root element');
    try {
      this.parser.close();
    } catch (e) {
      if (e instanceof LheoError && e.code !== 'malformed') throw e;
      throw new LheoError('truncated', e instanceof Error ? e.message : 'unclosed');
    }
    if (!this.rootClosed) throw new LheoError('truncated', 'root not closed');
    return this.counts;
  }

  private addText(t: string) {
    if (this.capturing && this.text.length < MAX_TEXT) this.text += t.slice(0, MAX_TEXT - this.text.length);
  }

  private local(name: string) {
    const at = name.indexOf(':');
    return at < 0 ? name : name.slice(at + 1);
  }

  private open(tag: SaxesTagPlain) {
    const name = this.local(tag.name);
    if (this.stack.length === 0) {
      const ns = tag.attributes.xmlns ?? '';
      if (name !== 'lheo' || (ns !== '' && !/^https?:\/\/(www\.)?lheo\.org\/2/.test(ns))) throw new LheoError('not-lheo', `root ${tag.name}`);
      this.sawRoot = true;
    }
    if (this.stack.length >= MAX_DEPTH) throw new LheoError('malformed', 'too deep');
    this.stack.push(name);
    this.text = '';
    const parent = this.stack[this.stack.length - 2];
    if (name === 'formation' && parent === 'offres') {
      this.formation = { number: String(tag.attributes.numero ?? this.counts.offers), title: '', rncp: [], formacodes: [], actions: [] };
    } else if (name === 'action' && parent === 'formation' && this.formation) {
      this.action = { place: {}, hasPlace: false, prf: false, sessions: [] };
      this.formation.actions.push(this.action);
    } else if (name === 'session' && parent === 'action' && this.action) {
      this.session = { number: String(tag.attributes.numero ?? this.action.sessions.length), start: '', end: '' };
    }
    this.capturing = this.formation !== undefined;
  }

  /** The names of the elements around the one closing, nearest first. */
  private within(...names: string[]) {
    const s = this.stack;
    return names.every((n, i) => s[s.length - 2 - i] === n);
  }

  private close(rawName: string) {
    const name = this.local(rawName);
    const value = this.text.trim();
    this.text = '';
    const f = this.formation;
    const a = this.action;
    if (f) {
      if (name === 'intitule-formation' && this.within('formation')) f.title = value;
      else if (name === 'code-FORMACODE' && this.within('domaine-formation')) value && f.formacodes.push(value);
      else if (name === 'code-RNCP' && this.within('certification')) {
        const code = rncpOf(value);
        if (code) f.rncp.push(code);
      } else if (name === 'numtel' && this.within('telfixe', 'coordonnees', 'contact-formation')) f.phone ??= value || undefined;
      else if (name === 'courriel' && this.within('coordonnees', 'contact-formation')) f.email ??= value || undefined;
      else if (name === 'urlweb' && this.within('web', 'coordonnees', 'contact-formation')) f.url ??= value || undefined;
      else if (name === 'urlweb' && this.within('url-formation')) f.url ??= value || undefined;
      else if ((name === 'nom-organisme' || name === 'raison-sociale') && this.within('organisme-formation-responsable')) f.organisme ??= value || undefined;
      else if (name === 'numtel' && this.within('telfixe', 'coordonnees', 'contact-organisme')) f.organismePhone ??= value || undefined;
      else if (name === 'courriel' && this.within('coordonnees', 'contact-organisme')) f.organismeEmail ??= value || undefined;
      else if (a) {
        if (name === 'rythme-formation' && this.within('action')) a.rhythm = value || undefined;
        else if (name === 'code-financeur' && this.within('organisme-financeur')) a.prf ||= value === FINANCEUR_REGION;
        else if (name === 'urlweb' && this.within('url-action')) a.url ??= value || undefined;
        else if (this.within('adresse', 'coordonnees', 'lieu-de-formation') && !a.hasPlace) {
          if (name === 'ville') a.place.commune = value;
          else if (name === 'code-INSEE-commune') a.place.communeCode = value;
          else if (name === 'codepostal') a.place.postalCode = value;
          else if (name === 'departement') a.place.dep = value;
          else if (name === 'region') a.place.region = value;
        } else if (name === 'lieu-de-formation' && this.within('action')) a.hasPlace = a.place.commune !== undefined || a.place.communeCode !== undefined;
        else if (this.session) {
          if (name === 'debut' && this.within('periode', 'session')) this.session.start = value;
          else if (name === 'fin' && this.within('periode', 'session')) this.session.end = value;
          else if (name === 'etat-recrutement' && this.within('session')) this.session.state = value;
          else if (name === 'session' && this.within('action')) {
            a.sessions.push(this.session);
            this.session = undefined;
          }
        }
        if (name === 'action' && this.within('formation')) this.action = undefined;
      }
      if (name === 'formation' && this.within('offres')) {
        this.emit(f);
        this.formation = undefined;
      }
    }
    this.stack.pop();
    this.capturing = this.formation !== undefined;
    if (this.stack.length === 0) this.rootClosed = true;
  }

  private emit(f: FormationDraft) {
    let kept = 0;
    for (const [ai, a] of f.actions.entries()) {
      const dep = departementOf(a.place);
      const inRegion = a.place.region === REGION_CODE || (dep !== undefined && REGION_DEPARTEMENTS.includes(dep));
      for (const s of a.sessions) {
        const start = lheoDate(s.start);
        if (!inRegion || dep === undefined) {
          this.counts.skippedOutside++;
          continue;
        }
        // a session that has started (or whose start is unknown) is never offered
        if (!start || start < this.today) {
          this.counts.skippedPast++;
          continue;
        }
        if (s.state && RECRUITMENT_CLOSED.includes(s.state)) {
          this.counts.skippedClosed++;
          continue;
        }
        const end = lheoDate(s.end);
        const session: TrainingSession = {
          key: `${f.number}|${ai}|${s.number}`,
          title: f.title,
          titleKey: titleKey(f.title),
          ...(f.rncp[0] ? { rncp: f.rncp[0] } : {}),
          formacodes: [...new Set(f.formacodes)],
          organisme: f.organisme ?? '',
          commune: a.place.commune ?? '',
          ...(a.place.communeCode && /^\d[0-9AB]\d{3}$/.test(a.place.communeCode) ? { communeCode: a.place.communeCode } : {}),
          ...(a.place.postalCode ? { postalCode: a.place.postalCode } : {}),
          dep,
          start,
          ...(end && end >= start ? { end } : {}),
          ...(a.rhythm ? { rhythm: a.rhythm } : {}),
          prf: a.prf,
          ...((f.phone ?? f.organismePhone) ? { phone: f.phone ?? f.organismePhone } : {}),
          ...((f.email ?? f.organismeEmail) ? { email: f.email ?? f.organismeEmail } : {}),
          ...((a.url ?? f.url) ? { url: a.url ?? f.url } : {}),
        };
        this.counts.sessions++;
        kept++;
        this.onSession(session);
      }
    }
    if (kept > 0) this.counts.offers++;
  }
}

/**
 * Reads a byte stream (Blob.stream()) through the reader: strict UTF-8 (an invalid byte is
 * refused, never replaced), in pieces, reporting the bytes read.
 */
export async function readLheoStream(
  stream: ReadableStream<Uint8Array>,
  reader: LheoReader,
  onProgress: (bytes: number) => void | Promise<void>,
): Promise<LheoCounts> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const source = stream.getReader();
  let bytes = 0;
  for (;;) {
    const { done, value } = await source.read();
    if (done) break;
    bytes += value.byteLength;
    let text: string;
    try {
      text = decoder.decode(value, { stream: true });
    } catch {
      await source.cancel();
      throw new LheoError('encoding', 'invalid UTF-8');
    }
    reader.write(text);
    await onProgress(bytes);
  }
  try {
    reader.write(decoder.decode());
  } catch (e) {
    if (e instanceof LheoError) throw e;
    throw new LheoError('encoding', 'invalid UTF-8 at the end');
  }
  return reader.end();
}
