import { answerQuestion, chooseParcours, startJourney, viewJourney, UNKNOWN, type Answers, type Journey, type ParcoursId } from '../../machines';

/** An invented person for each parcours, so a group can look at a typical plan without
 * anybody giving their own answers. */
export const EXAMPLE_PROFILES: Record<ParcoursId, Answers> = {
  jeune: { age: 19, departement: 'nsp', diplome: 'aucun', rqth: 'non', francais: 'a2plus', situation: 'demandeur-emploi', projetConnu: 'oui', secteur: 'restauration' },
  allophone: { age: 34, departement: 'nsp', diplome: 'etranger', rqth: 'non', francais: 'debutant', situation: 'demandeur-emploi', projetConnu: 'oui', secteur: 'proprete' },
  reprise: { age: 47, departement: 'nsp', diplome: 'aucun', rqth: 'non', francais: 'a2plus', situation: 'rsa', sansEmploiDepuis: '12-mois-plus', ecrit: 'difficile', projetConnu: 'oui', secteur: 'batiment' },
  reconversion: { age: 38, departement: 'nsp', diplome: 'cap-bep', rqth: 'oui', francais: 'a2plus', situation: 'emploi', ecrit: 'facile', projetConnu: 'oui', secteur: 'services-personne', experience: '1-an-plus' },
};

/** Walks the journey API to the end: the example's answers where it has them, else the first
 * option offered (or « je ne sais pas » for a number). */
export function exampleJourney(parcours: ParcoursId): Journey {
  const preset = EXAMPLE_PROFILES[parcours];
  let journey = startJourney();
  for (let guard = 0; guard < 80; guard++) {
    const view = viewJourney(journey);
    if (view.phase === 'done') return journey;
    if (view.phase === 'under16') throw new Error(`The example profile of ${parcours} is under 16`);
    if (view.phase === 'orientation') {
      journey = chooseParcours(journey, parcours);
      continue;
    }
    const { question } = view;
    const wanted = preset[question.id];
    const fallback = question.kind === 'number' ? UNKNOWN : question.kind === 'multi' ? [question.options[0]?.value ?? UNKNOWN] : (question.options[0]?.value ?? UNKNOWN);
    journey = answerQuestion(journey, question.id, wanted ?? fallback);
  }
  throw new Error(`The example journey for ${parcours} does not end`);
}
