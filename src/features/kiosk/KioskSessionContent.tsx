import { useState } from 'react';
import { useT } from '../../messages/i18n';
import { startJourney } from '../../../machines';
import { INITIAL_UI, type GuidedPathComponent, type WizardState } from '../../lib/guided-path';

/**
 * What a resident answers during a kiosk session: the shared wizard, with its journey held in
 * this component's state, in memory only. The session frame unmounts it on reset (new `key`),
 * so answers, actors and DOM go at once; nothing is ever saved (the frame also hands any
 * storage call below it a memory repository that dies with the session).
 */
export function KioskSessionContent(props: { onExit(): void; GuidedPath: GuidedPathComponent }) {
  const { GuidedPath } = props;
  const t = useT();
  const [state, setState] = useState<WizardState>(() => ({ journey: startJourney(), ui: INITIAL_UI }));
  return <GuidedPath state={state} onChange={setState} variant="kiosk" onExit={props.onExit} exitLabel={t('kiosk.backToStart')} />;
}
