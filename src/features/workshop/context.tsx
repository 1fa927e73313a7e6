import { createContext, useContext } from 'react';
import type { Translator } from '../../messages/i18n';

/** What the presenter bar sets for every workshop screen. */
export interface WorkshopView {
  /** the interface language in the workshop's wording (easy-read by default) */
  t: Translator;
}

export const WorkshopViewContext = createContext<WorkshopView | null>(null);

export function useWorkshopView(): WorkshopView {
  const view = useContext(WorkshopViewContext);
  if (!view) throw new Error('Workshop screen outside WorkshopRoutes');
  return view;
}
