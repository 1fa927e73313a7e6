import type { Message } from '../types';

/**
 * Words of the workshop mode (src/features/workshop): the journeys on the projector, the
 * comparison, « Quel parcours pour moi ? », the facilitator's notes, the hand-outs and the
 * group's plans. Conditions (`workshop.when.<guard>`) and rules (`workshop.rule.<guard>`) are
 * keyed by the machines' guard names; tests/ui/workshop-messages.test.ts checks each has words.
 */
export const workshop = {
  'workshop.intro': {
    std: 'Quatre parcours-types mènent des savoirs de base jusqu’à un titre professionnel et un emploi. Montrez-les au groupe, comparez-les, puis imprimez les fiches et les plans. Rien n’est gardé sur cet appareil.',
    falc: 'Il y a 4 parcours. Montrez-les au groupe. Imprimez les fiches. Rien n’est gardé.',
  },
  'workshop.journeys': { std: 'Les quatre parcours, dessinés', falc: 'Les 4 parcours' },
  'workshop.present': { std: 'Présenter « {name} »', falc: 'Montrer « {name} »' },
  'workshop.stageCount': { std: '{count} étapes', falc: '{count} étapes' },
  'workshop.tools': { std: 'Pour la séance', falc: 'Pour la séance' },
  'workshop.compare.link': { std: 'Comparer les quatre parcours', falc: 'Comparer les 4 parcours' },
  'workshop.orientation.link': { std: 'Quel parcours pour moi ?', falc: 'Quel parcours pour moi ?' },
  'workshop.handouts.link': { std: 'Fiches à imprimer', falc: 'Fiches à imprimer' },
  'workshop.batch.link': { std: 'Plans pour le groupe', falc: 'Les plans du groupe' },
  'workshop.back': { std: 'Revenir à l’atelier', falc: 'Revenir à l’atelier' },
  'workshop.leave': { std: 'Quitter l’atelier', falc: 'Quitter l’atelier' },
  'workshop.nav': { std: 'Atelier', falc: 'Atelier' },

  // presenter bar
  'workshop.bar': { std: 'Commandes de l’animateur', falc: 'Pour l’animateur' },
  'workshop.fullscreen.enter': { std: 'Plein écran', falc: 'Plein écran' },
  'workshop.fullscreen.exit': { std: 'Quitter le plein écran', falc: 'Sortir du plein écran' },
  'workshop.fullscreen.unavailable': {
    std: 'Le plein écran n’est pas possible ici. Essayez la touche F11.',
    falc: 'Pas de plein écran ici. Essayez la touche F11.',
  },
  'workshop.contrast': { std: 'Grand texte, contraste fort', falc: 'Texte très grand' },
  'workshop.falc': { std: 'Mots faciles (FALC)', falc: 'Mots faciles' },
  'workshop.notes.open': { std: 'Ouvrir les notes dans une autre fenêtre', falc: 'Notes dans une autre fenêtre' },
  'workshop.notes.toggle': { std: 'Notes de l’animateur sur cet écran', falc: 'Notes sur cet écran' },
  'workshop.notes.blocked': {
    std: 'La fenêtre des notes n’a pas pu s’ouvrir. Autorisez les fenêtres pour ce site, ou affichez les notes sur cet écran.',
    falc: 'La fenêtre ne s’ouvre pas. Affichez les notes sur cet écran.',
  },

  // one journey on the projector
  'workshop.slide.position': { std: 'Étape {n} sur {count}', falc: 'Étape {n} sur {count}' },
  'workshop.slide.overview': { std: 'Tout le chemin', falc: 'Tout le chemin' },
  'workshop.slide.next': { std: 'Étape suivante', falc: 'Après' },
  'workshop.slide.previous': { std: 'Étape précédente', falc: 'Avant' },
  'workshop.slide.keys': {
    std: 'Pour avancer : flèche droite, Page suivante ou Espace. Pour revenir : flèche gauche ou Page précédente.',
    falc: 'Flèche droite pour avancer. Flèche gauche pour revenir.',
  },
  'workshop.slide.end': { std: 'Le parcours est fini : un emploi', falc: 'À la fin : un travail' },
  'workshop.slide.end.text': {
    std: 'Chaque personne aura son propre plan : les étapes dépendent de ses réponses. Le plan se prépare avec un professionnel, ou ici avec le groupe.',
    falc: 'Chaque personne a son plan. Le plan dépend de vos réponses.',
  },
  'workshop.road': { std: 'Le chemin du parcours, en {count} étapes', falc: 'Le chemin : {count} étapes' },
  'workshop.road.stage': { std: 'Étape {n} : {stage}', falc: 'Étape {n} : {stage}' },
  'workshop.road.current': { std: 'Étape {n} : {stage}, montrée maintenant', falc: 'Étape {n} : {stage}. On est ici.' },
  'workshop.road.goto': { std: 'Aller à l’étape {n} : {stage}', falc: 'Aller à l’étape {n}' },

  'workshop.stage.accueil.text': {
    std: 'Une structure vous reçoit et vous suit tout au long du parcours.',
    falc: 'Une personne vous reçoit. Elle vous aide tout le long.',
  },
  'workshop.stage.freins.text': {
    std: 'Ce qui empêche d’avancer (transport, enfants, logement, santé, papiers) se règle en même temps.',
    falc: 'On règle ce qui gêne : transport, enfants, logement, santé, papiers.',
  },
  'workshop.stage.savoirsDeBase.text': {
    std: 'Parler, lire, écrire, compter, utiliser un ordinateur : on renforce ce qui manque.',
    falc: 'Parler, lire, écrire, compter, l’ordinateur : on apprend ce qui manque.',
  },
  'workshop.stage.projet.text': {
    std: 'Découvrir des métiers, essayer quelques jours en entreprise, choisir.',
    falc: 'Découvrir des métiers. Essayer. Choisir.',
  },
  'workshop.stage.qualification.text': {
    std: 'Apprendre le métier : en centre de formation, en travaillant, ou en faisant reconnaître son expérience.',
    falc: 'Apprendre le métier : à l’école du métier, ou en travaillant.',
  },
  'workshop.stage.titrePro.text': {
    std: 'Le titre professionnel prouve que vous savez faire le métier. Les blocs déjà obtenus restent acquis.',
    falc: 'Le diplôme du métier. Ce que vous avez déjà réussi reste à vous.',
  },
  'workshop.stage.emploi.text': {
    std: 'Chercher et trouver un emploi dans le métier choisi.',
    falc: 'Trouver un travail.',
  },

  'workshop.timing.first': { std: 'En premier', falc: 'D’abord' },
  'workshop.timing.anyTime': { std: 'À tout moment du parcours', falc: 'À tout moment' },
  'workshop.optional': { std: 'Seulement si besoin', falc: 'Si besoin' },
  'workshop.always': { std: 'Pour tout le monde', falc: 'Pour tout le monde' },
  'workshop.ways': { std: 'Les chemins possibles', falc: 'Les chemins' },

  'workshop.when.always': { std: 'Pour tout le monde', falc: 'Pour tout le monde' },
  'workshop.when.otherwise': { std: 'Dans les autres cas', falc: 'Sinon' },
  'workshop.when.orOtherwise': { std: '{when}, et dans les autres cas', falc: '{when}, ou sinon' },
  'workshop.when.join': { std: '{a} ou {b}', falc: '{a} ou {b}' },
  'workshop.when.hasRqth': { std: 'Avec une reconnaissance de handicap (RQTH)', falc: 'Avec la RQTH' },
  'workshop.when.isOnRsa': { std: 'Au RSA', falc: 'Avec le RSA' },
  'workshop.when.needsBasicSkills': { std: 'Quand un savoir de base manque', falc: 'Si vous avez besoin d’apprendre les bases' },
  'workshop.when.knowsTargetJob': { std: 'Quand le métier est déjà choisi', falc: 'Si vous savez quel métier' },
  'workshop.when.hasVaeExperience': { std: 'Avec un an d’expérience dans le métier (VAE)', falc: 'Si vous avez déjà fait ce métier 1 an' },
  'workshop.when.learnsWhileWorking': { std: 'Pour apprendre en travaillant', falc: 'Pour apprendre en travaillant' },
  'workshop.when.learnsInCentre': { std: 'Pour apprendre en centre de formation', falc: 'Pour apprendre à l’école du métier' },
  'workshop.when.hasPartialTitre': { std: 'Quand des blocs du titre sont déjà obtenus', falc: 'Si vous avez déjà une partie' },
  'workshop.when.isSingleUnitTitre': { std: 'Quand le titre est d’un seul bloc', falc: 'Si le diplôme a une seule partie' },
  'workshop.when.hasChosenTitre': { std: 'Quand le titre visé est choisi', falc: 'Si vous savez quel diplôme' },

  'workshop.offer.schemes': { std: 'Les aides et formations', falc: 'Les aides' },
  'workshop.offer.places': { std: 'Où aller', falc: 'Où aller' },
  'workshop.offer.actions': { std: 'À faire', falc: 'À faire' },
  'workshop.offer.freins': { std: 'Ce qui peut se régler', falc: 'Ce qu’on peut régler' },

  // notes
  'workshop.notes.title': { std: 'Notes de l’animateur', falc: 'Notes de l’animateur' },
  'workshop.notes.waiting': {
    std: 'Ouvrez un parcours sur l’écran de projection : ses notes s’afficheront ici.',
    falc: 'Ouvrez un parcours sur l’autre écran.',
  },
  'workshop.notes.now': { std: 'À l’écran : {what}', falc: 'À l’écran : {what}' },
  'workshop.notes.say': { std: 'À dire', falc: 'À dire' },
  'workshop.notes.ask': { std: 'Questions à poser au groupe', falc: 'Questions au groupe' },
  'workshop.notes.details': { std: 'Ce que montre l’écran', falc: 'Sur l’écran' },
  'workshop.notes.overview.say': {
    std: 'Voici tout le chemin d’un parcours, du premier rendez-vous jusqu’à l’emploi. Nous allons le parcourir étape par étape.',
    falc: 'Voici tout le chemin. On va le regarder étape par étape.',
  },
  'workshop.notes.overview.ask': {
    std: 'Qui connaît déjà une de ces étapes ? Par laquelle commenceriez-vous ?',
    falc: 'Vous connaissez une étape ? Par quoi commencer ?',
  },
  'workshop.notes.end.say': {
    std: 'Chacun aura son propre plan, selon ses réponses. Nous pouvons préparer les plans ensemble et les imprimer.',
    falc: 'Chacun aura son plan. On peut les imprimer.',
  },
  'workshop.notes.end.ask': {
    std: 'Quelle étape vous paraît la plus difficile ? Qu’aimeriez-vous faire en premier ?',
    falc: 'Quelle étape est difficile ? Que faire d’abord ?',
  },
  'workshop.notes.accueil.say': {
    std: 'Tout commence par un rendez-vous avec une structure qui suivra la personne. Elle n’est pas la même selon le parcours.',
    falc: 'D’abord un rendez-vous. La structure change selon le parcours.',
  },
  'workshop.notes.accueil.ask': {
    std: 'Connaissez-vous la Mission locale, France Travail, Cap emploi ? Où sont-ils près d’ici ?',
    falc: 'Vous connaissez ces lieux ? Où sont-ils ?',
  },
  'workshop.notes.freins.say': {
    std: 'Les freins (se déplacer, faire garder les enfants, le logement, la santé, les papiers) se traitent pendant tout le parcours, pas seulement au début.',
    falc: 'Les problèmes de tous les jours se règlent en même temps.',
  },
  'workshop.notes.freins.ask': {
    std: 'Qu’est-ce qui peut empêcher d’aller à une formation ? Qui peut aider pour ça ?',
    falc: 'Qu’est-ce qui peut gêner ? Qui peut aider ?',
  },
  'workshop.notes.savoirsDeBase.say': {
    std: 'Avant ou pendant la formation, on peut renforcer le français, l’écrit, le calcul ou le numérique, gratuitement.',
    falc: 'On peut apprendre le français, lire, compter, l’ordinateur. C’est gratuit.',
  },
  'workshop.notes.savoirsDeBase.ask': {
    std: 'Dans un métier, à quoi servent la lecture, le calcul, l’ordinateur ?',
    falc: 'Au travail, on lit quoi ? On compte quoi ?',
  },
  'workshop.notes.projet.say': {
    std: 'On peut essayer un métier quelques jours en entreprise avant de choisir. Ne pas savoir est normal.',
    falc: 'On peut essayer un métier quelques jours. Ne pas savoir, c’est normal.',
  },
  'workshop.notes.projet.ask': {
    std: 'Quel métier aimeriez-vous essayer ? Qu’est-ce qui compte pour vous dans un travail ?',
    falc: 'Quel métier voulez-vous essayer ?',
  },
  'workshop.notes.qualification.say': {
    std: 'On apprend le métier en centre de formation, en travaillant (alternance, structures d’insertion), ou en faisant valider son expérience.',
    falc: 'On apprend le métier à l’école du métier ou en travaillant.',
  },
  'workshop.notes.qualification.ask': {
    std: 'Préférez-vous apprendre en classe ou en travaillant ? Pourquoi ?',
    falc: 'Apprendre en classe ou en travaillant ?',
  },
  'workshop.notes.titrePro.say': {
    std: 'Le titre professionnel est fait de blocs : un bloc obtenu reste acquis, même si on s’arrête.',
    falc: 'Le diplôme a des parties. Une partie réussie reste à vous.',
  },
  'workshop.notes.titrePro.ask': {
    std: 'Connaissez-vous quelqu’un qui a passé un titre professionnel ?',
    falc: 'Vous connaissez quelqu’un qui a ce diplôme ?',
  },
  'workshop.notes.emploi.say': {
    std: 'Au bout du parcours, la structure qui suit la personne l’aide à chercher un emploi dans le métier.',
    falc: 'À la fin, on vous aide à trouver un travail.',
  },
  'workshop.notes.emploi.ask': {
    std: 'Comment cherche-t-on un emploi ? Qu’est-ce qu’un CV doit dire ?',
    falc: 'Comment chercher un travail ?',
  },

  // comparer
  'workshop.compare.title': { std: 'Les quatre parcours côte à côte', falc: 'Les 4 parcours ensemble' },
  'workshop.compare.intro': {
    std: 'Une ligne par étape, une colonne par parcours. Les étapes marquées « Différent » ne se passent pas pareil.',
    falc: 'Une ligne par étape. « Différent » : ce n’est pas pareil.',
  },
  'workshop.compare.stage': { std: 'Étape', falc: 'Étape' },
  'workshop.compare.same': { std: 'Pareil pour les quatre', falc: 'Pareil' },
  'workshop.compare.differs': { std: 'Différent : {what}', falc: 'Différent : {what}' },
  'workshop.diff.absent': { std: 'étape absente', falc: 'pas là' },
  'workshop.diff.timing': { std: 'moment', falc: 'le moment' },
  'workshop.diff.optional': { std: 'pour tous ou si besoin', falc: 'pour tous ou pas' },
  'workshop.diff.alternatives': { std: 'chemins', falc: 'les chemins' },
  'workshop.diff.schemes': { std: 'aides et formations', falc: 'les aides' },
  'workshop.diff.structures': { std: 'lieux', falc: 'les lieux' },
  'workshop.compare.none': { std: 'Pas d’étape', falc: 'Rien' },

  // Quel parcours pour moi ?
  'workshop.orientation.title': { std: 'Quel parcours pour moi ?', falc: 'Quel parcours pour moi ?' },
  'workshop.orientation.intro': {
    std: 'Une question à la fois. Chacun réfléchit pour soi : personne ne répond à voix haute, rien n’est écrit ni gardé.',
    falc: 'Une question à la fois. Pensez à votre réponse. Ne dites rien. Rien n’est gardé.',
  },
  'workshop.orientation.position': { std: 'Question {n} sur {count}', falc: 'Question {n} sur {count}' },
  'workshop.orientation.alone': {
    std: 'Si on ne savait que cette réponse, Passerelle conseillerait :',
    falc: 'Avec cette réponse seule, on conseille :',
  },
  'workshop.orientation.leadsTo': { std: 'le parcours « {name} »', falc: '« {name} »' },
  'workshop.orientation.age': { std: '{age} ans', falc: '{age} ans' },
  'workshop.orientation.rules': { std: 'Dans quel ordre Passerelle décide', falc: 'Comment on choisit' },
  'workshop.orientation.rules.position': { std: 'Les règles', falc: 'Les règles' },
  'workshop.orientation.next': { std: 'Question suivante', falc: 'Après' },
  'workshop.orientation.previous': { std: 'Question précédente', falc: 'Avant' },
  'workshop.orientation.toRules': { std: 'Voir les règles', falc: 'Voir les règles' },
  'workshop.rule.isYoungWithoutQualification': {
    std: 'De 16 à 25 ans (29 avec la RQTH) sans diplôme : parcours « {name} »',
    falc: '16 à 25 ans, sans diplôme : « {name} »',
  },
  'workshop.rule.isUnderYouthAge': { std: 'Moins de 16 ans : parcours « {name} »', falc: 'Moins de 16 ans : « {name} »' },
  'workshop.rule.hasFrenchBelowA2': {
    std: 'Sinon, le français encore difficile (avant le niveau A2) : parcours « {name} »',
    falc: 'Sinon, le français est difficile : « {name} »',
  },
  'workshop.rule.isFarFromEmployment': {
    std: 'Sinon, au RSA ou à l’ASS, sans emploi depuis un an ou plus, ou l’écrit difficile : parcours « {name} »',
    falc: 'Sinon, RSA, ou sans travail depuis 1 an : « {name} ». Pareil si écrire est difficile.',
  },
  'workshop.rule.default': { std: 'Dans les autres cas : parcours « {name} »', falc: 'Sinon : « {name} »' },
  'workshop.rule.choice': {
    std: 'C’est un conseil : chacun peut choisir un autre parcours.',
    falc: 'C’est un conseil. Vous pouvez choisir un autre parcours.',
  },

  // hand-outs
  'workshop.handouts.title': { std: 'Fiches à imprimer', falc: 'Fiches à imprimer' },
  'workshop.handouts.intro': {
    std: 'Une fiche par parcours (une page A4 chacune) et une fiche « Mes prochaines étapes » à remplir à la main. Aucun nom n’est imprimé.',
    falc: 'Une page par parcours. Une page « Mes prochaines étapes » à remplir au stylo.',
  },
  'workshop.handouts.print': { std: 'Imprimer les cinq fiches', falc: 'Imprimer les 5 fiches' },
  'workshop.handout.title': { std: 'Le parcours « {name} »', falc: 'Le parcours « {name} »' },
  'workshop.handout.notes': { std: 'Mes notes', falc: 'Mes notes' },
  'workshop.nextSteps.title': { std: 'Mes prochaines étapes', falc: 'Mes prochaines étapes' },
  'workshop.nextSteps.intro': {
    std: 'À remplir à la main. Gardez cette feuille et montrez-la à vos rendez-vous.',
    falc: 'Écrivez au stylo. Gardez la feuille.',
  },
  'workshop.nextSteps.parcours': { std: 'Mon parcours :', falc: 'Mon parcours :' },
  'workshop.nextSteps.step': { std: 'Étape {n}', falc: 'Étape {n}' },
  'workshop.nextSteps.what': { std: 'Ce que je vais faire', falc: 'Ce que je fais' },
  'workshop.nextSteps.who': { std: 'Avec qui, où', falc: 'Avec qui' },
  'workshop.nextSteps.when': { std: 'Quand', falc: 'Quand' },
  'workshop.nextSteps.questions': { std: 'Mes questions', falc: 'Mes questions' },

  // the group's plans
  'workshop.batch.title': { std: 'Les plans du groupe', falc: 'Les plans du groupe' },
  'workshop.batch.intro': {
    std: 'Pour chaque personne : un prénom ou un numéro, et quelques réponses courtes. Rien n’est enregistré : tout est oublié quand vous quittez l’atelier. Imprimez avant.',
    falc: 'Pour chaque personne : un prénom ou un numéro. Rien n’est gardé. Imprimez avant de partir.',
  },
  'workshop.batch.person': { std: 'Une personne de plus', falc: 'Ajouter une personne' },
  'workshop.batch.label': { std: 'Prénom ou numéro', falc: 'Prénom ou numéro' },
  'workshop.batch.label.hint': { std: 'Pas de nom de famille.', falc: 'Pas de nom de famille.' },
  'workshop.batch.answers': { std: 'Réponses courtes (laisser « Je ne sais pas » si besoin)', falc: 'Les réponses' },
  'workshop.batch.parcours': { std: 'Parcours', falc: 'Parcours' },
  'workshop.batch.recommended': { std: 'Celui que Passerelle conseille', falc: 'Celui qu’on conseille' },
  'workshop.batch.add': { std: 'Ajouter au groupe', falc: 'Ajouter' },
  'workshop.batch.added': { std: 'Plan de {name} ajouté : parcours « {parcours} ».', falc: '{name} : plan prêt.' },
  'workshop.batch.list': { std: 'Le groupe ({count})', falc: 'Le groupe : {count}' },
  'workshop.batch.empty': { std: 'Personne pour l’instant.', falc: 'Personne pour l’instant.' },
  'workshop.batch.remove': { std: 'Retirer {name}', falc: 'Retirer {name}' },
  'workshop.batch.print': { std: 'Imprimer les {count} plans', falc: 'Imprimer les {count} plans' },
  'workshop.batch.error.label': { std: 'Écrivez un prénom ou un numéro.', falc: 'Écrivez un prénom ou un numéro.' },
  'workshop.batch.error.long': { std: '{max} caractères au plus.', falc: '{max} lettres au plus.' },
  'workshop.batch.error.duplicate': {
    std: '« {name} » est déjà dans le groupe : ajoutez un chiffre ou une initiale.',
    falc: '« {name} » est déjà là. Ajoutez un chiffre.',
  },
  'workshop.batch.error.age': { std: 'Un âge entre {min} et {max} ans, ou rien.', falc: 'Un âge de {min} à {max} ans.' },
  'workshop.batch.forget.title': { std: 'Quitter l’atelier et oublier les plans ?', falc: 'Quitter et oublier les plans ?' },
  'workshop.batch.forget.text': {
    std: 'Les {count} plans du groupe ne sont gardés nulle part : ils seront oubliés. Imprimez-les avant si besoin.',
    falc: 'Les {count} plans vont être oubliés. Imprimez avant.',
  },
  'workshop.batch.forget.confirm': { std: 'Oublier les plans et quitter', falc: 'Oublier et quitter' },
  'workshop.batch.forget.cancel': { std: 'Rester dans l’atelier', falc: 'Rester' },
} as const satisfies Record<string, Message>;
