// @vitest-environment node
// CompressionStream and the qrcode package are used as in the browser; node has both.
import { describe, expect, it } from 'vitest';
import QRCode from 'qrcode';
import { PlanSchema } from '../../machines';
import {
  MAX_PAYLOAD_LENGTH,
  decodePlanPayload,
  encodePlanPayload,
  shareUrl,
  withProgress,
} from '../../src/features/plan/plan-payload';
import { QR_ERROR_CORRECTION } from '../../src/features/plan/PlanQr';
import { generatePlans, planFromSeed } from './plan-fixtures';

/** A plausible deployed address; the real one is location.origin + location.pathname. */
const BASE = 'https://passerelle.exemple-structure.fr/';

const fragmentOf = (url: string) => url.slice(url.indexOf('#/p/') + 4);

describe('the plan carried in the QR code', () => {
  it('round-trips every generated plan (plan → URL → plan, equal) and fits a QR code', async () => {
    const plans = generatePlans(150);
    expect(new Set(plans.map((p) => p.plan.parcours)).size).toBe(4);
    let largest = { length: 0, steps: 0, seed: 0 };
    for (const { plan, departement, seed } of plans) {
      const url = shareUrl(BASE, await encodePlanPayload({ plan, ...(departement ? { departement } : {}) }));
      const back = await decodePlanPayload(fragmentOf(url));
      expect(back, `seed ${seed}`).toEqual({ ok: true, value: { plan, ...(departement ? { departement } : {}) } });
      if (url.length > largest.length) largest = { length: url.length, steps: plan.steps.length, seed };
    }
    const longestPlan = Math.max(...plans.map((p) => p.plan.steps.length));
    const version = QRCode.create('x'.repeat(largest.length), { errorCorrectionLevel: QR_ERROR_CORRECTION }).version;
    const typical = plans.map((p) => p.plan.steps.length).sort((a, b) => a - b)[Math.floor(plans.length / 2)];
    console.log(
      `QR payload: largest URL ${largest.length} characters (${largest.steps} steps, seed ${largest.seed}; longest plan ${longestPlan} steps, median ${typical}) ` +
        `→ QR version ${version} at error correction ${QR_ERROR_CORRECTION} (byte capacity of version 40-${QR_ERROR_CORRECTION}: 2331)`,
    );
    // Version 25 (117 modules) printed 30 mm wide gives 0.26 mm modules: the most a phone reads at arm's length.
    expect(version).toBeLessThanOrEqual(25);
  }, 120_000);

  it('keeps the resident’s progress and appointment dates', async () => {
    const { plan } = planFromSeed(7);
    const first = plan.steps[0]!;
    const tracked = withProgress(plan, { [first.id]: { status: 'fait', appointment: '2026-12-03' } });
    const back = await decodePlanPayload(await encodePlanPayload({ plan: tracked }));
    expect(back.ok && back.value.plan.steps[0]).toMatchObject({ status: 'fait', date: '2026-12-03' });
    expect(back.ok && PlanSchema.safeParse(back.value.plan).success).toBe(true);
  });

  it('refuses an empty, foreign, truncated or tampered fragment with a typed reason', async () => {
    const { plan, departement } = planFromSeed(3, true);
    const good = await encodePlanPayload({ plan, departement });
    expect((await decodePlanPayload(good)).ok).toBe(true);
    expect(await decodePlanPayload('')).toEqual({ ok: false, error: 'empty' });
    expect(await decodePlanPayload('garbage')).toEqual({ ok: false, error: 'version' });
    expect(await decodePlanPayload('Z' + good.slice(1))).toEqual({ ok: false, error: 'version' });
    expect(await decodePlanPayload('A' + 'x'.repeat(MAX_PAYLOAD_LENGTH))).toEqual({ ok: false, error: 'too-long' });
    expect(await decodePlanPayload('A%%%')).toEqual({ ok: false, error: 'corrupt' });
    for (const cut of [0.2, 0.5, 0.9]) {
      const truncated = await decodePlanPayload(good.slice(0, Math.floor(good.length * cut)));
      expect(truncated.ok, `cut at ${cut}`).toBe(false);
    }
    // Flip characters one at a time: never a crash, never a plan that fails the schema.
    for (let i = 1; i < good.length; i += 7) {
      const tampered = good.slice(0, i) + (good[i] === 'Q' ? 'R' : 'Q') + good.slice(i + 1);
      const result = await decodePlanPayload(tampered);
      if (result.ok) expect(PlanSchema.safeParse(result.value.plan).success).toBe(true);
      else expect(['corrupt', 'invalid']).toContain(result.error);
    }
  });

  it('refuses a well-formed payload whose plan breaks the schema', async () => {
    const { plan } = planFromSeed(11);
    const broken = { ...plan, nextActions: plan.nextActions.slice(0, 2) };
    const result = await decodePlanPayload(await encodePlanPayload({ plan: broken as typeof plan }));
    expect(result).toEqual({ ok: false, error: 'invalid' });
  });
});
