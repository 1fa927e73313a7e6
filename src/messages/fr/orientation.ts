import type { Message } from '../types';

/** The four parcours (`parcours.<id>.name|summary`) and the reasons of a recommendation (`reason.<code>`). */
export const orientation = {
  'parcours.jeune.name': { std: 'Jeune de 16 à 25 ans sans diplôme (29 ans avec une RQTH)', falc: 'Jeune sans diplôme, jusqu’à 25 ans (29 ans avec la RQTH)' },
  'parcours.jeune.summary': {
    std: 'La Mission locale vous accompagne : découvrir des métiers, apprendre les bases si besoin, se former et trouver un emploi.',
    falc: 'La Mission locale vous aide. Vous découvrez des métiers. Vous apprenez un métier.',
  },
  'parcours.allophone.name': { std: 'Apprendre le français pour travailler', falc: 'Apprendre le français et un métier' },
  'parcours.allophone.summary': {
    std: 'Des cours de français d’abord, puis un métier qui recrute, avec une formation qui mêle français et pratique.',
    falc: 'Vous apprenez le français. Puis vous apprenez un métier.',
  },
  'parcours.reprise.name': { std: 'Reprendre pied vers l’emploi', falc: 'Retrouver un travail pas à pas' },
  'parcours.reprise.summary': {
    std: 'Un accompagnement pas à pas : reprendre confiance, les savoirs de base si besoin, puis un travail accompagné ou une formation.',
    falc: 'On vous accompagne. Vous reprenez confiance. Puis vous travaillez avec de l’aide.',
  },
  'parcours.reconversion.name': { std: 'Changer de métier avec des contraintes', falc: 'Changer de métier' },
  'parcours.reconversion.summary': {
    std: 'D’abord régler ce qui gêne (garde d’enfants, santé, transport), puis se former à un nouveau métier à votre rythme.',
    falc: 'D’abord, on règle ce qui est difficile. Puis vous apprenez un nouveau métier.',
  },

  'reason.youngNoDiploma': {
    std: 'Vous avez {age} ans et pas de diplôme : la Mission locale peut vous accompagner vers un métier.',
    falc: 'Vous avez {age} ans. Vous n’avez pas de diplôme. La Mission locale peut vous aider.',
  },
  'reason.youngDiplomaUnknown': {
    std: 'Vous avez {age} ans : la Mission locale accueille les jeunes et vérifiera avec vous vos diplômes.',
    falc: 'Vous avez {age} ans. La Mission locale aide les jeunes.',
  },
  'reason.youngRqth': {
    std: 'Avec une reconnaissance de travailleur handicapé, les aides pour les jeunes restent ouvertes jusqu’à {max} ans.',
    falc: 'Vous avez la RQTH. Les aides pour les jeunes vont jusqu’à {max} ans.',
  },
  'reason.under16': {
    std: 'Vous avez {age} ans : l’école reste obligatoire jusqu’à {min} ans. Parlez-en à votre collège ; la Mission locale vous accueillera dès {min} ans.',
    falc: 'Vous avez {age} ans. L’école est obligatoire jusqu’à {min} ans. Après, la Mission locale peut vous aider.',
  },
  'reason.frenchBelowA2': {
    std: 'Vous apprenez encore le français : des cours gratuits vous aideront à trouver un travail.',
    falc: 'Vous apprenez le français. Il existe des cours gratuits.',
  },
  'reason.onRsa': {
    std: 'Vous touchez le RSA : un accompagnement est prévu pour vous aider à reprendre un emploi.',
    falc: 'Vous avez le RSA. Quelqu’un peut vous aider à retrouver un travail.',
  },
  'reason.onAss': {
    std: 'Vous touchez l’ASS : des aides existent pour reprendre un emploi pas à pas.',
    falc: 'Vous avez l’ASS. Des aides existent pour retrouver un travail.',
  },
  'reason.longTermJobless': {
    std: 'Vous êtes sans emploi depuis un an ou plus : un retour progressif, accompagné, est possible.',
    falc: 'Vous êtes sans travail depuis longtemps. On peut vous aider pas à pas.',
  },
  'reason.neverWorked': {
    std: 'Vous n’avez pas encore travaillé : un premier emploi accompagné peut vous lancer.',
    falc: 'Vous n’avez jamais travaillé. Un premier travail avec de l’aide est possible.',
  },
  'reason.writingDifficulty': {
    std: 'Lire et écrire vous est difficile : des formations gratuites et sans jugement existent.',
    falc: 'Lire et écrire est difficile pour vous. Des cours gratuits existent.',
  },
  'reason.withRqth': {
    std: 'Vous avez une RQTH : Cap emploi peut vous accompagner et adapter la formation.',
    falc: 'Vous avez la RQTH. Cap emploi peut vous aider.',
  },
  'reason.employedChange': {
    std: 'Vous avez un emploi : le plan tient compte de votre temps disponible.',
    falc: 'Vous avez un travail. Le plan tient compte de votre temps.',
  },
  'reason.changeJob': {
    std: 'Vous voulez construire un nouveau projet de métier, en tenant compte de vos contraintes.',
    falc: 'Vous voulez changer de métier. On tient compte de votre vie.',
  },
  'reason.ageUnknown': {
    std: 'Sans votre âge, certaines aides ne peuvent pas être vérifiées : votre conseiller le fera avec vous.',
    falc: 'Nous ne savons pas votre âge. Votre conseiller vérifiera les aides.',
  },
} as const satisfies Record<string, Message>;
