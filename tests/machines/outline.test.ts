import { describe, expect, it } from 'vitest';
import { parcoursDefs } from '../../data';
import { PARCOURS_IDS, UNKNOWN, answerQuestion, chooseParcours, startJourney, viewJourney, PARCOURS_STEP, type Journey, type ParcoursId, type Plan } from '../../machines';
import { compareOutlines, orientationOutline, orientationRules, parcoursOutline, parcoursShape, type ParcoursOutline } from '../../machines/outline';
import { planOf } from '../../machines/plans';
import { createActor } from 'xstate';
import { parcoursMachines } from '../../machines/journey';
import { TODAY, endedBefore, schemeById } from './helpers';

/** A small deterministic generator, so the sampled journeys are the same on every run. */
const seeded = (seed: number) => () => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  return seed / 2 ** 31;
};

/** A journey to the plan of `parcours` with answers picked at random among each question's options. */
const sampledPlan = (parcours: ParcoursId, random: () => number): { plan: Plan; journey: Journey } => {
  let journey = startJourney();
  for (let guard = 0; guard < 80; guard++) {
    const view = viewJourney(journey, { today: TODAY });
    if (view.phase === 'done') return { plan: planOf(view), journey };
    if (view.phase === 'orientation') {
      journey = chooseParcours(journey, parcours);
      continue;
    }
    // A plan is only made from 16 on (the under-16 screen has none): the ages drawn are 16+.
    if (view.phase === 'under16') throw new Error('sampled an age under 16');
    const q = view.question;
    const pick = <T,>(list: T[]) => list[Math.floor(random() * list.length)]!;
    const values = q.options.map((o) => o.value).filter((v) => !(q.exclusive ?? []).includes(v));
    const value =
      random() < 0.15 || values.length === 0
        ? q.kind === 'number'
          ? pick([UNKNOWN, 16, 17, 22, 25, 26, 28, 30, 35, 50, 62])
          : UNKNOWN
        : q.kind === 'multi'
          ? [...new Set([pick(values), pick(values)])]
          : pick(values);
    journey = answerQuestion(journey, q.id, value);
  }
  throw new Error('journey does not end');
};

const outlines = Object.fromEntries(PARCOURS_IDS.map((p) => [p, parcoursOutline(p, TODAY)])) as Record<ParcoursId, ParcoursOutline>;

describe('the outline of each parcours', { timeout: 30_000 }, () => {
  it.each(PARCOURS_IDS)('« %s »: stages in the order of its plans, each with at least one alternative', (parcours) => {
    const outline = outlines[parcours];
    const order = parcoursDefs.find((p) => p.id === parcours)!.stages;
    const stages = outline.stages.map((s) => s.stage);
    expect(stages.length).toBeGreaterThan(3);
    expect(stages).toEqual([...stages].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
    for (const s of outline.stages) expect(s.alternatives.length, s.stage).toBeGreaterThan(0);
  });

  it.each(PARCOURS_IDS)('« %s »: every plan of 60 sampled journeys stays within the outline', (parcours) => {
    const outline = outlines[parcours];
    const random = seeded(parcours.length * 7919);
    for (let i = 0; i < 60; i++) {
      const { plan } = sampledPlan(parcours, random);
      for (const step of plan.steps) {
        const stage = outline.stages.find((s) => s.stage === step.stage);
        expect(stage, `stage ${step.stage} missing from the outline`).toBeDefined();
        const schemes = new Set(stage!.alternatives.flatMap((a) => a.schemes));
        const structures = new Set(stage!.alternatives.flatMap((a) => a.structures));
        for (const what of [step.what, ...(step.alternatives ?? [])]) {
          if (what.scheme) expect(schemes, `${step.stage}: ${what.scheme}`).toContain(what.scheme);
          if (what.structure) expect(structures, `${step.stage}: ${what.structure}`).toContain(what.structure);
        }
        for (const who of step.who) expect(structures, `${step.stage}: ${who}`).toContain(who);
      }
    }
  });

  it('lists only schemes that exist and have not ended', () => {
    for (const outline of Object.values(outlines)) {
      for (const id of outline.stages.flatMap((s) => s.alternatives.flatMap((a) => a.schemes))) {
        expect(schemeById.get(id), id).toBeDefined();
        expect(endedBefore(schemeById.get(id)!, TODAY), id).toBe(false);
      }
    }
  });

  it('shows a scheme while it runs and leaves it out once its end date has passed', () => {
    const ended = [...schemeById.values()].filter((s) => s.endsOn !== undefined && endedBefore(s, TODAY));
    const schemesOn = (date: string) => new Set(PARCOURS_IDS.flatMap((p) => parcoursOutline(p, date).stages.flatMap((s) => s.alternatives.flatMap((a) => a.schemes))));
    const shownWhileRunning = ended.filter((s) => schemesOn(s.endsOn!).has(s.id));
    expect(shownWhileRunning.length, 'an ended scheme the builder offered while it ran').toBeGreaterThan(0);
    const now = schemesOn(TODAY);
    for (const s of shownWhileRunning) expect(now.has(s.id), s.id).toBe(false);
  });

  it('reads the alternatives from the statecharts: every stage and alternative a machine takes is in the outline', () => {
    for (const parcours of PARCOURS_IDS) {
      const random = seeded(31 + parcours.length);
      const outline = outlines[parcours];
      for (let i = 0; i < 30; i++) {
        const { journey } = sampledPlan(parcours, random);
        const inParcours = journey.trail.slice(journey.trail.indexOf(PARCOURS_STEP) + 1);
        const profile = Object.fromEntries(journey.trail.slice(0, journey.trail.indexOf(PARCOURS_STEP)).map((q) => [q, journey.answers[q]!]));
        const actor = createActor(parcoursMachines[parcours], { input: { answers: profile } }).start();
        for (const q of inParcours) actor.send({ type: 'answer.submit', question: q, value: journey.answers[q]! });
        expect(actor.getSnapshot().status).toBe('done');
        for (const entry of actor.getSnapshot().context.route as Array<{ stage: string; alt: string }>) {
          if (entry.alt === 'ccp') continue; // the partial-titre loop, inside « partiel »
          const alts = outline.stages.find((s) => s.stage === entry.stage)?.alternatives.map((a) => a.alt);
          expect(alts, `${parcours}: ${entry.stage}`).toContain(entry.alt);
        }
      }
      for (const stage of outline.stages) {
        for (const alt of stage.alternatives) expect(alt.when.length > 0 || alt.otherwise, `${parcours}.${stage.stage}.${alt.alt}`).toBe(true);
      }
    }
  });

  it('says freins come first in reconversion and at any time elsewhere (question priority in the machines)', () => {
    const timing = (p: ParcoursId) => outlines[p].stages.find((s) => s.stage === 'freins')?.timing;
    expect(timing('reconversion')).toBe('first');
    for (const p of ['jeune', 'allophone', 'reprise'] as const) expect(timing(p)).toBe('anyTime');
  });

  it('says French is always worked on in allophone, and savoirs de base may be skipped elsewhere', () => {
    const optional = (p: ParcoursId) => outlines[p].stages.find((s) => s.stage === 'savoirsDeBase')?.optional;
    expect(optional('allophone')).toBe(false);
    for (const p of ['jeune', 'reprise', 'reconversion'] as const) expect(optional(p)).toBe(true);
    const fle = outlines.allophone.stages.find((s) => s.stage === 'savoirsDeBase')!.alternatives.flatMap((a) => a.schemes);
    expect(fle).toContain('ofii-cir-fle');
  });
});

describe('comparing the outlines', () => {
  it('finds no difference between a parcours and itself', () => {
    expect(compareOutlines([outlines.jeune, outlines.jeune]).every((c) => c.differences.length === 0)).toBe(true);
  });

  it('reports each kind of difference where one outline is changed', () => {
    const changed: ParcoursOutline = {
      ...outlines.jeune,
      stages: outlines.jeune.stages
        .filter((s) => s.stage !== 'titrePro')
        .map((s) => (s.stage === 'emploi' ? { ...s, timing: 'first', alternatives: s.alternatives.slice(0, 1) } : s)),
    };
    const comparison = compareOutlines([outlines.jeune, changed]);
    expect(comparison.find((c) => c.stage === 'titrePro')?.differences).toContain('absent');
    expect(comparison.find((c) => c.stage === 'emploi')?.differences).toEqual(expect.arrayContaining(['timing', 'alternatives']));
    expect(comparison.find((c) => c.stage === 'projet')?.differences).toEqual([]);
  });

  it('finds the four parcours different at the accueil (each has its own referent)', () => {
    const accueil = compareOutlines(Object.values(outlines)).find((c) => c.stage === 'accueil');
    expect(accueil?.differences).toContain('alternatives');
  });
});

describe('the orientation outline', { timeout: 30_000 }, () => {
  it('gives the rules in the order the machine tries them, ending with a default', () => {
    const rules = orientationRules();
    expect(rules.at(-1)).toEqual({ parcours: 'reconversion' });
    expect(rules.slice(0, -1).every((r) => typeof r.rule === 'string')).toBe(true);
    expect(new Set(rules.map((r) => r.parcours))).toEqual(new Set(PARCOURS_IDS));
  });

  it('shows, for each answer alone, the parcours the app would recommend and why', () => {
    const questions = orientationOutline();
    expect(questions[0]?.question).toBe('age');
    const francais = questions.find((q) => q.question === 'francais')!;
    expect(francais.hints.find((h) => h.value === 'debutant')).toMatchObject({ parcours: 'allophone', reasons: [{ code: 'frenchBelowA2' }, { code: 'ageUnknown' }] });
    const situation = questions.find((q) => q.question === 'situation')!;
    expect(situation.hints.find((h) => h.value === 'rsa')?.parcours).toBe('reprise');
    // each hint is what the journey itself recommends for that single answer
    for (const q of questions) {
      for (const hint of q.hints) {
        let j = startJourney();
        for (let g = 0; g < 30; g++) {
          const v = viewJourney(j);
          if (v.phase !== 'question') {
            expect(v.phase === 'orientation' && v.recommended, `${q.question}=${String(hint.value)}`).toBe(hint.parcours);
            break;
          }
          j = answerQuestion(j, v.question.id, v.question.id === q.question ? hint.value : UNKNOWN);
        }
      }
    }
  });
});

describe('the shape of each parcours (no plan built)', () => {
  it.each(PARCOURS_IDS)('« %s »: the same stages, alternatives and rules as its outline', (parcours) => {
    const shape = parcoursShape(parcours);
    const strip = (o: ParcoursOutline) => ({ ...o, stages: o.stages.map((s) => ({ ...s, alternatives: s.alternatives.map(({ alt, when, otherwise }) => ({ alt, when, otherwise })) })) });
    expect(shape).toEqual(strip(outlines[parcours]));
  });
});
