import type { Message } from '../types';

export const home = {
  'home.title': {
    std: 'Passerelle, votre chemin vers une formation et un emploi',
    falc: 'Passerelle : votre chemin vers un métier',
  },
  'home.intro': {
    std: 'Passerelle pose quelques questions simples, puis propose un parcours pas à pas : apprendre le français ou les bases, découvrir un métier, se former, obtenir un titre professionnel et trouver un emploi. Tout reste sur cet appareil.',
    falc: 'Passerelle vous pose quelques questions. Ensuite, Passerelle vous montre les étapes pour trouver une formation et un travail. Vos réponses restent sur cet appareil.',
  },
  'home.modes.title': { std: 'Comment voulez-vous utiliser Passerelle ?', falc: 'Que voulez-vous faire ?' },
  'home.mode.mediator.title': { std: 'Accompagner une personne', falc: 'Accompagner une personne' },
  'home.mode.mediator.text': {
    std: 'Pour un professionnel avec un habitant : dossiers gardés sur cet appareil, reprise plus tard, impression du parcours.',
    falc: 'Vous aidez une personne. Ses réponses sont gardées sur cet appareil.',
  },
  'home.mode.workshop.title': { std: 'Animer un atelier', falc: 'Animer un atelier' },
  'home.mode.workshop.text': {
    std: 'Pour un groupe : présenter les quatre parcours-types sur grand écran, sans données personnelles.',
    falc: 'Vous montrez les 4 parcours à un groupe. Aucun nom n’est demandé.',
  },
  'home.mode.kiosk.title': { std: 'Borne en libre-service', falc: 'Borne en libre-service' },
  'home.mode.kiosk.text': {
    std: 'Pour un habitant seul : grands boutons, lecture à voix haute, rien n’est gardé après la session.',
    falc: 'Une personne utilise Passerelle seule. Rien n’est gardé après.',
  },
  'home.privacy': {
    std: 'Aucune donnée n’est envoyée sur internet. Passerelle fonctionne aussi sans connexion.',
    falc: 'Rien n’est envoyé sur internet. Passerelle marche aussi sans internet.',
  },
  'mediator.title': { std: 'Accompagner une personne', falc: 'Accompagner une personne' },
  'workshop.title': { std: 'Animer un atelier', falc: 'Animer un atelier' },
  'kiosk.title': { std: 'Borne en libre-service', falc: 'Borne en libre-service' },
  'settings.readingMode': { std: 'Lecture facile', falc: 'Lecture facile' },
  'settings.readingMode.help': {
    std: 'Des phrases plus courtes et des mots de tous les jours.',
    falc: 'Des phrases courtes. Des mots simples.',
  },
} as const satisfies Record<string, Message>;
