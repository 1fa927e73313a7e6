import type { MessageKey, Translator } from '../messages/i18n';

/** Message keys built from ids that come from data/: the translations test needs one for every
 * parcours, question and option the journey can build, in every language. */
export function parcoursLabelKey(parcours: string): MessageKey {
  return `parcours.${parcours}.name` as MessageKey;
}

export function questionTitle(t: Translator, questionId: string): string {
  return t.dynamic(`q.${questionId}.title`) ?? questionId;
}

export function questionHelp(t: Translator, questionId: string): string | undefined {
  return t.dynamic(`q.${questionId}.help`);
}

export function optionLabel(t: Translator, questionId: string, option: { value: string; label?: string }): string {
  if (option.value === 'nsp') return t.dynamic('q.common.nsp') ?? 'Je ne sais pas';
  // Titres are named by the catalogue (French); another language has its own rendering.
  if (option.label) {
    const translated = questionId === 'titreVise' ? t.data?.titres[option.value]?.name : questionId === 'ccpAcquis' ? t.data?.ccp[option.value] : undefined;
    return translated ?? option.label;
  }
  return t.dynamic(`q.${questionId}.opt.${option.value}`) ?? option.value;
}
