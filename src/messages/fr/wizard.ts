import type { Message } from '../types';

export const wizard = {
  'step.progress': { std: 'Étape {step} sur {stepCount}', falc: 'Étape {step} sur {stepCount}' },
  'step.progressLabel': { std: 'Avancement du parcours', falc: 'Avancement' },
  'step.next': { std: 'Valider et passer à l’étape suivante', falc: 'Valider. Étape suivante' },
  'step.backTo': { std: 'Revenir à l’étape précédente', falc: 'Revenir en arrière' },
  'step.backToList': { std: 'Revenir à la liste des dossiers', falc: 'Revenir aux dossiers' },
  'step.saved': { std: 'Enregistré', falc: 'Enregistré' },
  'step.saving': { std: 'Enregistrement…', falc: 'J’enregistre…' },
  'step.notSaved': { std: 'Non enregistré sur l’appareil', falc: 'Pas enregistré' },
  'step.errorSummary': { std: 'Il manque une réponse.', falc: 'Il manque une réponse.' },
  'question.error.required': { std: 'Choisissez une réponse, ou « Je ne sais pas ».', falc: 'Choisissez une réponse.' },
  'question.error.requiredMulti': { std: 'Cochez au moins une réponse, ou « Je ne sais pas ».', falc: 'Cochez au moins une réponse.' },
  'question.error.number': { std: 'Écrivez un nombre entre {min} et {max}.', falc: 'Écrivez un nombre entre {min} et {max}.' },
  'question.multiHint': { std: 'Plusieurs réponses sont possibles.', falc: 'Vous pouvez cocher plusieurs réponses.' },
  'question.numberUnknown': { std: 'Je ne sais pas', falc: 'Je ne sais pas' },

  'orientation.title': { std: 'Le parcours que nous vous proposons', falc: 'Le parcours pour vous' },
  'orientation.recommended': { std: 'Parcours conseillé : {name}', falc: 'Pour vous : {name}' },
  'orientation.why': { std: 'Pourquoi ce parcours ?', falc: 'Pourquoi ?' },
  'orientation.choose.legend': {
    std: 'Vous pouvez suivre ce parcours ou en choisir un autre.',
    falc: 'Vous pouvez choisir un autre parcours.',
  },
  'orientation.recommendedTag': { std: '(conseillé)', falc: '(conseillé)' },
  'orientation.confirm': { std: 'Continuer avec ce parcours', falc: 'Continuer' },

  'recap.title': { std: 'Vérifions vos réponses', falc: 'Vos réponses' },
  'recap.intro': {
    std: 'Vous pouvez changer une réponse. Le plan sera refait avec la nouvelle réponse.',
    falc: 'Vous pouvez changer une réponse. Le plan change aussi.',
  },
  'recap.change': { std: 'Modifier la réponse « {question} »', falc: 'Changer' },
  'recap.parcours': { std: 'Parcours choisi', falc: 'Votre parcours' },
  'recap.toPlan': { std: 'Voir mon plan', falc: 'Voir mon plan' },
  'recap.unknown': { std: 'Je ne sais pas', falc: 'Je ne sais pas' },
  'recap.none': { std: 'Aucune réponse', falc: 'Pas de réponse' },
  'recap.editing': { std: 'Modifier une réponse', falc: 'Changer une réponse' },
  'recap.backToRecap': { std: 'Revenir au récapitulatif sans changer', falc: 'Revenir sans changer' },
} as const satisfies Record<string, Message>;
