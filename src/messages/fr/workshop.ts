import type { Message } from '../types';

export const workshop = {
  'workshop.intro': {
    std: 'Quatre parcours-types mènent des savoirs de base jusqu’à un titre professionnel et un emploi. Choisissez-en un pour voir ses étapes avec le groupe. Aucune donnée personnelle n’est demandée ni gardée.',
    falc: 'Il y a 4 parcours. Choisissez un parcours pour voir ses étapes. Personne ne donne son nom. Rien n’est gardé.',
  },
  'workshop.choose': { std: 'Les quatre parcours-types', falc: 'Les 4 parcours' },
  'workshop.see': { std: 'Voir les étapes du parcours « {name} »', falc: 'Voir ce parcours' },
  'workshop.example.title': { std: 'Exemple : {name}', falc: 'Exemple : {name}' },
  'workshop.example.intro': {
    std: 'Voici le plan d’une personne inventée qui suit ce parcours. Chaque personne aura un plan différent selon ses réponses.',
    falc: 'Voici le plan d’une personne inventée. Votre plan sera différent.',
  },
  'workshop.try': { std: 'Essayer avec d’autres réponses (rien n’est gardé)', falc: 'Essayer avec vos réponses. Rien n’est gardé.' },
  'workshop.back': { std: 'Revenir aux quatre parcours', falc: 'Revenir aux 4 parcours' },
  'workshop.stages': { std: 'Les étapes', falc: 'Les étapes' },
} as const satisfies Record<string, Message>;
