/**
 * Shared stage pieces the four parcours machines are composed from. Each stage is a compound
 * state whose final sub-states are the alternatives within the stage; on entering an
 * alternative the machine records it in `context.route` (action `enterStage`), which the plan
 * builder turns into steps. Question-asking states carry `meta: { question }`.
 *
 * The ladder (savoirs de base → projet → qualification → titre pro → emploi) and the *freins*
 * run as two parallel regions: the person can name obstacles at any time; the journey asks the
 * question whose `meta.priority` is lowest (freins first in `reconversion`).
 */
import type { StageId } from '../data';

export interface QuestionMeta {
  question: string;
  /** lower is asked first when both regions have a question pending (default 1) */
  priority?: number;
}

type GuardName =
  | 'hasRqth'
  | 'isOnMinimumIncome'
  | 'isOnRsa'
  | 'isUnderYouthAge'
  | 'needsBasicSkills'
  | 'learnsWhileWorking'
  | 'learnsInCentre'
  | 'hasVaeExperience'
  | 'hasChosenTitre';

/** One alternative of a stage: the first whose guard passes is taken (no guard = default). */
export interface Alternative {
  alt: string;
  guard?: GuardName;
}

export interface LadderOptions {
  accueil: Alternative[];
  /** savoirs de base: the alternative when needed, and whether it is entered even without a named need */
  savoirs: { alt: string; always?: boolean };
  projet: { known: string; unknown: string };
  qualification: { centre: string; enTravaillant: string; unknown: string; askRythme: boolean };
  emploi: Alternative[];
}

const enter = (stage: StageId, alt: string) => ({ type: 'enterStage' as const, params: { stage, alt } });

const ask = (question: string, target: string, priority?: number) => ({
  meta: (priority === undefined ? { question } : { question, priority }) satisfies QuestionMeta,
  on: {
    'answer.submit': {
      guard: { type: 'isAnswerTo' as const, params: { question } },
      target,
      actions: 'recordAnswer' as const,
    },
  },
});

const chooseAmong = (stage: StageId, alternatives: Alternative[]) => ({
  initial: 'choose',
  states: {
    choose: {
      always: alternatives.map((a) => (a.guard ? { guard: a.guard, target: a.alt } : { target: a.alt })),
    },
    ...Object.fromEntries(
      alternatives.map((a) => [a.alt, { type: 'final' as const, entry: enter(stage, a.alt) }]),
    ),
  },
});

export const ladder = (o: LadderOptions) => ({
  initial: 'accueil',
  states: {
    accueil: { ...chooseAmong('accueil', o.accueil), onDone: 'savoirsDeBase' },

    savoirsDeBase: {
      initial: 'ask',
      states: {
        ask: ask('besoinsSavoirs', 'route'),
        // skipped when not needed (allophone: French is always worked on)
        route: {
          always: o.savoirs.always
            ? [{ target: 'formation' }]
            : [{ guard: 'needsBasicSkills' as const, target: 'formation' }, { target: 'skipped' }],
        },
        formation: { type: 'final' as const, entry: enter('savoirsDeBase', o.savoirs.alt) },
        skipped: { type: 'final' as const },
      },
      onDone: 'projet',
    },

    projet: {
      initial: 'ask',
      states: {
        ask: ask('projetConnu', 'route'),
        route: { always: [{ guard: 'knowsTargetJob' as const, target: 'confirmer' }, { target: 'decouvrir' }] },
        confirmer: { entry: enter('projet', o.projet.known), always: { target: 'secteur' } },
        decouvrir: { entry: enter('projet', o.projet.unknown), always: { target: 'secteur' } },
        secteur: ask('secteur', 'afterSecteur'),
        afterSecteur: { always: [{ guard: 'hasChosenSector' as const, target: 'titre' }, { target: 'done' }] },
        titre: ask('titreVise', 'done'),
        done: { type: 'final' as const },
      },
      onDone: 'qualification',
    },

    qualification: {
      initial: 'start',
      states: {
        start: { always: [{ guard: 'hasChosenTitre' as const, target: 'askExperience' }, { target: 'askMode' }] },
        askExperience: ask('experience', 'afterExperience'),
        // VAE branch: about a year of experience in the target job
        afterExperience: { always: [{ guard: 'hasVaeExperience' as const, target: 'vae' }, { target: 'askMode' }] },
        vae: { type: 'final' as const, entry: enter('qualification', 'vae') },
        askMode: ask('modeFormation', 'afterMode'),
        afterMode: {
          always: [
            { guard: 'learnsWhileWorking' as const, target: 'enTravaillant' },
            { guard: 'learnsInCentre' as const, target: 'enCentre' },
            { target: 'aChoisir' },
          ],
        },
        enTravaillant: { type: 'final' as const, entry: enter('qualification', o.qualification.enTravaillant) },
        enCentre: o.qualification.askRythme
          ? { entry: enter('qualification', o.qualification.centre), always: { target: 'askRythme' } }
          : { type: 'final' as const, entry: enter('qualification', o.qualification.centre) },
        askRythme: ask('rythme', 'done'),
        aChoisir: { type: 'final' as const, entry: enter('qualification', o.qualification.unknown) },
        done: { type: 'final' as const },
      },
      onDone: 'titrePro',
    },

    titrePro: {
      initial: 'start',
      states: {
        start: {
          always: [
            { guard: 'isSingleUnitTitre' as const, target: 'complet' },
            { guard: 'hasChosenTitre' as const, target: 'askCcp' },
            { target: 'aChoisir' },
          ],
        },
        askCcp: {
          meta: { question: 'ccpAcquis' } satisfies QuestionMeta,
          on: {
            'answer.submit': {
              guard: { type: 'isAnswerTo' as const, params: { question: 'ccpAcquis' } },
              target: 'afterCcp',
              actions: ['recordAnswer' as const, 'queueMissingCcp' as const],
            },
          },
        },
        afterCcp: { always: [{ guard: 'hasPartialTitre' as const, target: 'partiel' }, { target: 'complet' }] },
        // partial titre: CCPs obtained stay acquired; loop over the missing ones
        partiel: { entry: enter('titrePro', 'partiel'), always: { target: 'completerCcp' } },
        completerCcp: {
          always: [
            { guard: 'hasMissingCcp' as const, target: 'completerCcp', reenter: true, actions: 'takeNextCcp' as const },
            { target: 'done' },
          ],
        },
        complet: { type: 'final' as const, entry: enter('titrePro', 'complet') },
        aChoisir: { type: 'final' as const, entry: enter('titrePro', 'aChoisir') },
        done: { type: 'final' as const },
      },
      onDone: 'emploi',
    },

    emploi: { ...chooseAmong('emploi', o.emploi), onDone: 'done' },
    done: { type: 'final' as const },
  },
});

/** The *freins* region: asked once, at the priority given; the plan lists one step per frein. */
export const freinsRegion = (priority: number) => ({
  initial: 'ask',
  states: {
    ask: ask('freins', 'route', priority),
    route: { always: [{ guard: 'hasNoFreins' as const, target: 'aucun' }, { target: 'lever' }] },
    lever: { type: 'final' as const, entry: enter('freins', 'lever') },
    aucun: { type: 'final' as const },
  },
});

export const FREINS_LAST = 2;
export const FREINS_FIRST = 0;
