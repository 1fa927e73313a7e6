/**
 * The plan in a URL fragment (`#/p/<payload>`), for the QR code the resident scans: nothing is
 * sent to any server, since browsers never send the fragment. Only ids and codes travel, never a
 * name or a free text: the phone resolves the words.
 *
 * Payload = layout character + body. New codes are always `B` (layout-b.ts); `A` codes, the
 * first printed plans, still open (layout-a.ts, decode only).
 *
 * Opening is strict: wrong layout character, bad characters, a failed checksum, a stream that
 * does not inflate or parse, a shape we do not know or a plan that fails `PlanSchema` all give a
 * typed error the view turns into a plain French message.
 */
import { PlanSchema } from '../../machines/plans';
import { MAX_PAYLOAD_LENGTH, type DecodeResult, type SharedPlan } from './common';
import { decodeA } from './layout-a';
import { decodeB, encodeB } from './layout-b';

export { MAX_PAYLOAD_LENGTH, type DecodeResult, type PayloadError, type SharedPlan } from './common';

/** The layout new payloads use. Bump when it changes; keep decoding older layouts. */
export const PAYLOAD_VERSION = 'B';

export function encodePlanPayload(shared: SharedPlan): string {
  return PAYLOAD_VERSION + encodeB(shared);
}

export async function decodePlanPayload(payload: string): Promise<DecodeResult> {
  const text = payload.trim();
  if (text === '') return { ok: false, error: 'empty' };
  if (text.length > MAX_PAYLOAD_LENGTH) return { ok: false, error: 'too-long' };
  const version = text[0];
  if (version !== 'A' && version !== 'B') return { ok: false, error: 'version' };
  // Only `A` needs to wait: it inflates with the browser's DecompressionStream.
  const decoded = version === 'B' ? decodeB(text.slice(1)) : await decodeA(text.slice(1));
  if (!decoded.ok) return decoded;
  const { candidate } = decoded;
  const parsed = PlanSchema.safeParse(candidate.plan);
  if (!parsed.success) return { ok: false, error: 'invalid' };
  if (candidate.departement !== undefined && !/^[a-z0-9-]{1,12}$/i.test(candidate.departement)) return { ok: false, error: 'invalid' };
  return { ok: true, value: { plan: parsed.data, ...(candidate.departement ? { departement: candidate.departement } : {}) } };
}

/** The address the QR code holds: this very app (`location.origin + location.pathname`). */
export function shareUrl(base: string, payload: string): string {
  return `${base}#/p/${payload}`;
}
