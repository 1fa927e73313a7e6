import type { Message } from '../types';

/**
 * Words of the plan: stages (`stage.<id>`), why a step is there (`why.<code>`), the next three
 * actions (`next.<code>`), step kinds without a catalogue name (`plan.action.<code>`,
 * `plan.frein.<id>`), documents (`plan.bring.<id>`), prerequisites, pay and units. Status,
 * alternatives and « à vérifier » are the plan screen's words (plan-view.ts).
 * Params named `structure`, `scheme`, `titre`, `secteur` hold catalogue ids: resolve them with
 * `catalogueParams()` from machines/ before formatting.
 */
export const plan = {
  'stage.profil': { std: 'Votre situation', falc: 'Vous' },
  'stage.accueil': { std: 'Être accompagné', falc: 'Quelqu’un pour vous aider' },
  'stage.freins': { std: 'Régler ce qui gêne', falc: 'Régler les problèmes' },
  'stage.savoirsDeBase': { std: 'Les savoirs de base', falc: 'Apprendre les bases' },
  'stage.projet': { std: 'Choisir son métier', falc: 'Choisir un métier' },
  'stage.qualification': { std: 'Se former au métier', falc: 'Apprendre le métier' },
  'stage.titrePro': { std: 'Obtenir le titre professionnel', falc: 'Avoir le diplôme du métier' },
  'stage.emploi': { std: 'Travailler', falc: 'Travailler' },

  'why.youthReferent': {
    std: 'Vous avez {age} ans : la Mission locale accompagne les jeunes de 16 à 25 ans.',
    falc: 'Vous avez {age} ans. La Mission locale aide les jeunes.',
  },
  'why.under16': {
    std: 'Vous avez {age} ans : en attendant vos 16 ans, l’école et le collège restent vos interlocuteurs.',
    falc: 'Vous avez {age} ans. Avant 16 ans, parlez-en à votre collège.',
  },
  'why.withRqth': { std: 'Vous avez une RQTH.', falc: 'Vous avez la RQTH.' },
  'why.onRsa': { std: 'Vous touchez le RSA.', falc: 'Vous avez le RSA.' },
  'why.referent': {
    std: 'Un conseiller vous suit tout au long du parcours.',
    falc: 'Une personne vous aide pendant tout le parcours.',
  },
  'why.youthSupport': {
    std: 'Un accompagnement régulier, avec une allocation possible selon vos ressources.',
    falc: 'On vous suit chaque semaine. Vous pouvez avoir de l’argent.',
  },
  'why.freinUnknown': {
    std: 'Vous ne savez pas encore ce qui pourrait vous gêner : faites le point avec votre conseiller.',
    falc: 'Parlez de vos difficultés avec votre conseiller.',
  },
  'why.frein.mobilite': { std: 'Vous avez dit que vous déplacer est difficile.', falc: 'Vous avez du mal à vous déplacer.' },
  'why.frein.permis': { std: 'Vous n’avez pas le permis de conduire.', falc: 'Vous n’avez pas le permis.' },
  'why.frein.garde-enfants': { std: 'Vous avez besoin de faire garder vos enfants.', falc: 'Il faut garder vos enfants.' },
  'why.frein.logement': { std: 'Votre logement pose problème.', falc: 'Vous avez un problème de logement.' },
  'why.frein.sante': { std: 'Votre santé compte dans votre projet.', falc: 'Votre santé compte.' },
  'why.frein.numerique': { std: 'Internet et l’ordinateur vous gênent.', falc: 'L’ordinateur est difficile pour vous.' },
  'why.frein.papiers': { std: 'Vous avez des papiers ou des démarches à régler.', falc: 'Vous avez des papiers à faire.' },
  'why.frenchBelowA2': { std: 'Vous apprenez encore le français.', falc: 'Vous apprenez le français.' },
  'why.need.francais': { std: 'Vous voulez progresser en français.', falc: 'Vous voulez mieux parler français.' },
  'why.need.lecture-ecriture': { std: 'Vous voulez progresser en lecture et en écriture.', falc: 'Vous voulez mieux lire et écrire.' },
  'why.need.calcul': { std: 'Vous voulez progresser en calcul.', falc: 'Vous voulez mieux compter.' },
  'why.need.numerique': { std: 'Vous voulez mieux utiliser l’ordinateur.', falc: 'Vous voulez utiliser l’ordinateur.' },
  'why.needUnknown': {
    std: 'Une évaluation gratuite dira ce qui vous serait utile.',
    falc: 'Un petit test dira ce que vous devez apprendre.',
  },
  'why.projetConnu': {
    std: 'Vous savez quel métier vous voulez : quelques jours en entreprise le confirmeront.',
    falc: 'Vous savez quel métier faire. Essayez-le quelques jours.',
  },
  'why.projetInconnu': {
    std: 'Vous ne savez pas encore quel métier faire : découvrez-en plusieurs.',
    falc: 'Vous ne savez pas quel métier faire. Essayez des métiers.',
  },
  'why.projetUnknown': {
    std: 'Votre projet n’est pas encore clair : découvrir des métiers vous aidera à choisir.',
    falc: 'Essayez des métiers pour choisir.',
  },
  'why.foreignDiploma': {
    std: 'Vous avez un diplôme d’un autre pays : il peut être reconnu en France.',
    falc: 'Votre diplôme d’un autre pays peut compter en France.',
  },
  'why.rightToWork': {
    std: 'Avant une formation ou un emploi, votre droit de travailler en France doit être vérifié.',
    falc: 'Il faut vérifier que vous pouvez travailler en France.',
  },
  'why.sectorChosen': {
    std: 'Vous avez choisi un domaine : il reste à choisir le titre précis.',
    falc: 'Vous avez choisi un domaine. Il faut choisir le métier.',
  },
  'why.titreUnknown': {
    std: 'Le titre professionnel sera choisi avec votre conseiller.',
    falc: 'Vous choisirez le diplôme du métier avec votre conseiller.',
  },
  'why.titreChoisi': { std: 'C’est le titre professionnel que vous visez.', falc: 'C’est le diplôme que vous voulez.' },
  'why.experienceVae': {
    std: 'Vous avez déjà au moins un an d’expérience dans ce métier : elle peut être validée.',
    falc: 'Vous avez déjà fait ce métier. Votre expérience peut compter.',
  },
  'why.modeCentre': { std: 'Vous préférez apprendre dans un centre de formation.', falc: 'Vous voulez apprendre dans une école.' },
  'why.tempsPartiel': {
    std: 'Vous préférez un temps partiel : la rémunération est calculée selon vos heures.',
    falc: 'Vous voulez un mi-temps. Vous êtes payé selon vos heures.',
  },
  'why.modeTravail': { std: 'Vous préférez apprendre en travaillant, avec un salaire.', falc: 'Vous voulez apprendre en travaillant.' },
  'why.modeUnknown': {
    std: 'Plusieurs façons d’apprendre sont possibles : choisissez avec votre conseiller.',
    falc: 'Vous choisirez avec votre conseiller comment apprendre.',
  },
  'why.ccpAcquis': {
    std: 'Vous avez déjà une partie du titre : ces blocs restent acquis.',
    falc: 'Vous avez déjà une partie du diplôme. Elle est gardée.',
  },
  'why.ccpManquant': { std: 'Ce bloc du titre vous manque encore.', falc: 'Il vous manque cette partie.' },
  'why.singleUnit': {
    std: 'Ce titre se passe en une seule fois, sans partie séparée.',
    falc: 'Ce diplôme se passe en une seule fois.',
  },
  'why.afterIae': {
    std: 'Après un parcours d’insertion, l’objectif est un emploi durable.',
    falc: 'Après, le but est un vrai travail.',
  },
  'why.jobSearch': { std: 'Le titre en poche, place à l’emploi.', falc: 'Avec le diplôme, vous cherchez un travail.' },

  'next.contactReferent': {
    std: 'Prendre rendez-vous avec : {structure}.',
    falc: 'Appelez : {structure}.',
  },
  'next.talkAboutFrein': {
    std: 'Parler à votre conseiller de ce qui vous gêne, dès le premier rendez-vous.',
    falc: 'Dites à votre conseiller ce qui est difficile.',
  },
  'next.askAboutScheme': {
    std: 'Demander à votre conseiller comment entrer dans : {scheme}.',
    falc: 'Demandez à votre conseiller : {scheme}.',
  },
  'next.discoverJobs': {
    std: 'Noter deux ou trois métiers qui vous attirent, pour en parler.',
    falc: 'Pensez à des métiers qui vous plaisent.',
  },
  'next.prepareDocuments': {
    std: 'Préparer les documents à apporter au rendez-vous.',
    falc: 'Préparez vos papiers pour le rendez-vous.',
  },
  'next.keepPlan': {
    std: 'Garder ce plan (imprimé ou en photo) et l’apporter au rendez-vous.',
    falc: 'Gardez ce plan. Apportez-le au rendez-vous.',
  },

  'plan.action.reconnaissanceDiplome': {
    std: 'Faire reconnaître votre diplôme étranger',
    falc: 'Faire compter votre diplôme en France',
  },
  'plan.action.droitTravail': { std: 'Vérifier votre droit de travailler en France', falc: 'Vérifier que vous pouvez travailler' },
  'plan.action.choisirTitre': { std: 'Choisir le titre professionnel à viser', falc: 'Choisir le diplôme du métier' },
  'plan.action.titrePartiel': { std: 'Faire valoir les blocs déjà obtenus', falc: 'Montrer les parties déjà réussies' },
  'plan.action.embaucheApprentissage': {
    std: 'Être embauché à la fin de l’apprentissage',
    falc: 'Être embauché après l’apprentissage',
  },
  'plan.action.sortieIae': { std: 'Passer à un emploi durable', falc: 'Trouver un travail durable' },
  'plan.action.rechercheEmploi': { std: 'Chercher un emploi dans le métier', falc: 'Chercher un travail' },
  'plan.action.ccpManquants': {
    std: 'Préparer et passer les blocs du titre qui manquent',
    falc: 'Passer les parties du diplôme qui manquent',
  },
  'plan.action.chercherAlternance': { std: 'Trouver un employeur pour apprendre en travaillant', falc: 'Trouver un patron' },

  'plan.frein.bilan': { std: 'Faire le point sur ce qui peut gêner', falc: 'Parler de vos difficultés' },
  'plan.frein.mobilite': { std: 'Trouver une solution pour se déplacer', falc: 'Trouver comment vous déplacer' },
  'plan.frein.permis': { std: 'Passer le permis de conduire', falc: 'Passer le permis' },
  'plan.frein.garde-enfants': { std: 'Trouver un mode de garde pour les enfants', falc: 'Faire garder vos enfants' },
  'plan.frein.logement': { std: 'Trouver de l’aide pour le logement', falc: 'De l’aide pour le logement' },
  'plan.frein.sante': { std: 'Tenir compte de votre santé', falc: 'Prendre soin de votre santé' },
  'plan.frein.numerique': { std: 'Être aidé pour internet et l’ordinateur', falc: 'De l’aide pour l’ordinateur' },
  'plan.frein.papiers': { std: 'Être aidé pour vos papiers et démarches', falc: 'De l’aide pour vos papiers' },

  'plan.bring.piece-identite': { std: 'Une pièce d’identité', falc: 'Votre carte d’identité ou passeport' },
  'plan.bring.titre-sejour': { std: 'Votre titre de séjour', falc: 'Votre titre de séjour' },
  'plan.bring.justificatif-domicile': { std: 'Un justificatif de domicile', falc: 'Un papier avec votre adresse' },
  'plan.bring.rib': { std: 'Un RIB (relevé d’identité bancaire)', falc: 'Un RIB de votre banque' },
  'plan.bring.avis-imposition': { std: 'Le dernier avis d’impôt du foyer', falc: 'Le papier des impôts' },
  'plan.bring.cv': { std: 'Un CV, même court', falc: 'Un CV' },
  'plan.bring.carte-vitale': { std: 'La carte Vitale', falc: 'La carte Vitale' },
  'plan.bring.convocation-ofii': { std: 'La convocation de l’OFII', falc: 'La lettre de l’OFII' },
  'plan.bring.attestation-france-travail': {
    std: 'L’attestation d’inscription à France Travail',
    falc: 'Le papier de France Travail',
  },
  'plan.bring.diplomes': { std: 'Vos diplômes ou attestations', falc: 'Vos diplômes' },
  'plan.bring.justificatifs-experience': {
    std: 'Des preuves de votre expérience (contrats, bulletins de salaire, attestations)',
    falc: 'Vos fiches de paie ou contrats',
  },

  'plan.prereq.certificat-medical': {
    std: 'Un certificat médical d’aptitude de moins d’un an',
    falc: 'Un papier du médecin',
  },
  'plan.prereq.permis-b': { std: 'Le permis B', falc: 'Le permis voiture' },
  'plan.prereq.permis-c': { std: 'Le permis C, valide pendant toute la formation', falc: 'Le permis camion' },
  'plan.prereq.carte-cnaps': {
    std: 'La carte professionnelle du CNAPS pour travailler',
    falc: 'Une carte spéciale pour travailler dans la sécurité',
  },
  'plan.prereq.titre-sejour-5-ans': {
    std: 'Pour une personne étrangère : un titre de séjour de 5 ans ou plus',
    falc: 'Un titre de séjour de 5 ans',
  },


  'plan.ccp': { std: 'Bloc du titre (CCP) : {ccp}', falc: 'Partie du diplôme : {ccp}' },
  'why.unknown.age': { std: 'Votre âge décide de certaines aides : votre conseiller le vérifiera avec vous.', falc: 'Votre âge compte pour certaines aides.' },
  'why.unknown.diplome': { std: 'Vous ne savez pas quel diplôme vous avez : votre conseiller vous aidera à le retrouver.', falc: 'Vous ne savez pas votre diplôme. Le conseiller vous aide.' },
  'why.unknown.rqth': { std: 'Une reconnaissance de handicap (RQTH) ouvre d’autres aides : parlez-en avec votre conseiller.', falc: 'Parlez du handicap avec votre conseiller.' },
  'why.unknown.francais': { std: 'Un test dira votre niveau de français et le cours qui vous convient.', falc: 'Un test dira votre niveau de français.' },
  'why.unknown.situation': { std: 'Votre situation (RSA, inscription à France Travail…) change les aides possibles : votre conseiller la vérifiera.', falc: 'Votre situation change les aides. Le conseiller vérifie.' },
  'why.unknown.enFranceDepuis': { std: 'La date de votre arrivée en France dit quel cours de français vous est ouvert.', falc: 'La date d’arrivée en France compte pour les cours.' },
  'why.unknown.experience': { std: 'Votre expérience dans le métier peut compter pour le titre (VAE) : faites le point avec votre conseiller.', falc: 'Votre expérience peut compter. Parlez-en.' },
  'why.unknown.ccpAcquis': { std: 'Vous avez peut-être déjà des blocs du titre : apportez vos attestations à votre conseiller.', falc: 'Vous avez peut-être déjà une partie du diplôme.' },
  'plan.action.verifierAvecConseiller': { std: 'Faire le point avec votre conseiller sur ce qui reste à vérifier', falc: 'Vérifier avec votre conseiller' },
  'plan.action.passerTitre': { std: 'Passer le titre professionnel choisi', falc: 'Passer le diplôme du métier' },
} as const satisfies Record<string, Message>;
