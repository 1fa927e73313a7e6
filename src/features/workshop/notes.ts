import type { OutlineStage } from '../../../machines/outline';
import type { Translator } from '../../messages/i18n';
import type { Slide } from './presenter.machine';

/** What the facilitator may say and ask on a slide (`workshop.notes.<stage|overview|end>.*`). */
export function notesFor(t: Translator, slide: Slide, stages: OutlineStage[]): { say: string; ask: string } {
  const key = slide.kind === 'stage' ? (stages[slide.index]?.stage ?? 'overview') : slide.kind;
  return {
    say: t.dynamic(`workshop.notes.${key}.say`) ?? '',
    ask: t.dynamic(`workshop.notes.${key}.ask`) ?? '',
  };
}
