import type { Message } from '../types';

/** Kiosk mode: a resident alone at a public terminal; the staff screens that set it up. */
export const kiosk = {
  // Staff: first set-up, then start.
  'kiosk.setup.title': { std: 'Préparer la borne en libre-service', falc: 'Préparer la borne' },
  'kiosk.setup.intro': {
    std: 'Cet écran est réservé au personnel. Choisissez un code de 4 à 8 chiffres : il sera demandé pour démarrer et pour quitter le mode borne. Pendant le mode borne, rien de ce que saisit un habitant n’est enregistré.',
    falc: 'Cet écran est pour le personnel. Choisissez un code secret de 4 à 8 chiffres. Ce code sert à démarrer et à arrêter la borne. La borne ne garde aucune réponse des habitants.',
  },
  'kiosk.setup.pin': { std: 'Code du personnel (4 à 8 chiffres)', falc: 'Code secret (4 à 8 chiffres)' },
  'kiosk.setup.pinAgain': { std: 'Retapez le même code', falc: 'Tapez encore le même code' },
  'kiosk.setup.idle': {
    std: 'Temps sans activité avant l’avertissement, en secondes',
    falc: 'Après combien de secondes sans toucher l’écran, la borne avertit',
  },
  'kiosk.setup.warning': {
    std: 'Durée du compte à rebours avant l’effacement, en secondes',
    falc: 'Combien de secondes avant d’effacer',
  },
  'kiosk.setup.submit': { std: 'Enregistrer le code et démarrer la borne', falc: 'Enregistrer et démarrer la borne' },
  'kiosk.setup.error.format': {
    std: 'Le code doit contenir de 4 à 8 chiffres, sans lettre ni espace.',
    falc: 'Le code a de 4 à 8 chiffres. Pas de lettre. Pas d’espace.',
  },
  'kiosk.setup.error.mismatch': {
    std: 'Les deux codes ne sont pas identiques. Tapez-les à nouveau.',
    falc: 'Les 2 codes sont différents. Tapez-les encore.',
  },
  'kiosk.setup.error.delay': {
    std: 'Indiquez un nombre entier de secondes entre {min} et {max}.',
    falc: 'Tapez un nombre de secondes entre {min} et {max}.',
  },
  'kiosk.start.title': { std: 'Démarrer la borne en libre-service', falc: 'Démarrer la borne' },
  'kiosk.start.intro': {
    std: 'Cet écran est réservé au personnel. Tapez le code du personnel pour démarrer le mode borne.',
    falc: 'Cet écran est pour le personnel. Tapez le code secret pour démarrer la borne.',
  },
  'kiosk.start.submit': { std: 'Démarrer la borne', falc: 'Démarrer la borne' },
  'kiosk.pin.label': { std: 'Code du personnel', falc: 'Code secret' },
  'kiosk.pin.wrong': { std: 'Code incorrect.', falc: 'Ce code n’est pas le bon.' },
  'kiosk.pin.wait': {
    std: 'Trop d’essais incorrects. Nouvel essai possible dans {seconds} s.',
    falc: 'Trop d’erreurs. Attendez {seconds} secondes.',
  },
  'kiosk.pin.checking': { std: 'Vérification du code…', falc: 'Je vérifie le code…' },
  'kiosk.working': { std: 'Préparation…', falc: 'Un instant…' },
  'kiosk.backHome': { std: 'Revenir à l’accueil de Passerelle', falc: 'Revenir à l’accueil' },

  // The resident's screens.
  'kiosk.attract.title': {
    std: 'Trouver une formation et un emploi près de chez vous',
    falc: 'Trouver une formation et un travail',
  },
  'kiosk.attract.touch': { std: 'Touchez l’écran pour commencer', falc: 'Touchez l’écran pour commencer' },
  'kiosk.attract.text': {
    std: 'Quelques questions simples, avec des images et la lecture à voix haute. Rien n’est gardé : vos réponses sont effacées à la fin.',
    falc: 'Vous répondez à des questions simples. Vous pouvez écouter les questions. À la fin, vos réponses sont effacées.',
  },
  'kiosk.staff': { std: 'Personnel', falc: 'Personnel' },
  'kiosk.session.title': { std: 'Vos réponses', falc: 'Vos réponses' },
  'kiosk.erase': { std: 'Effacer mes réponses', falc: 'Effacer mes réponses' },
  'kiosk.backToStart': { std: 'Revenir à l’écran de départ', falc: 'Revenir au début' },
  'kiosk.erase.help': {
    std: 'Efface tout et revient au début. Rien n’est gardé.',
    falc: 'Tout est effacé. La borne revient au début.',
  },
  'kiosk.warning.title': { std: 'Êtes-vous encore là ?', falc: 'Vous êtes encore là ?' },
  'kiosk.warning.text': {
    std: 'Personne n’a touché l’écran depuis un moment. Pour protéger vos réponses, elles seront effacées à la fin du compte à rebours.',
    falc: 'Personne n’a touché l’écran depuis un moment. Vos réponses vont être effacées.',
  },
  'kiosk.warning.countdown': { std: 'Effacement dans {seconds} s', falc: 'Effacement dans {seconds} secondes' },
  'kiosk.warning.stay': { std: 'Je suis encore là', falc: 'Je suis encore là' },
  'kiosk.leave.title': { std: 'Quitter le mode borne', falc: 'Arrêter la borne' },
  'kiosk.leave.intro': {
    std: 'Réservé au personnel : tapez le code pour quitter le mode borne.',
    falc: 'Pour le personnel. Tapez le code secret pour arrêter la borne.',
  },
  'kiosk.leave.submit': { std: 'Quitter le mode borne', falc: 'Arrêter la borne' },
} as const satisfies Record<string, Message>;
