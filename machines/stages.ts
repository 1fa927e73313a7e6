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
import type { AlternativeDef, LadderDef, StageId } from '../data';

export interface QuestionMeta {
  question: string;
  /** lower is asked first when both regions have a question pending (default 1) */
  priority?: number;
}

const enter = (stage: StageId, alt: string) => ({ type: 'enterStage' as const, params: { stage, alt } });

interface AskOptions {
  /** lower is asked first when both regions have a question pending */
  priority?: number;
  /** an action to run after the answer is recorded */
  then?: 'queueMissingCcp';
}

/** A state that asks `question` and goes to `target` once it is answered (every machine's one helper). */
export const ask = (question: string, target: string, { priority, then }: AskOptions = {}) => ({
  meta: (priority === undefined ? { question } : { question, priority }) satisfies QuestionMeta,
  on: {
    'answer.submit': {
      guard: { type: 'isAnswerTo' as const, params: { question } },
      target,
      actions: then ? (['recordAnswer', then] as const) : ('recordAnswer' as const),
    },
  },
});

const chooseAmong = (stage: StageId, alternatives: readonly Pick<AlternativeDef, 'alt' | 'when'>[]) => ({
  initial: 'choose',
  states: {
    choose: {
      always: alternatives.map((a) => (a.when ? { guard: a.when, target: a.alt } : { target: a.alt })),
    },
    ...Object.fromEntries(
      alternatives.map((a) => [a.alt, { type: 'final' as const, entry: enter(stage, a.alt) }]),
    ),
  },
});

/** The ladder of one parcours, its alternatives read from data/parcours.json (`ladder`). */
export const ladder = (o: LadderDef) => ({
  initial: 'accueil',
  states: {
    accueil: { ...chooseAmong('accueil', o.accueil), onDone: 'savoirsDeBase' },

    savoirsDeBase: {
      initial: 'ask',
      states: {
        ask: ask('besoinsSavoirs', 'route'),
        // skipped when not needed (allophone: French is always worked on)
        route: {
          always: o.savoirsDeBase.always
            ? [{ target: 'formation' }]
            : [{ guard: 'needsBasicSkills' as const, target: 'formation' }, { target: 'skipped' }],
        },
        formation: { type: 'final' as const, entry: enter('savoirsDeBase', o.savoirsDeBase.alt) },
        skipped: { type: 'final' as const },
      },
      onDone: 'projet',
    },

    projet: {
      initial: 'ask',
      states: {
        ask: ask('projetConnu', 'route'),
        route: { always: [{ guard: 'knowsTargetJob' as const, target: 'confirmer' }, { target: 'decouvrir' }] },
        confirmer: { entry: enter('projet', o.projet.known.alt), always: { target: 'secteur' } },
        decouvrir: { entry: enter('projet', o.projet.unknown.alt), always: { target: 'secteur' } },
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
        enTravaillant: { type: 'final' as const, entry: enter('qualification', o.qualification.enTravaillant.alt) },
        enCentre: o.qualification.askRythme
          ? { entry: enter('qualification', o.qualification.centre.alt), always: { target: 'askRythme' } }
          : { type: 'final' as const, entry: enter('qualification', o.qualification.centre.alt) },
        askRythme: ask('rythme', 'done'),
        aChoisir: { type: 'final' as const, entry: enter('qualification', o.qualification.unknown.alt) },
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
        askCcp: ask('ccpAcquis', 'afterCcp', { then: 'queueMissingCcp' }),
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

/** The freins question comes before the ladder's questions, or after the first ones. */
const FREINS_FIRST = 0;
const FREINS_LAST = 2;

/** The *freins* region: asked once, first or later (data: `freinsFirst`); the plan lists one step per frein. */
export const freinsRegion = (freinsFirst: boolean) => ({
  initial: 'ask',
  states: {
    ask: ask('freins', 'route', { priority: freinsFirst ? FREINS_FIRST : FREINS_LAST }),
    route: { always: [{ guard: 'hasNoFreins' as const, target: 'aucun' }, { target: 'lever' }] },
    lever: { type: 'final' as const, entry: enter('freins', 'lever') },
    aucun: { type: 'final' as const },
  },
});
