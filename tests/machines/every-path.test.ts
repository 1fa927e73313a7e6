/**
 * Every path of each parcours machine to its final state, enumerated with @xstate/graph.
 *
 * The model: events are the answers the journey can send in a state (the question of lowest
 * priority, as viewJourney asks it), one representative value per class of answers the guards
 * tell apart, plus « je ne sais pas ». The state is collapsed to the state value and the
 * classes of the answers given, so the graph stays finite and small; each path is then
 * replayed with its exact events and its plan checked.
 */
import { describe, expect, it } from 'vitest';
import { getAdjacencyMap } from '@xstate/graph';
import { initialTransition, transition, type AnyMachineSnapshot, type AnyStateMachine } from 'xstate';
import { orientationMachine } from '../../machines/orientation.machine';
import { answerSchemaFor, questionView } from '../../machines/questions';
import { livesInQpvCommune } from '../../machines/rules';
import { getTitre, titresOfSector } from '../../data';
import type { Answers, ParcoursId, Plan } from '../../machines';
import { PlanSchema } from '../../machines/plans';
import { parcoursMachines, askedQuestion } from '../../machines/journey';
import { buildPlan } from '../../machines/plan';
import { TODAY, eligibilityExcludes, endedBefore, messageKeys, schemeById, structureById } from './helpers';
import { initialSnapshot, nextSnapshot } from '../../machines/pure';

type AnswerEvent = { type: 'answer.submit'; question: string; value: string | string[] | number };

/** Representative answers per question, each standing for a class the machine tells apart. */
const representatives = (question: string, answers: Answers): AnswerEvent['value'][] => {
  switch (question) {
    case 'besoinsSavoirs':
      return [['aucun'], ['lecture-ecriture', 'calcul', 'numerique'], 'nsp'];
    case 'projetConnu':
      return ['oui', 'non', 'nsp'];
    case 'secteur':
      // a sector whose first titre has CCP blocks, one with single-unit titres, and none
      return ['services-personne', 'transport', 'nsp'];
    case 'titreVise':
      return [titresOfSector(String(answers.secteur))[0]!.id, 'nsp'];
    case 'experience':
      return ['aucune', '1-an-plus', 'nsp'];
    case 'modeFormation':
      return ['centre', 'en-travaillant', 'nsp'];
    case 'rythme':
      return ['temps-plein', 'temps-partiel'];
    case 'ccpAcquis': {
      const ccp = getTitre(String(answers.titreVise))?.ccp[0]?.id ?? 'une-partie';
      return [['aucun'], [ccp], 'nsp'];
    }
    case 'freins':
      return [['aucun'], ['permis', 'garde-enfants', 'numerique', 'sante'], ['mobilite', 'logement', 'papiers'], 'nsp'];
    default:
      throw new Error(`No representatives for ${question}`);
  }
};

const classOf = (question: string, value: unknown): string => {
  if (question === 'secteur' || question === 'titreVise') return value === 'nsp' ? 'nsp' : String(value);
  return JSON.stringify(value);
};

/** Each parcours with people it fits and people who chose it anyway (any parcours can be chosen). */
const PROFILES: Record<ParcoursId, Answers[]> = {
  jeune: [
    { age: 17, diplome: 'aucun', rqth: 'non', situation: 'autre' },
    { age: 24, diplome: 'aucun', rqth: 'non', situation: 'rsa', departement: '45', commune: '45234' },
    { age: 28, diplome: 'aucun', rqth: 'oui', situation: 'demandeur-emploi' },
    { age: 45, diplome: 'aucun', rqth: 'non', situation: 'demandeur-emploi' },
  ],
  allophone: [
    { age: 34, diplome: 'etranger', rqth: 'non', francais: 'debutant', enFranceDepuis: 'moins-5-ans', situation: 'demandeur-emploi' },
    { age: 52, diplome: 'aucun', rqth: 'nsp', francais: 'a1', enFranceDepuis: 'plus-5-ans', situation: 'rsa' },
    { age: 19, diplome: 'etranger', rqth: 'non', francais: 'debutant', enFranceDepuis: 'nsp', situation: 'autre' },
  ],
  reprise: [
    { age: 41, diplome: 'cap-bep', rqth: 'non', situation: 'rsa', ecrit: 'difficile', departement: '37', commune: 'nsp' },
    { age: 26, diplome: 'bac', rqth: 'non', situation: 'demandeur-emploi', sansEmploiDepuis: 'jamais' },
    { age: 50, diplome: 'nsp', rqth: 'nsp', situation: 'nsp', ecrit: 'difficile' },
  ],
  reconversion: [
    { age: 38, diplome: 'cap-bep', rqth: 'oui', situation: 'emploi', ecrit: 'facile' },
    { age: 23, diplome: 'bac', rqth: 'non', situation: 'demandeur-emploi', sansEmploiDepuis: 'moins-6-mois' },
    { age: 35, diplome: 'bac', rqth: 'non', situation: 'ass', sansEmploiDepuis: '12-mois-plus' },
  ],
};

/** What a step is about, whatever its stage (a scheme, an action, a structure, a frein). */
const identity = (w: Plan['steps'][number]['what']) => JSON.stringify([w.scheme, w.action, w.titre, w.ccp, w.structure, w.frein]);

/** Every structure a plan names: contacts, structure steps and alternatives, next actions. */
const structuresNamed = (plan: Plan) => [
  ...plan.steps.flatMap((s) => s.who),
  ...plan.steps.flatMap((s) => [s.what.structure, ...(s.alternatives ?? []).map((a) => a.structure)]),
  ...plan.nextActions.map((a) => a.params?.structure),
].filter((x): x is string => x !== undefined);

interface Path {
  events: AnswerEvent[];
  end: AnyMachineSnapshot;
}

/**
 * @xstate/graph builds the adjacency map of the model; the paths to the final state are then
 * read off it depth-first. (getSimplePaths() walks the whole graph once per target state,
 * which is quadratic and takes minutes on these machines.)
 */
const enumerate = (machine: AnyStateMachine, profile: Answers): Path[] => {
  const serializeState = (snapshot: AnyMachineSnapshot) =>
    JSON.stringify([
      snapshot.value,
      Object.entries(snapshot.context.answers)
        .filter(([k]) => !(k in profile))
        .map(([k, v]) => `${k}:${classOf(k, v)}`),
    ]);
  const adjacency = getAdjacencyMap(machine, {
    input: { answers: profile },
    events: (snapshot: AnyMachineSnapshot) => {
      const question = askedQuestion(snapshot);
      if (!question) return [];
      return representatives(question, snapshot.context.answers).map((value) => ({ type: 'answer.submit', question, value }));
    },
    serializeState,
    serializeEvent: (event: AnswerEvent) => JSON.stringify(event),
  } as never) as unknown as Record<string, { state: AnyMachineSnapshot; transitions: Record<string, { event: AnswerEvent; state: AnyMachineSnapshot }> }>;

  const initial = initialTransition(machine, { answers: profile })[0] as AnyMachineSnapshot;
  const paths: Path[] = [];
  const onPath = new Set<string>();
  const walk = (key: string, events: AnswerEvent[]) => {
    const node = adjacency[key];
    if (!node) throw new Error(`state missing from the adjacency map: ${key}`);
    if (node.state.status === 'done') {
      paths.push({ events, end: node.state });
      return;
    }
    onPath.add(key);
    for (const { event, state } of Object.values(node.transitions)) {
      const next = serializeState(state);
      if (next !== key && !onPath.has(next)) walk(next, [...events, event]);
    }
    onPath.delete(key);
  };
  walk(serializeState(initial), []);
  return paths;
};

/** Replays a path's exact events from the initial snapshot. */
const replayPath = (machine: AnyStateMachine, profile: Answers, events: AnswerEvent[]) => {
  let snapshot = initialTransition(machine, { answers: profile })[0] as AnyMachineSnapshot;
  for (const event of events) snapshot = transition(machine, snapshot, event)[0] as AnyMachineSnapshot;
  return snapshot;
};

const codesOf = (plan: Plan): string[] => [
  ...plan.steps.map((s) => `stage.${s.stage}`),
  ...plan.steps.flatMap((s) => s.why.map((w) => `why.${w.code}`)),
  ...plan.steps.flatMap((s) => (s.what.action ? [`plan.action.${s.what.action}`] : [])),
  ...plan.steps.flatMap((s) => (s.what.frein ? [`plan.frein.${s.what.frein}`] : [])),
  ...plan.steps.flatMap((s) => s.bring.map((b) => `plan.bring.${b}`)),
  ...plan.nextActions.map((a) => `next.${a.code}`),
];

describe.each(Object.keys(parcoursMachines) as ParcoursId[])('every path of the parcours « %s »', (parcours) => {
  const machine = parcoursMachines[parcours];

  it.each(PROFILES[parcours].map((p, i) => [i + 1, p] as const))(
    'ends every path (profile %i) in a valid plan that offers nothing ended and nothing the age rules out',
    (_n, profile) => {
      const paths = enumerate(machine, profile);
      console.log(`${parcours} (profile ${JSON.stringify(profile)}): ${paths.length} paths to the final state`);
      expect(paths.length).toBeGreaterThan(20);
      const missingKeys = new Set<string>();
      for (const [i, { events, end }] of paths.entries()) {
        // the collapsed model is exact: replaying a path's events gives the same end state
        if (i % 97 === 0) expect(replayPath(machine, profile, events).context).toEqual(end.context);
        expect(end.status).toBe('done');
        const plan = buildPlan({ parcours, answers: end.context.answers, route: end.context.route, today: TODAY });
        const parsed = PlanSchema.safeParse(plan);
        expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);

        const planStages = new Set(plan.steps.map((s) => s.stage));
        for (const entry of end.context.route) {
          expect(planStages.has(entry.stage), `no step for stage ${entry.stage} on ${JSON.stringify(events)}`).toBe(true);
        }
        const answers = end.context.answers;
        const offered = plan.steps.flatMap((s) => [s.what.scheme, ...(s.alternatives ?? []).map((a) => a.scheme)]);
        for (const id of offered.filter((x): x is string => x !== undefined)) {
          const scheme = schemeById.get(id)!;
          expect(scheme, `unknown scheme ${id}`).toBeDefined();
          expect(endedBefore(scheme, TODAY), `${id} has ended`).toBe(false);
          expect(eligibilityExcludes(scheme.eligibility, answers), `${id} excludes this person`).toBeUndefined();
        }
        for (const id of structuresNamed(plan)) {
          const structure = structureById.get(id);
          expect(structure, `unknown structure ${id}`).toBeDefined();
          expect(eligibilityExcludes(structure!.eligibility, answers), `${id} does not accept this person`).toBeUndefined();
        }
        // nothing twice: not the same step, nor an alternative that is a step of its own
        const identities = plan.steps.map((s) => identity(s.what));
        expect(new Set(identities).size, `a step twice on ${JSON.stringify(events)}`).toBe(identities.length);
        for (const s of plan.steps) for (const a of s.alternatives ?? []) expect(identities).not.toContain(identity(a));
        expect(offered).not.toContain('emplois-francs');
        for (const key of codesOf(plan)) if (!messageKeys.has(key)) missingKeys.add(key);
      }
      expect([...missingKeys]).toEqual([]);
    },
    30_000,
  );

  it('steps exactly as XState\'s own transition() on every edge of every path (machines/pure.ts)', () => {
    const profile = PROFILES[parcours][0]!;
    let edges = 0;
    const seen = new Set<string>();
    const compare = (snapshot: AnyMachineSnapshot, events: AnswerEvent[]) => {
      for (const event of events) {
        const key = `${JSON.stringify(snapshot.value)}|${JSON.stringify(snapshot.context)}|${JSON.stringify(event)}`;
        const ours = nextSnapshot(machine, snapshot as never, event);
        if (!seen.has(key)) {
          seen.add(key);
          const theirs = transition(machine, snapshot, event)[0] as AnyMachineSnapshot;
          expect(ours.value).toEqual(theirs.value);
          expect(ours.context).toEqual(theirs.context);
          expect(ours.status).toBe(theirs.status);
          edges++;
        }
        snapshot = ours as AnyMachineSnapshot;
      }
    };
    const ours0 = initialSnapshot(machine, { answers: profile });
    const theirs0 = initialTransition(machine, { answers: profile })[0] as AnyMachineSnapshot;
    expect(ours0.value).toEqual(theirs0.value);
    expect(ours0.context).toEqual(theirs0.context);
    for (const { events } of enumerate(machine, profile)) compare(ours0 as AnyMachineSnapshot, events);
    console.log(`${parcours}: pure stepping equals transition() on ${edges} distinct edges`);
    expect(edges).toBeGreaterThan(50);
  }, 60_000);
});

/**
 * The commune question sits in the orientation machine: each of its answers (a commune with a
 * confirmed QPV, one with only older QPV names, one without, « je ne sais pas »), for every
 * département answer, reaches the orientation, and `livesInQpvCommune` says what the data says.
 */
describe('every path through the département and commune questions', () => {
  const communes: Array<[string, boolean | undefined]> = [
    ['45234', true], // Orléans: La Source, Argonne…
    ['18279', undefined], // Vierzon: only older QPV names in territory.json
    ['45001', false], // Adon: no QPV entry
    ['nsp', undefined],
  ];
  const departements = ['18', '28', '36', '37', '41', '45', 'autre', 'nsp'];
  it.each(departements)('département %s', (departement) => {
    for (const [code, qpv] of communes) {
      const answers: Answers = { age: 40, departement, diplome: 'bac', rqth: 'non', francais: 'a2plus', situation: 'emploi', ecrit: 'facile' };
      const inDep = code === 'nsp' || code.startsWith(departement);
      let snapshot = initialTransition(orientationMachine, { answers: {} })[0] as AnyMachineSnapshot;
      const asked: string[] = [];
      for (let i = 0; i < 20 && !snapshot.matches('orientation'); i++) {
        const question = askedQuestion(snapshot)!;
        asked.push(question);
        const value = question === 'commune' ? code : answers[question]!;
        if (question === 'commune' && !inDep) {
          expect(answerSchemaFor(questionView('commune', snapshot.context.answers)).safeParse(value).success).toBe(false);
          break;
        }
        snapshot = transition(orientationMachine, snapshot, { type: 'answer.submit', question, value })[0] as AnyMachineSnapshot;
      }
      const regional = departement !== 'autre' && departement !== 'nsp';
      expect(asked.includes('commune')).toBe(regional);
      if (!regional || !inDep) continue;
      expect(snapshot.matches('orientation'), `${departement}/${code}`).toBe(true);
      expect(livesInQpvCommune(snapshot.context.answers), `${departement}/${code}`).toBe(qpv);
    }
  });
});
