import type { Message } from '../types';

/**
 * Words of the questions defined in data/questions.json: `q.<id>.title`, `q.<id>.help`,
 * `q.<id>.opt.<value>`. Titres and CCP blocks are named by the catalogue (option `label`).
 */
export const questions = {
  'q.common.nsp': { std: 'Je ne sais pas', falc: 'Je ne sais pas' },

  'q.age.title': { std: 'Quel âge avez-vous ?', falc: 'Votre âge ?' },
  'q.age.help': {
    std: 'Certaines aides dépendent de l’âge. Indiquez votre âge en années.',
    falc: 'Écrivez votre âge. Par exemple : 19.',
  },

  'q.departement.title': { std: 'Dans quel département habitez-vous ?', falc: 'Où habitez-vous ?' },
  'q.departement.help': {
    std: 'Cela permet d’indiquer les structures proches de chez vous.',
    falc: 'Pour trouver de l’aide près de chez vous.',
  },
  'q.departement.opt.18': { std: 'Cher (18)', falc: 'Cher (18)' },
  'q.departement.opt.28': { std: 'Eure-et-Loir (28)', falc: 'Eure-et-Loir (28)' },
  'q.departement.opt.36': { std: 'Indre (36)', falc: 'Indre (36)' },
  'q.departement.opt.37': { std: 'Indre-et-Loire (37)', falc: 'Indre-et-Loire (37)' },
  'q.departement.opt.41': { std: 'Loir-et-Cher (41)', falc: 'Loir-et-Cher (41)' },
  'q.departement.opt.45': { std: 'Loiret (45)', falc: 'Loiret (45)' },
  'q.departement.opt.autre': { std: 'Un autre département', falc: 'Ailleurs' },

  'q.diplome.title': { std: 'Quel est votre diplôme le plus élevé ?', falc: 'Avez-vous un diplôme ?' },
  'q.diplome.help': {
    std: 'Indiquez le plus haut diplôme obtenu, en France ou dans un autre pays.',
    falc: 'Choisissez votre diplôme le plus fort.',
  },
  'q.diplome.opt.aucun': { std: 'Aucun diplôme', falc: 'Pas de diplôme' },
  'q.diplome.opt.cap-bep': { std: 'CAP ou BEP', falc: 'CAP ou BEP' },
  'q.diplome.opt.bac': { std: 'Baccalauréat (bac)', falc: 'Le bac' },
  'q.diplome.opt.superieur': { std: 'Diplôme après le bac', falc: 'Un diplôme après le bac' },
  'q.diplome.opt.etranger': { std: 'Un diplôme obtenu dans un autre pays', falc: 'Un diplôme d’un autre pays' },

  'q.rqth.title': {
    std: 'Avez-vous une reconnaissance de travailleur handicapé (RQTH) ?',
    falc: 'Avez-vous la RQTH ?',
  },
  'q.rqth.help': {
    std: 'La RQTH est donnée par la MDPH. Elle ouvre des aides et un accompagnement par Cap emploi. Vous n’avez pas à en dire plus.',
    falc: 'La RQTH est un papier de la MDPH. Il aide quand on a un handicap ou une maladie longue.',
  },
  'q.rqth.opt.oui': { std: 'Oui', falc: 'Oui' },
  'q.rqth.opt.non': { std: 'Non', falc: 'Non' },

  'q.francais.title': { std: 'Comment parlez-vous français ?', falc: 'Vous parlez français ?' },
  'q.francais.help': {
    std: 'Il n’y a pas de mauvaise réponse : cela sert à proposer des cours si besoin.',
    falc: 'Pas de mauvaise réponse. C’est pour proposer des cours.',
  },
  'q.francais.opt.debutant': { std: 'Je commence à apprendre le français', falc: 'Je commence' },
  'q.francais.opt.a1': {
    std: 'Je comprends et je dis des phrases simples',
    falc: 'Je dis des phrases simples',
  },
  'q.francais.opt.a2plus': {
    std: 'Je me débrouille dans la vie de tous les jours',
    falc: 'Je parle bien au quotidien',
  },

  'q.situation.title': { std: 'Quelle est votre situation aujourd’hui ?', falc: 'Que faites-vous en ce moment ?' },
  'q.situation.opt.rsa': { std: 'Je touche le RSA', falc: 'J’ai le RSA' },
  'q.situation.opt.ass': {
    std: 'Je touche l’allocation de solidarité spécifique (ASS)',
    falc: 'J’ai l’ASS',
  },
  'q.situation.opt.demandeur-emploi': {
    std: 'Je cherche un emploi (inscrit ou non à France Travail)',
    falc: 'Je cherche un travail',
  },
  'q.situation.opt.emploi': { std: 'J’ai un emploi', falc: 'J’ai un travail' },
  'q.situation.opt.etudes': { std: 'Je suis à l’école ou en formation', falc: 'Je suis à l’école' },
  'q.situation.opt.autre': { std: 'Autre situation', falc: 'Autre' },

  'q.sansEmploiDepuis.title': {
    std: 'Depuis combien de temps êtes-vous sans emploi ?',
    falc: 'Depuis quand êtes-vous sans travail ?',
  },
  'q.sansEmploiDepuis.opt.moins-6-mois': { std: 'Moins de 6 mois', falc: 'Moins de 6 mois' },
  'q.sansEmploiDepuis.opt.6-12-mois': { std: 'Entre 6 mois et 1 an', falc: 'Entre 6 mois et 1 an' },
  'q.sansEmploiDepuis.opt.12-mois-plus': { std: 'Un an ou plus', falc: 'Plus d’un an' },
  'q.sansEmploiDepuis.opt.jamais': { std: 'Je n’ai jamais travaillé', falc: 'Je n’ai jamais travaillé' },

  'q.ecrit.title': {
    std: 'Lire et écrire en français, pour vous c’est :',
    falc: 'Lire et écrire, c’est facile pour vous ?',
  },
  'q.ecrit.opt.facile': { std: 'Facile', falc: 'Facile' },
  'q.ecrit.opt.difficile': { std: 'Parfois difficile', falc: 'Un peu difficile' },
  'q.ecrit.opt.tres-difficile': { std: 'Très difficile', falc: 'Très difficile' },

  'q.besoinsSavoirs.title': {
    std: 'Voulez-vous progresser dans un de ces domaines ?',
    falc: 'Vous voulez apprendre quoi ?',
  },
  'q.besoinsSavoirs.help': {
    std: 'Des formations gratuites existent près de chez vous. Vous pouvez cocher plusieurs réponses.',
    falc: 'Les cours sont gratuits. Vous pouvez cocher plusieurs choses.',
  },
  'q.besoinsSavoirs.opt.francais': { std: 'Parler le français', falc: 'Parler français' },
  'q.besoinsSavoirs.opt.lecture-ecriture': { std: 'Lire et écrire', falc: 'Lire et écrire' },
  'q.besoinsSavoirs.opt.calcul': { std: 'Compter et calculer', falc: 'Compter' },
  'q.besoinsSavoirs.opt.numerique': { std: 'Utiliser un ordinateur ou un téléphone', falc: 'Utiliser un ordinateur' },
  'q.besoinsSavoirs.opt.aucun': { std: 'Non, pas besoin', falc: 'Non, pas besoin' },

  'q.projetConnu.title': { std: 'Savez-vous quel métier vous voulez faire ?', falc: 'Vous savez quel métier faire ?' },
  'q.projetConnu.opt.oui': { std: 'Oui, je sais', falc: 'Oui' },
  'q.projetConnu.opt.non': { std: 'Non, pas encore', falc: 'Pas encore' },

  'q.secteur.title': { std: 'Quel domaine vous intéresse ?', falc: 'Quel travail vous plaît ?' },
  'q.secteur.help': {
    std: 'Choisissez le domaine le plus proche. Vous pourrez changer d’avis.',
    falc: 'Choisissez un domaine. Vous pouvez changer plus tard.',
  },
  'q.secteur.opt.services-personne': { std: 'Aider des personnes chez elles', falc: 'Aider les gens chez eux' },
  'q.secteur.opt.proprete': { std: 'Nettoyage et propreté', falc: 'Le nettoyage' },
  'q.secteur.opt.restauration': { std: 'Cuisine et restaurant', falc: 'La cuisine, le restaurant' },
  'q.secteur.opt.logistique': { std: 'Entrepôt et logistique', falc: 'L’entrepôt' },
  'q.secteur.opt.transport': { std: 'Conduire un camion ou un bus', falc: 'Conduire un camion ou un bus' },
  'q.secteur.opt.batiment': { std: 'Bâtiment et entretien des bâtiments', falc: 'Le bâtiment' },
  'q.secteur.opt.commerce': { std: 'Vente et commerce', falc: 'La vente, le magasin' },
  'q.secteur.opt.administratif': { std: 'Accueil et travail de bureau', falc: 'L’accueil, le bureau' },
  'q.secteur.opt.securite-mediation': { std: 'Sécurité et médiation', falc: 'La sécurité, la médiation' },

  'q.titreVise.title': { std: 'Quel titre professionnel visez-vous ?', falc: 'Quel diplôme de métier voulez-vous ?' },
  'q.titreVise.help': {
    std: 'Un titre professionnel prouve que vous savez faire un métier. Il est reconnu par l’État.',
    falc: 'Le titre professionnel est un diplôme de métier.',
  },

  'q.experience.title': {
    std: 'Avez-vous déjà fait ce métier, payé ou bénévole ?',
    falc: 'Vous avez déjà fait ce travail ?',
  },
  'q.experience.help': {
    std: 'Avec de l’expérience, vous pouvez obtenir tout ou partie du titre par la VAE.',
    falc: 'Votre expérience peut compter pour le diplôme.',
  },
  'q.experience.opt.aucune': { std: 'Non, jamais', falc: 'Non' },
  'q.experience.opt.moins-1-an': { std: 'Oui, moins d’un an', falc: 'Oui, moins d’un an' },
  'q.experience.opt.1-an-plus': { std: 'Oui, un an ou plus', falc: 'Oui, un an ou plus' },

  'q.modeFormation.title': { std: 'Comment préférez-vous apprendre le métier ?', falc: 'Comment voulez-vous apprendre ?' },
  'q.modeFormation.opt.centre': { std: 'Dans un centre de formation', falc: 'Dans une école de métier' },
  'q.modeFormation.opt.en-travaillant': {
    std: 'En travaillant, avec un salaire',
    falc: 'En travaillant, avec un salaire',
  },

  'q.rythme.title': { std: 'Quel rythme vous convient ?', falc: 'Combien de temps par semaine ?' },
  'q.rythme.help': {
    std: 'À temps partiel, la formation dure plus longtemps et la rémunération est calculée sur les heures.',
    falc: 'À mi-temps, la formation est plus longue. Vous êtes payé un peu moins.',
  },
  'q.rythme.opt.temps-plein': { std: 'Temps plein', falc: 'Toute la semaine' },
  'q.rythme.opt.temps-partiel': { std: 'Temps partiel', falc: 'Une partie de la semaine' },

  'q.ccpAcquis.title': {
    std: 'Avez-vous déjà obtenu une partie de ce titre (des CCP) ?',
    falc: 'Vous avez déjà une partie de ce diplôme ?',
  },
  'q.ccpAcquis.help': {
    std: 'Un titre est fait de blocs, les CCP. Un CCP obtenu reste acquis : il suffit de passer ceux qui manquent.',
    falc: 'Le diplôme a plusieurs parties. Une partie réussie est gardée.',
  },
  'q.ccpAcquis.opt.aucun': { std: 'Non, aucune partie', falc: 'Non' },
  'q.ccpAcquis.opt.une-partie': { std: 'Oui, une partie', falc: 'Oui, une partie' },

  'q.freins.title': {
    std: 'Qu’est-ce qui vous gêne en ce moment pour travailler ou vous former ?',
    falc: 'Qu’est-ce qui est difficile pour vous ?',
  },
  'q.freins.help': {
    std: 'Des aides existent pour chacune de ces difficultés. Vous pouvez cocher plusieurs réponses.',
    falc: 'On peut vous aider. Cochez ce qui est difficile.',
  },
  'q.freins.opt.mobilite': { std: 'Me déplacer', falc: 'Me déplacer' },
  'q.freins.opt.permis': { std: 'Je n’ai pas le permis de conduire', falc: 'Je n’ai pas le permis' },
  'q.freins.opt.garde-enfants': { std: 'Faire garder mes enfants', falc: 'Faire garder mes enfants' },
  'q.freins.opt.logement': { std: 'Mon logement', falc: 'Mon logement' },
  'q.freins.opt.sante': { std: 'Ma santé', falc: 'Ma santé' },
  'q.freins.opt.numerique': { std: 'Utiliser internet ou un ordinateur', falc: 'Internet, l’ordinateur' },
  'q.freins.opt.papiers': { std: 'Mes papiers et démarches', falc: 'Mes papiers' },
  'q.freins.opt.aucun': { std: 'Rien de tout cela', falc: 'Rien' },
  'q.enFranceDepuis.title': { std: 'Depuis combien de temps vivez-vous en France ?', falc: 'Vous vivez en France depuis quand ?' },
  'q.enFranceDepuis.help': { std: 'Les cours de français ne sont pas les mêmes pour une personne arrivée récemment et pour une personne installée depuis longtemps.', falc: 'Les cours de français changent selon la date d’arrivée.' },
  'q.enFranceDepuis.opt.moins-5-ans': { std: 'Moins de 5 ans', falc: 'Moins de 5 ans' },
  'q.enFranceDepuis.opt.plus-5-ans': { std: '5 ans ou plus', falc: '5 ans ou plus' },
} as const satisfies Record<string, Message>;
