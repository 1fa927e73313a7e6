import type { DriverAnswers } from '../../scripts/journey-driver.mjs';

/** A resident profile for each parcours: answers whose orientation recommends that parcours. */
export const PROFILES: { parcours: string; name: string; answers: DriverAnswers }[] = [
  { parcours: 'jeune', name: 'Yanis', answers: { age: '19', departement: '37', diplome: 'aucun', rqth: 'non', francais: 'a2plus', situation: 'demandeur-emploi' } },
  { parcours: 'allophone', name: 'Amina', answers: { age: '34', departement: '45', diplome: 'etranger', rqth: 'non', francais: 'debutant', situation: 'demandeur-emploi', projetConnu: 'oui', secteur: 'proprete' } },
  { parcours: 'reprise', name: 'Sylvie', answers: { age: '47', departement: '18', diplome: 'aucun', rqth: 'non', francais: 'a2plus', situation: 'rsa', sansEmploiDepuis: '12-mois-plus', ecrit: 'difficile' } },
  { parcours: 'reconversion', name: 'Karim', answers: { age: '38', departement: '41', diplome: 'cap-bep', rqth: 'oui', francais: 'a2plus', situation: 'emploi', ecrit: 'facile', projetConnu: 'oui', secteur: 'services-personne', experience: '1-an-plus' } },
];
