// @vitest-environment node
// DecompressionStream (A payloads) and the qrcode package are used as in the browser; node has both.
import { describe, expect, it } from 'vitest';
import QRCode from 'qrcode';
import type { Plan } from '../../machines';
import { PlanSchema } from '../../machines/plans';
import { sectors, titres } from '../../data';
import { schemes, structureTypes } from '../../data/plan-data';
import { MAX_PAYLOAD_LENGTH, decodePlanPayload, encodePlanPayload, shareUrl } from '../../src/payload';
import { withProgress } from '../../src/features/plan/progress';
import { QR_ERROR_CORRECTION } from '../../src/features/plan/PlanQr';
import { BitWriter, bitsToDecimal, crc16 } from '../../src/payload/bits';
import { PAYLOAD_DICTIONARY } from '../../src/payload/dictionary';
import { generatePlans, planFromSeed } from '../machines/plan-fixtures';

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

/** The dictionary as committed on 2026-11-25 (see the append-only test). */
const PINNED_DICTIONARY = {
  parcours: ['jeune', 'allophone', 'reprise', 'reconversion'],
  stage: ['accueil', 'freins', 'savoirsDeBase', 'projet', 'qualification', 'titrePro', 'emploi'],
  status: ['a-faire', 'en-cours', 'fait'],
  structure: [
    'mission-locale', 'france-travail', 'cap-emploi', 'departement-rsa', 'plie', 'e2c', 'epide',
    'espace-libres-savoirs', 'siae', 'ofii', 'france-services', 'cfa', 'france-vae',
  ],
  scheme: [
    'cej', 'garantie-jeunes', 'pacea', 'e2c', 'epide', 'service-civique', 'pmsmp', 'ofii-cir-fle',
    'fle-alpha', 'visa-trois-en-un', 'visa-pro-numerique', 'visa-plus-parcours-emploi', 'clea',
    'prf-qualifiant', 'remuneration-region', 'defi', 'prepa-apprentissage', 'apprentissage', 'contrat-pro',
    'iae-aci', 'iae-ei', 'iae-etti', 'iae-ai', 'vae', 'pec', 'combo-parfait', 'emplois-francs',
  ],
  titre: [
    'advf', 'aph', 'epr', 'serveur', 'cuisinier', 'chef-partie', 'preparateur-commandes', 'cariste',
    'agent-magasinier', 'conducteur-trm', 'conducteur-tc', 'conducteur-trm-porteur', 'macon',
    'agent-maintenance-batiments', 'employe-commercial', 'conseiller-vente', 'conseiller-commercial',
    'secretaire-assistant', 'employe-administratif-accueil', 'agent-surete', 'mediateur-social',
  ],
  ccp: [
    'advf-logement-linge', 'advf-actes-quotidien', 'advf-enfants', 'pce-preparer', 'macon-maconnerie',
    'macon-enduits', 'macon-beton-arme', 'macon-dallages', 'amb-amenagements', 'amb-electricite',
    'amb-thermique-sanitaire', 'cc-prospecter', 'cc-vendre', 'msads-veille', 'msads-mediation',
    'msads-activites',
  ],
  sector: [
    'services-personne', 'proprete', 'restauration', 'logistique', 'transport', 'batiment', 'commerce',
    'administratif', 'securite-mediation',
  ],
  frein: ['mobilite', 'permis', 'garde-enfants', 'logement', 'sante', 'numerique', 'papiers', 'bilan'],
  action: [
    'reconnaissanceDiplome', 'droitTravail', 'choisirTitre', 'titrePartiel', 'embaucheApprentissage',
    'sortieIae', 'rechercheEmploi', 'ccpManquants', 'chercherAlternance',
  ],
  why: [
    'youthReferent', 'under16', 'withRqth', 'onRsa', 'referent', 'youthSupport', 'freinUnknown',
    'frein.mobilite', 'frein.permis', 'frein.garde-enfants', 'frein.logement', 'frein.sante',
    'frein.numerique', 'frein.papiers', 'frenchBelowA2', 'need.francais', 'need.lecture-ecriture',
    'need.calcul', 'need.numerique', 'needUnknown', 'projetConnu', 'projetInconnu', 'projetUnknown',
    'foreignDiploma', 'rightToWork', 'sectorChosen', 'titreUnknown', 'titreChoisi', 'experienceVae',
    'modeCentre', 'tempsPartiel', 'modeTravail', 'modeUnknown', 'ccpAcquis', 'ccpManquant', 'singleUnit',
    'afterIae', 'jobSearch',
  ],
  next: [
    'contactReferent', 'talkAboutFrein', 'askAboutScheme', 'discoverJobs', 'prepareDocuments', 'keepPlan',
  ],
  bring: [
    'piece-identite', 'justificatif-domicile', 'rib', 'avis-imposition', 'cv', 'carte-vitale', 'titre-sejour',
    'convocation-ofii', 'attestation-france-travail', 'diplomes', 'justificatifs-experience',
  ],
  departement: ['18', '28', '36', '37', '41', '45', 'autre', 'nsp'],
  paramKey: ['age', 'titre', 'secteur', 'structure', 'scheme', 'frein'],
  payKind: ['salary', 'allowance', 'free', 'unpaid', 'aid', 'variable'],
  unit: ['hour', 'day', 'week', 'month', 'year', 'once'],
  condition: [
    'adult-non-taxable', 'adult-tax-bracket-1', 'minor', 'social-criteria', 'age-16-17', 'age-18-25',
    'age-26-plus', 'age-under-18-year-1', 'age-18-20-year-1', 'age-21-25-year-1',
  ],
};

describe('the plan carried in the QR code', () => {
  it('round-trips every generated plan (plan → URL → plan, equal) and fits a QR code', async () => {
    const plans = generatePlans(150);
    expect(new Set(plans.map((p) => p.plan.parcours)).size).toBe(4);
    let largest = { length: 0, steps: 0, seed: 0, version: 0 };
    const versions: number[] = [];
    for (const { plan, departement, seed } of plans) {
      const url = shareUrl(BASE, encodePlanPayload({ plan, ...(departement ? { departement } : {}) }));
      expect(url).toMatch(/#\/p\/B[1-9][0-9]*$/);
      const back = await decodePlanPayload(fragmentOf(url));
      expect(back, `seed ${seed}`).toEqual({ ok: true, value: { plan, ...(departement ? { departement } : {}) } });
      // The URL as PlanQr draws it: qrcode splits it into a byte segment (the address) and a
      // numeric segment (the digits of the payload).
      const version = QRCode.create(url, { errorCorrectionLevel: QR_ERROR_CORRECTION }).version;
      versions.push(version);
      if (url.length > largest.length) largest = { length: url.length, steps: plan.steps.length, seed, version };
    }
    const longestPlan = Math.max(...plans.map((p) => p.plan.steps.length));
    const mid = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
    const version = Math.max(...versions);
    console.log(
      `QR payload: largest URL ${largest.length} characters (${largest.steps} steps, seed ${largest.seed}; longest plan ${longestPlan} steps, ` +
        `median ${mid(plans.map((p) => p.plan.steps.length))}) → QR version ${largest.version}; largest version ${version}, median ${mid(versions)}, ` +
        `at error correction ${QR_ERROR_CORRECTION}`,
    );
    // Layout A reached version 25 (117 modules); B gives 9 (53 modules: 0.57 mm modules printed
    // 30 mm wide). One version of headroom for longer plans before this fails.
    expect(version).toBeLessThanOrEqual(10);
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
    const back = await decodePlanPayload(encodePlanPayload({ plan: tracked }));
    expect(back.ok && back.value.plan.steps[0]).toMatchObject({ status: 'fait', date: '2026-12-03' });
    expect(back.ok && PlanSchema.safeParse(back.value.plan).success).toBe(true);
  });

  it('refuses an empty, foreign, truncated or tampered fragment with a typed reason', async () => {
    const { plan, departement } = planFromSeed(3, true);
    const good = encodePlanPayload({ plan, departement });
    expect((await decodePlanPayload(good)).ok).toBe(true);
    expect(await decodePlanPayload('')).toEqual({ ok: false, error: 'empty' });
    expect(await decodePlanPayload('garbage')).toEqual({ ok: false, error: 'version' });
    expect(await decodePlanPayload('Z' + good.slice(1))).toEqual({ ok: false, error: 'version' });
    expect(await decodePlanPayload('B' + '1'.repeat(MAX_PAYLOAD_LENGTH))).toEqual({ ok: false, error: 'too-long' });
    expect(await decodePlanPayload('A%%%')).toEqual({ ok: false, error: 'corrupt' });
    for (const bad of ['B', 'B%%%', 'B12a4', 'B0' + good.slice(1), 'B-' + good.slice(1), 'B1', 'B' + good.slice(1) + '0']) {
      expect(await decodePlanPayload(bad), bad.slice(0, 12)).toEqual({ ok: false, error: 'corrupt' });
    }
    // Cut anywhere (a URL typed in by hand, a scan cut short): never opens.
    for (let cut = 1; cut < good.length; cut++) {
      expect((await decodePlanPayload(good.slice(0, cut))).ok, `cut at ${cut}`).toBe(false);
    }
    // Every digit changed, and neighbours swapped: the checksum refuses them all.
    for (let i = 1; i < good.length; i++) {
      for (const digit of '0123456789') {
        if (digit === good[i]) continue;
        const result = await decodePlanPayload(good.slice(0, i) + digit + good.slice(i + 1));
        expect(result.ok, `digit ${i} → ${digit}`).toBe(false);
        if (!result.ok) expect(['corrupt', 'invalid']).toContain(result.error);
      }
      if (i + 1 < good.length && good[i] !== good[i + 1]) {
        const swapped = good.slice(0, i) + good[i + 1] + good[i] + good.slice(i + 2);
        expect((await decodePlanPayload(swapped)).ok, `swap at ${i}`).toBe(false);
      }
    }
    // An old A code, tampered: never a crash, never a plan that fails the schema.
    const a = A_FIXTURES[1].payload;
    for (let i = 1; i < a.length; i += 7) {
      const result = await decodePlanPayload(a.slice(0, i) + (a[i] === 'Q' ? 'R' : 'Q') + a.slice(i + 1));
      if (result.ok) expect(PlanSchema.safeParse(result.value.plan).success).toBe(true);
      else expect(['corrupt', 'invalid']).toContain(result.error);
    }
  });

  it('refuses a B code with a valid checksum but a body it cannot read', async () => {
    /** A B payload of the given bits, closed with their CRC as the encoder does. */
    const forge = (write: (w: BitWriter) => void) => {
      const w = new BitWriter();
      write(w);
      w.uint(crc16(w.toBits()), 16);
      return 'B' + bitsToDecimal(w.toBits());
    };
    const { plan } = planFromSeed(5);
    const good = encodePlanPayload({ plan });
    const bits = [...BigInt(good.slice(1)).toString(2).slice(1, -16)].map(Number);
    expect(await decodePlanPayload(forge((w) => bits.forEach((b) => w.bit(b as 0 | 1))))).toMatchObject({ ok: true });
    // trailing bits, a stream cut short, an index past the end of the parcours list, nothing
    expect(await decodePlanPayload(forge((w) => [...bits, 0].forEach((b) => w.bit(b as 0 | 1))))).toEqual({ ok: false, error: 'invalid' });
    expect(await decodePlanPayload(forge((w) => bits.slice(0, -3).forEach((b) => w.bit(b as 0 | 1))))).toEqual({ ok: false, error: 'invalid' });
    expect(
      await decodePlanPayload(
        forge((w) => {
          w.golomb(0);
          w.uint(6, 3); // parcours symbol 6: entry 5, which does not exist
        }),
      ),
    ).toEqual({ ok: false, error: 'invalid' });
    expect(await decodePlanPayload(forge(() => {}))).toEqual({ ok: false, error: 'corrupt' });
    expect(await decodePlanPayload(forge((w) => w.uint(0, 40)))).toEqual({ ok: false, error: 'invalid' });
  });

  it('spells out ids that are not in the dictionary, and keeps every field exactly', async () => {
    const { plan } = planFromSeed(9, true);
    const [first, second, ...rest] = plan.steps;
    const odd: Plan = {
      ...plan,
      steps: [
        {
          ...first!,
          id: 'mon-etape',
          what: { structure: 'nouvelle-structure' },
          alternatives: [],
          why: [{ code: 'nouveauMotif', params: { autre: 'texte', ratio: 2.5, age: 31, titre: 'nouveau-titre' } }, { code: 'referent', params: {} }],
          who: ['nouvelle-structure', 'france-travail'],
          duration: { unit: 'week', min: 0.5, max: 1e9, hoursPerWeek: 35 },
          pay: { kind: 'allowance', amount: { eur: 1234.56, per: 'month', condition: 'nouvelle-condition', asOf: '2019-02-28', verified: false } },
          bring: ['nouveau-document', 'cv'],
          status: 'fait',
          date: '2027-03-01',
        },
        { ...second!, id: `${second!.id}-2`, stage: 'emploi', status: 'en-cours', what: { titre: 'advf', ccp: 'nouveau-bloc' } },
        ...rest,
      ],
      nextActions: [
        { code: 'nouvelleAction', params: { structure: 'nouvelle-structure', scheme: 'cej' } },
        { code: 'keepPlan', step: 'mon-etape' },
        { code: 'discoverJobs', params: {} },
      ],
    };
    expect(PlanSchema.safeParse(odd).success).toBe(true);
    const payload = encodePlanPayload({ plan: odd, departement: '2a' });
    expect(await decodePlanPayload(payload)).toEqual({ ok: true, value: { plan: odd, departement: '2a' } });
  });

  it('keeps the dictionary append-only: existing entries never move', () => {
    // Indexes printed in QR codes since 2026-11-25. Add new entries at the END of a list in
    // src/payload/dictionary.ts; never edit this list except to pin new entries after the old ones.
    const PINNED: Record<keyof typeof PAYLOAD_DICTIONARY, readonly string[]> = PINNED_DICTIONARY;
    for (const [kind, pinned] of Object.entries(PINNED)) {
      const list = PAYLOAD_DICTIONARY[kind as keyof typeof PAYLOAD_DICTIONARY] as readonly string[];
      expect(list.slice(0, pinned.length), kind).toEqual(pinned);
      expect(new Set(list).size, `${kind}: no duplicates`).toBe(list.length);
    }
    expect(Object.keys(PAYLOAD_DICTIONARY).sort()).toEqual(Object.keys(PINNED).sort());
  });

  it('has every catalogue id in the dictionary (append new ones to src/payload/dictionary.ts)', () => {
    const missing = (kind: keyof typeof PAYLOAD_DICTIONARY, ids: string[]) =>
      ids.filter((id) => !(PAYLOAD_DICTIONARY[kind] as readonly string[]).includes(id)).map((id) => `${kind}: ${id}`);
    expect([
      ...missing('scheme', schemes.map((s) => s.id)),
      ...missing('titre', titres.map((t) => t.id)),
      ...missing('ccp', titres.flatMap((t) => t.ccp.map((c) => c.id))),
      ...missing('structure', structureTypes.map((t) => t.id)),
      ...missing('sector', sectors.map((s) => (typeof s === 'string' ? s : s.id))),
      ...missing('bring', schemes.flatMap((s) => s.bring)),
    ]).toEqual([]);
  });

  it('refuses a well-formed payload whose plan breaks the schema', async () => {
    const { plan } = planFromSeed(11);
    const broken = { ...plan, nextActions: plan.nextActions.slice(0, 2) };
    const result = await decodePlanPayload(encodePlanPayload({ plan: broken as typeof plan }));
    expect(result).toEqual({ ok: false, error: 'invalid' });
  });
});
