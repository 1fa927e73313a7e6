import { matchPath } from '../../lib/router';
import { CaseloadScreen } from './CaseloadScreen';
import { NewFileScreen } from './NewFileScreen';
import { ResidentScreen } from './ResidentScreen';
import { SettingsScreen } from './SettingsScreen';

/** The mediator's screens, loaded together as one chunk when "Accompagner une personne" opens. */
export default function MediatorRoutes(props: { path: string }) {
  const { path } = props;
  if (path === '/accompagner/nouveau') return <NewFileScreen />;
  if (path === '/accompagner/reglages') return <SettingsScreen />;
  const file = matchPath('/accompagner/:id', path);
  if (file?.id) return <ResidentScreen key={file.id} id={file.id} />;
  return <CaseloadScreen />;
}
