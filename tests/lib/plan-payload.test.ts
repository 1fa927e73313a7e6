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

/**
 * Real `A` payloads, made by the encoder of 2026-11-25 (seeds 123 and 98 of plan-fixtures) before
 * the `B` layout replaced it: plans printed with them must keep opening. Never regenerate them.
 */
const A_FIXTURES = [
  {
    payload:
      'AtVZNT-MwEP0vPseoCR9acWNhjyutFqQ9VD1Mp5NmimObsdPVCvHfV05SGtpAi4BLYnvs917mje1M8yzPVDEpLnSe6-JcZdOpbYzJJln33j5UKWCRdBRYAxs120wdTHEls5qliBIqScjGtru_drtoqjwTkuYF2ciRVKZWTYhcMkLkUi9czciG1CybzHpV-Z66jr92czYJoyeYJmZie7INHFLzkkWhq-dOe5ASOO7BepKaQwLN-0ieTRJAfljrEmRBmmwJNoY95J3oiOpnQwLJmpHCW98xqsC4JdWtRTvk28CA95lmpBLexxvAjljUj77TnzUH0F6ctk1Nwg_NPvAgMppGCh6QtOG5UNAB1o4lfWXNIbCz2jgEs4VNDuv8KIs9eCbZN_d5fDy93S565aOLbNpO0Miiy1ZXwjWkwfgK-t1XClmsvpNxf6-Krj7zUenFJodRHAdNVje2g0RDGzRLtDgxhLER0oTCqZFmdREEg435suwWh2xuRXy9y6fpqKpD7QfUXtyK4rWztnmFdwc_UwheU-2NSx6Pm3I6Xk9dUQmhsxY4hMR0w964-kXROyFe2i4ARxy_iw4iDA_YNxUsxHG8e4mVTnxeVvHO_XFyfwRr5Cip6leukSHzWTZVDKQBuavD1KG23TVj3HZgc9vUbkFbRT36deU4sMoeu666VG3e_5FGV9ckyGDU0-fZdtbeFzYKxFSrg9R8TN5re_e8f4-t2zOt5fgFEpmGpiH6K3xo0iX28bQdrqt3SUb0P8E-NDsX5GD400UPpF4c2IQVCVb0Y1MSG3UrN78lEKyO2AO4bnPTHbfORsD4e_PblD2qEKVpz1x1uYvz1OpUEO6v5q6Jt1hRTe2arnW58-PylBVpvhfyIHTjsEn3e-hzniSo4pua_Qc',
    parcours: 'allophone',
    departement: '28',
    steps: [
      'accueil-france-travail', 'freins-mobilite', 'freins-combo-parfait', 'freins-garde-enfants',
      'freins-logement', 'freins-sante', 'freins-visa-pro-numerique', 'freins-papiers',
      'savoirsDeBase-ofii-cir-fle', 'savoirsDeBase-visa-trois-en-un', 'savoirsDeBase-visa-pro-numerique',
      'projet-pmsmp', 'projet-reconnaissanceDiplome', 'projet-droitTravail', 'qualification-iae-aci',
      'qualification-contrat-pro', 'titrePro-titrePartiel', 'titrePro-ccpManquants',
      'emploi-rechercheEmploi',
    ],
  },
  {
    payload:
      'AhZHLTsMwEEX_Zda2lAS1Qt1VsGFbYBVl4ToTOq09tvwoC9R_R04iGkFRN37Jd-6ZO20tKgFN1axlXctmBaJtORsjKjHt1wUsxUiOpXFaGYRuem5byNxjqNcgvkB9IGzq1aXrRPuPYFKBJ9QoqUdOlBAEHHNMNJBWiQbZO0uaRlHVzSj1H6SJa09G8QJnCEj8zid2nwx3QRYGDwXLRusXxXxwR0wvrB1zvllNwBAUa5QpqLMiAwK08hKtN46gK9glZFmX44_Xat4BfVjYJUoBnw6OIpU4xytsxk_3M120sr6d1Wxp9yrrA269DyX-GMvYrhDW9fg2N3N_kPo8DqkrSu04KZ12OGCpXFqIKWSd8tjGrzqXkRdUPG33LqdXfUCLo2Y6beZpXERT_vmAXgV8djpb5BRhIijW0DxC9w0',
    parcours: 'jeune',
    departement: '28',
    steps: [
      'accueil-mission-locale', 'freins-bilan', 'projet-pmsmp', 'titrePro-epr',
      'emploi-embaucheApprentissage',
    ],
  },
] as const;

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

  it('still opens plans printed with the `A` layout', async () => {
    for (const fixture of A_FIXTURES) {
      const result = await decodePlanPayload(fixture.payload);
      expect(result.ok, fixture.parcours).toBe(true);
      if (!result.ok) continue;
      expect(PlanSchema.safeParse(result.value.plan).success).toBe(true);
      expect(result.value.departement).toBe(fixture.departement);
      expect(result.value.plan.parcours).toBe(fixture.parcours);
      expect(result.value.plan.steps.map((s) => s.id)).toEqual(fixture.steps);
      expect(result.value.plan.nextActions.map((a) => a.code)).toEqual(['contactReferent', 'askAboutScheme', 'prepareDocuments']);
    }
  });

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
