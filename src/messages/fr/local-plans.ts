import type { Message } from '../types';

/** Issue 12: the commune question, the structure's address book, the Region's training
 * sessions (LHÉO import) and the public address the QR codes hold. */
export const localPlans = {
  // --- the commune question and the commune box ---
  'q.commune.title': { std: 'Dans quelle commune habitez-vous ?', falc: 'Dans quelle ville habitez-vous ?' },
  'q.commune.help': {
    std: 'Tapez les premières lettres et choisissez dans la liste. Nous ne demandons jamais votre adresse.',
    falc: 'Écrivez le début du nom. Choisissez dans la liste. Pas besoin de votre adresse.',
  },
  'question.error.commune': {
    std: 'Choisissez une commune dans la liste, ou « Je ne sais pas ».',
    falc: 'Choisissez une ville dans la liste. Ou « Je ne sais pas ».',
  },
  'commune.loading': { std: 'Chargement de la liste des communes…', falc: 'Un instant…' },
  'commune.failed': { std: 'La liste des communes n’a pas pu être chargée.', falc: 'La liste des villes ne marche pas.' },
  'commune.none': { std: 'Aucune commune ne correspond.', falc: 'Pas de ville avec ce nom.' },
  'commune.count': { std: '{count} commune(s) proposée(s) : flèches haut et bas, puis Entrée.', falc: '{count} ville(s). Choisissez avec les flèches, puis Entrée.' },
  'commune.chosen': { std: 'Commune choisie : {name}', falc: 'Ville choisie : {name}' },
  'commune.list': { std: 'Communes', falc: 'Villes' },

  'staff.links': { std: 'Données locales', falc: 'Données locales' },
  'staff.backToKiosk': { std: 'Revenir à la borne', falc: 'Retour à la borne' },
  'trainings.link': { std: 'Sessions de formation de la Région (import LHÉO)', falc: 'Formations de la Région' },

  // --- the address book (staff) ---
  'directory.link': { std: 'Annuaire local', falc: 'Annuaire local' },
  'directory.title': { std: 'Annuaire local', falc: 'Annuaire local' },
  'directory.intro': {
    std: 'Les adresses de vos partenaires : les plans les proposent aux personnes de la même commune, puis du même département. Rien n’est envoyé sur internet.',
    falc: 'Les adresses de vos partenaires. Le plan les montre aux personnes qui habitent près. Rien ne part sur internet.',
  },
  'directory.empty': { std: 'L’annuaire est vide. Ajoutez un contact.', falc: 'Il n’y a pas encore de contact.' },
  'directory.count': { std: '{count} contact(s)', falc: '{count} contact(s)' },
  'directory.add': { std: 'Ajouter un contact', falc: 'Ajouter un contact' },
  'directory.edit': { std: 'Modifier {name}', falc: 'Modifier {name}' },
  'directory.remove': { std: 'Supprimer {name}', falc: 'Supprimer {name}' },
  'directory.remove.title': { std: 'Supprimer ce contact ?', falc: 'Supprimer ce contact ?' },
  'directory.remove.text': { std: '« {name} » ne sera plus proposé sur les plans.', falc: '« {name} » ne sera plus sur les plans.' },
  'directory.removed': { std: 'Contact supprimé.', falc: 'Le contact est supprimé.' },
  'directory.saved': { std: 'Contact enregistré.', falc: 'Le contact est enregistré.' },
  'directory.back': { std: 'Revenir aux réglages', falc: 'Retour aux réglages' },
  'directory.form.addTitle': { std: 'Nouveau contact', falc: 'Nouveau contact' },
  'directory.form.editTitle': { std: 'Modifier le contact', falc: 'Modifier le contact' },
  'directory.form.save': { std: 'Enregistrer le contact', falc: 'Enregistrer' },
  'directory.form.required': { std: 'Champ obligatoire', falc: 'Obligatoire' },
  'directory.field.type': { std: 'Type de structure', falc: 'Quelle sorte de structure' },
  'directory.field.type.choose': { std: 'Choisir un type', falc: 'Choisir' },
  'directory.field.name': { std: 'Nom', falc: 'Nom' },
  'directory.field.address': { std: 'Adresse (rue, numéro)', falc: 'Adresse' },
  'directory.field.commune': { std: 'Commune', falc: 'Ville' },
  'directory.field.phone': { std: 'Téléphone', falc: 'Téléphone' },
  'directory.field.email': { std: 'Courriel', falc: 'Adresse e-mail' },
  'directory.field.url': { std: 'Page web', falc: 'Site internet' },
  'directory.field.openingHours': { std: 'Horaires d’ouverture', falc: 'Quand c’est ouvert' },
  'directory.field.permanences': { std: 'Permanences (par exemple « le mardi au centre social »)', falc: 'Permanences (où et quand)' },
  'directory.field.staffNote': { std: 'Note pour l’équipe (jamais sur le plan)', falc: 'Note pour l’équipe (pas sur le plan)' },
  'directory.error.type': { std: 'Choisissez le type de structure.', falc: 'Choisissez le type.' },
  'directory.error.name': { std: 'Indiquez le nom (2 à 120 caractères).', falc: 'Écrivez le nom.' },
  'directory.error.commune': { std: 'Choisissez la commune dans la liste.', falc: 'Choisissez la ville dans la liste.' },
  'directory.error.phone': { std: 'Indiquez un numéro à 10 chiffres, par exemple 02 38 00 00 00.', falc: 'Écrivez 10 chiffres. Exemple : 02 38 00 00 00.' },
  'directory.error.email': { std: 'Indiquez un courriel de la forme nom@exemple.fr.', falc: 'Exemple : nom@exemple.fr' },
  'directory.error.url': { std: 'Indiquez une adresse web qui commence par https://', falc: 'L’adresse doit commencer par https://' },
  'directory.error.tooLong': { std: 'Ce texte est trop long (300 caractères au plus).', falc: 'C’est trop long.' },
  'directory.export': { std: 'Exporter l’annuaire (un fichier)', falc: 'Exporter l’annuaire' },
  'directory.exported': { std: 'Fichier « {file} » enregistré dans les téléchargements.', falc: 'Le fichier « {file} » est dans les téléchargements.' },
  'directory.import': { std: 'Importer un annuaire', falc: 'Importer un annuaire' },
  'directory.import.help': {
    std: 'Un fichier exporté par Passerelle sur un autre appareil de votre structure. Vous verrez ce qu’il ajoute avant de confirmer.',
    falc: 'Un fichier d’un autre appareil de votre structure. Vous verrez ce qui change avant.',
  },
  'directory.import.invalid': {
    std: 'Ce fichier n’est pas un annuaire Passerelle, ou il est abîmé. Rien n’a été modifié.',
    falc: 'Ce fichier ne marche pas. Rien n’a changé.',
  },
  'directory.import.newer': {
    std: 'Ce fichier vient d’une version plus récente de Passerelle. Mettez l’application à jour, puis réessayez. Rien n’a été modifié.',
    falc: 'Ce fichier est trop récent. Mettez à jour Passerelle. Rien n’a changé.',
  },
  'directory.import.previewTitle': { std: 'Importer cet annuaire ?', falc: 'Importer cet annuaire ?' },
  'directory.import.adds': { std: 'Ajoute {count} contact(s) :', falc: '{count} nouveau(x) contact(s) :' },
  'directory.import.replaces': { std: 'Remplace {count} contact(s) déjà présent(s) :', falc: 'Change {count} contact(s) :' },
  'directory.import.same': { std: '{count} contact(s) identique(s), inchangé(s).', falc: '{count} contact(s) pareil(s).' },
  'directory.import.confirm': { std: 'Importer', falc: 'Oui, importer' },
  'directory.import.done': { std: 'Annuaire importé : {added} ajouté(s), {replaced} remplacé(s).', falc: 'C’est fait : {added} ajouté(s), {replaced} changé(s).' },
  'directory.import.nothing': { std: 'Ce fichier ne change rien à l’annuaire.', falc: 'Ce fichier ne change rien.' },

  // --- the chosen contact on a plan ---
  'contact.scope.commune': { std: 'Dans votre commune', falc: 'Dans votre ville' },
  'contact.scope.departement': { std: 'Dans votre département', falc: 'Près de chez vous' },
  'contact.phone': { std: 'Tél. {phone}', falc: 'Téléphone : {phone}' },
  'contact.hours': { std: 'Horaires : {hours}', falc: 'Ouvert : {hours}' },
  'contact.permanences': { std: 'Permanences : {text}', falc: 'Aussi : {text}' },

  // --- the Region's training sessions (LHÉO import, staff) ---
  'trainings.title': { std: 'Sessions de formation de la Région', falc: 'Les formations de la Région' },
  'trainings.intro': {
    std: 'Importez l’export LHÉO (XML) de l’offre de formation publié par le Carif-Oref. Les plans proposent alors les prochaines sessions du titre visé, près de chez la personne. Le fichier est lu sur cet appareil, rien n’est envoyé.',
    falc: 'Importez le fichier des formations du Carif-Oref. Le plan montrera les prochaines formations près de chez la personne.',
  },
  'trainings.none': { std: 'Aucune offre importée pour le moment.', falc: 'Pas encore de fichier importé.' },
  'trainings.current': {
    std: 'Offre importée le {date} depuis « {file} » : {offers} formation(s), {sessions} session(s) à venir en Centre-Val de Loire.',
    falc: 'Fichier « {file} » importé le {date} : {offers} formation(s), {sessions} session(s).',
  },
  'trainings.stale': {
    std: 'Cette offre a plus de 3 mois : des sessions ont pu changer ou être annulées. Importez un export récent.',
    falc: 'Ce fichier a plus de 3 mois. Importez un fichier plus récent.',
  },
  'trainings.choose': { std: 'Importer un fichier LHÉO (XML)', falc: 'Importer un fichier' },
  'trainings.help': {
    std: 'L’import en cours ne remplace l’offre actuelle qu’une fois le fichier entièrement lu et vérifié.',
    falc: 'L’ancien fichier reste tant que le nouveau n’est pas fini.',
  },
  'trainings.progress': { std: 'Lecture du fichier', falc: 'Lecture du fichier' },
  'trainings.progressText': { std: '{percent} % lu', falc: '{percent} % lu' },
  'trainings.cancel': { std: 'Annuler l’import', falc: 'Arrêter' },
  'trainings.cancelled': { std: 'Import annulé. L’offre précédente est conservée.', falc: 'Import arrêté. Rien n’a changé.' },
  'trainings.done': {
    std: 'Import terminé : {offers} formation(s) et {sessions} session(s) gardées ; {past} session(s) déjà commencée(s) ou sans date, {outside} hors de la région et {closed} fermée(s) laissées de côté.',
    falc: 'C’est fait : {sessions} session(s) gardées.',
  },
  'trainings.error.dtd': {
    std: 'Fichier refusé : il contient une déclaration DOCTYPE ou des entités, que Passerelle n’accepte pas par sécurité. L’offre précédente est conservée.',
    falc: 'Ce fichier est refusé pour la sécurité. Rien n’a changé.',
  },
  'trainings.error.not-lheo': {
    std: 'Ce fichier n’est pas une offre de formation au format LHÉO. L’offre précédente est conservée.',
    falc: 'Ce n’est pas un fichier de formations LHÉO. Rien n’a changé.',
  },
  'trainings.error.malformed': {
    std: 'Ce fichier XML est mal formé et ne peut pas être lu. L’offre précédente est conservée.',
    falc: 'Ce fichier est abîmé. Rien n’a changé.',
  },
  'trainings.error.truncated': {
    std: 'Ce fichier est incomplet (coupé avant la fin). L’offre précédente est conservée.',
    falc: 'Ce fichier n’est pas complet. Rien n’a changé.',
  },
  'trainings.error.encoding': {
    std: 'Ce fichier n’est pas en UTF-8 valide. L’offre précédente est conservée.',
    falc: 'Ce fichier a des caractères illisibles. Rien n’a changé.',
  },
  'trainings.error.empty': { std: 'Ce fichier est vide. L’offre précédente est conservée.', falc: 'Ce fichier est vide. Rien n’a changé.' },
  'trainings.error.storage': {
    std: 'L’offre n’a pas pu être enregistrée sur cet appareil (espace plein ?). L’offre précédente est conservée.',
    falc: 'Pas assez de place sur l’appareil. Rien n’a changé.',
  },

  // --- next sessions on a titre's training step ---
  'sessions.title': { std: 'Prochaines sessions', falc: 'Les prochaines formations' },
  'sessions.fallback': {
    std: 'Sessions au titre proche (même intitulé, code RNCP différent ou absent) : à vérifier avec l’organisme.',
    falc: 'Formations qui ressemblent : à vérifier.',
  },
  'sessions.line': { std: 'du {start} au {end} — {organisme}, {commune} ({dep})', falc: 'du {start} au {end} — {organisme}, {commune} ({dep})' },
  'sessions.lineNoEnd': { std: 'à partir du {start} — {organisme}, {commune} ({dep})', falc: 'à partir du {start} — {organisme}, {commune} ({dep})' },
  'sessions.prf': { std: 'financée par la Région', falc: 'payée par la Région' },
  'sessions.rhythm': { std: 'rythme : {rhythm}', falc: '{rhythm}' },
  'sessions.near.commune': { std: 'dans votre commune', falc: 'dans votre ville' },
  'sessions.near.departement': { std: 'dans votre département', falc: 'près de chez vous' },
  'sessions.near.region': { std: 'en Centre-Val de Loire', falc: 'dans la région' },
  'sessions.importedOn': { std: 'Offre de formation du {date}.', falc: 'Liste du {date}.' },

  // --- the address the QR codes hold ---
  'publicUrl.title': { std: 'Adresse des codes QR', falc: 'L’adresse dans les codes QR' },
  'publicUrl.text': { std: 'Les codes QR des plans ouvrent cette adresse :', falc: 'Le téléphone qui lit le code QR ouvre :' },
  'publicUrl.loopback': {
    std: 'Attention : cette adresse ne désigne que cet appareil. Le téléphone d’une personne ne pourra pas ouvrir le plan. Indiquez l’adresse publique de l’application au moment de la construire (VITE_PUBLIC_URL).',
    falc: 'Attention : cette adresse marche seulement sur cet appareil. Un téléphone ne pourra pas ouvrir le plan. Demandez l’adresse publique à la personne qui installe Passerelle.',
  },
  'publicUrl.private': {
    std: 'Attention : cette adresse n’est joignable que depuis le réseau de votre structure. Le téléphone d’une personne ne pourra sans doute pas ouvrir le plan. Indiquez l’adresse publique de l’application au moment de la construire (VITE_PUBLIC_URL).',
    falc: 'Attention : cette adresse marche seulement dans votre structure. Un téléphone ne pourra sans doute pas ouvrir le plan. Demandez l’adresse publique à la personne qui installe Passerelle.',
  },

  // --- the address book in a backup ---
  'restore.plan.directory': {
    std: '{count} contact(s) de l’annuaire local seront remis ; ceux de cet appareil absents de la sauvegarde restent.',
    falc: '{count} adresse(s) de l’annuaire seront remises.',
  },
} as const satisfies Record<string, Message>;
