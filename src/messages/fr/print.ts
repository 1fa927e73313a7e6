import type { Message } from '../types';

/** Words of the printed plan, the PDF help, the journey drawing, the QR code and the plan opened
 * from the QR code on the resident's phone. */
export const print = {
  'print.actions': { std: 'Imprimer ou garder le plan', falc: 'Garder le plan' },
  'print.print': { std: 'Imprimer', falc: 'Imprimer' },
  'print.pdf': { std: 'Télécharger le PDF', falc: 'Avoir le plan en PDF' },
  'print.pdf.title': { std: 'Enregistrer le plan en PDF', falc: 'Garder le plan en PDF' },
  'print.pdf.step1': {
    std: 'La fenêtre d’impression va s’ouvrir.',
    falc: 'Une fenêtre va s’ouvrir.',
  },
  'print.pdf.step2': {
    std: 'À « Destination » ou « Imprimante », choisissez « Enregistrer au format PDF ».',
    falc: 'Choisissez « Enregistrer au format PDF ».',
  },
  'print.pdf.step3': {
    std: 'Cliquez sur « Enregistrer », puis choisissez où ranger le fichier.',
    falc: 'Cliquez sur « Enregistrer ».',
  },
  'print.pdf.open': { std: 'Ouvrir la fenêtre d’impression', falc: 'Ouvrir la fenêtre' },
  'print.pdf.cancel': { std: 'Annuler', falc: 'Annuler' },
  'print.showName': {
    std: 'Écrire le prénom « {name} » sur le plan imprimé',
    falc: 'Écrire « {name} » sur le papier',
  },
  'print.showName.hint': {
    std: 'Seulement si la personne est d’accord. Sinon, le plan imprimé ne porte aucun nom.',
    falc: 'Seulement si la personne est d’accord.',
  },
  'print.header.for': { std: 'Plan de {name}', falc: 'Le plan de {name}' },
  'print.header.structure': { std: 'Remis par : {structure}', falc: 'Donné par : {structure}' },
  'print.header.date': { std: 'Le {date}', falc: 'Le {date}' },
  'print.tick': { std: 'Fait', falc: 'C’est fait' },
  'print.appointment': { std: 'Rendez-vous le :', falc: 'Rendez-vous le :' },
  'print.footer': {
    std: 'Plan préparé avec Passerelle. Il est à vous : montrez-le à chaque rendez-vous.',
    falc: 'Ce plan est à vous. Montrez-le à chaque rendez-vous.',
  },

  'map.title': { std: 'Mon chemin', falc: 'Mon chemin' },
  'map.label': {
    std: 'Le chemin du plan, en {count} moments. Vous êtes au moment : {current}.',
    falc: 'Votre chemin a {count} moments. Vous êtes ici : {current}.',
  },
  'map.labelDone': {
    std: 'Le chemin du plan, en {count} moments. Toutes les étapes sont faites.',
    falc: 'Votre chemin a {count} moments. Tout est fait.',
  },
  'map.here': { std: 'Vous êtes ici', falc: 'Vous êtes ici' },
  'map.stage.done': { std: '{stage} : fait', falc: '{stage} : fait' },
  'map.stage.current': { std: '{stage} : vous êtes ici', falc: '{stage} : vous êtes ici' },
  'map.stage.todo': { std: '{stage} : à venir', falc: '{stage} : plus tard' },

  'qr.title': { std: 'Le plan sur votre téléphone', falc: 'Le plan dans votre téléphone' },
  'qr.text': {
    std: 'Scannez ce code avec l’appareil photo du téléphone : le plan s’ouvre, sans compte. Rien n’est envoyé sur internet.',
    falc: 'Prenez ce code en photo avec votre téléphone. Le plan s’ouvre.',
  },
  'qr.alt': { std: 'Code QR qui ouvre ce plan sur un téléphone', falc: 'Code QR pour voir le plan sur un téléphone' },
  'qr.loading': { std: 'Préparation du code QR…', falc: 'Le code QR arrive…' },
  'qr.error': {
    std: 'Le code QR n’a pas pu être préparé. Le plan imprimé reste complet.',
    falc: 'Pas de code QR. Le papier suffit.',
  },

  'share.title': { std: 'Votre plan', falc: 'Votre plan' },
  'share.readOnly': {
    std: 'Ce plan s’affiche en lecture seule. Il n’est enregistré nulle part : gardez ce lien ou le plan imprimé.',
    falc: 'Vous pouvez lire ce plan. Gardez ce lien ou le papier.',
  },
  'share.loading': { std: 'Ouverture du plan…', falc: 'Le plan s’ouvre…' },
  'share.error.title': { std: 'Ce plan ne peut pas s’ouvrir', falc: 'Le plan ne s’ouvre pas' },
  'share.error.corrupt': {
    std: 'Le lien est abîmé ou incomplet. Scannez à nouveau le code QR en entier, ou demandez un nouveau plan à la personne qui vous accompagne.',
    falc: 'Le lien est abîmé. Scannez encore le code. Ou demandez un nouveau plan.',
  },
  'share.error.foreign': {
    std: 'Ce lien ne vient pas de Passerelle, ou d’une version que cette application ne sait pas lire. Demandez un nouveau plan à la personne qui vous accompagne.',
    falc: 'Ce lien ne vient pas de Passerelle. Demandez un nouveau plan.',
  },
  'share.error.home': { std: 'Aller à l’accueil de Passerelle', falc: 'Aller à l’accueil' },
} as const satisfies Record<string, Message>;
