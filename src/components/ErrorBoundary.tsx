import { Component, type ReactNode } from 'react';
import { useT } from '../messages/i18n';

function CrashMessage() {
  const t = useT();
  return (
    <div role="alert" className="banner banner--warning">
      <p>{t('error.unexpected')}</p>
      <button type="button" className="button" onClick={() => window.location.reload()}>
        {t('error.reload')}
      </button>
    </div>
  );
}

/** A bug in one screen shows a plain message instead of a blank page; saved answers are safe
 * because every answer is written as it is given. */
export class ErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override componentDidCatch(error: unknown) {
    console.error('Passerelle: screen crashed', error);
  }
  override render() {
    return this.state.failed ? <CrashMessage /> : this.props.children;
  }
}
