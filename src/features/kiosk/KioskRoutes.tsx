import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useT } from '../../messages/i18n';
import { KioskI18n } from './KioskI18n';
import { useRepository } from '../../lib/storage-context';
import { navigate } from '../../lib/router';
import { NO_LOCK } from '../../lib/pin';
import { AttractScreen } from './AttractScreen';
import { KioskSession } from './KioskSession';
import { KioskDialog } from './KioskDialog';
import { PinForm } from './PinForm';
import { StaffSetupScreen, StaffStartScreen, type KioskSetup } from './StaffScreens';
import { KIOSK_SETTING_KEYS, loadKioskConfig, takeKioskConfigAhead, type KioskConfig } from './kiosk-settings';
import { KIOSK_PATH, lockToKiosk, unlockFromKiosk } from './kiosk-lock';
import { wipeSessionTraces } from './wipe';
import type { GuidedPathComponent } from '../../lib/guided-path';
// Its styles (kiosk.css) are in the page's stylesheet: main.tsx imports them.

function enterFullscreen() {
  // Browsers allow it only from a gesture, and some kiosks run full screen already: ignore refusals.
  const root = document.documentElement;
  if (!document.fullscreenElement && typeof root.requestFullscreen === 'function') root.requestFullscreen().catch(() => {});
}

function exitFullscreen() {
  if (document.fullscreenElement && typeof document.exitFullscreen === 'function') document.exitFullscreen().catch(() => {});
}

/** `#/borne`: staff set up or start the kiosk; then residents use it one after the other. */
export default function KioskRoutes(props: { path: string; GuidedPath: GuidedPathComponent }) {
  const t = useT();
  const { settings } = useRepository();
  const id = useId();
  // Read ahead when the app starts on a kiosk: its first render is then the start screen, the
  // one written into the built page (src/lib/first-screen.ts), with no waiting message between.
  const [config, setConfig] = useState<KioskConfig | null>(() => takeKioskConfigAhead(settings));
  const readAhead = useRef(config !== null);
  const [screen, setScreen] = useState<'attract' | 'session'>('attract');
  const [sessionKey, setSessionKey] = useState(0);
  const [leaving, setLeaving] = useState(false);
  const pinInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (readAhead.current) {
      readAhead.current = false;
      return;
    }
    let live = true;
    void loadKioskConfig(settings).then((loaded) => {
      if (live) setConfig(loaded);
    });
    return () => {
      live = false;
    };
  }, [settings]);

  const active = config?.active === true;
  useEffect(() => {
    if (active) lockToKiosk();
  }, [active]);

  const reset = useCallback(() => {
    wipeSessionTraces();
    setLeaving(false);
    setScreen('attract');
    setSessionKey((k) => k + 1);
  }, []);

  const startSession = useCallback(() => {
    enterFullscreen();
    setScreen('session');
    setSessionKey((k) => k + 1);
  }, []);

  const enterKiosk = async (next: KioskConfig) => {
    enterFullscreen();
    await settings.set(KIOSK_SETTING_KEYS.active, true);
    navigate(KIOSK_PATH, { replace: true });
    wipeSessionTraces();
    setConfig({ ...next, active: true });
    setScreen('attract');
  };

  const saveSetup = async (setup: KioskSetup) => {
    await settings.set(KIOSK_SETTING_KEYS.pin, setup.pin);
    await settings.set(KIOSK_SETTING_KEYS.idleSeconds, setup.idleSeconds);
    await settings.set(KIOSK_SETTING_KEYS.warningSeconds, setup.warningSeconds);
    await settings.set(KIOSK_SETTING_KEYS.pinLock, NO_LOCK);
    await enterKiosk({ pin: setup.pin, active: true, idleSeconds: setup.idleSeconds, warningSeconds: setup.warningSeconds });
  };

  const leaveKiosk = async () => {
    await settings.set(KIOSK_SETTING_KEYS.active, false);
    wipeSessionTraces();
    unlockFromKiosk();
    exitFullscreen();
    navigate('/', { replace: true });
  };

  if (!config) return <p role="status">{t('kiosk.working')}</p>;
  if (!config.active || !config.pin) {
    return config.pin ? (
      <StaffStartScreen pin={config.pin} onStart={() => void enterKiosk(config)} />
    ) : (
      <StaffSetupScreen idleSeconds={config.idleSeconds} warningSeconds={config.warningSeconds} onDone={(s) => void saveSetup(s)} />
    );
  }

  return (
    <div className="kiosk">
      {/* Kiosk mode starts in easy-read wording (issue 7), without touching the device's preference. */}
      <KioskI18n mode="falc">
        {screen === 'attract' ? (
          <AttractScreen key={sessionKey} onStart={startSession} onStaff={() => setLeaving(true)} paused={leaving} />
        ) : (
          <KioskSession key={sessionKey} idleSeconds={config.idleSeconds} warningSeconds={config.warningSeconds} onReset={reset} GuidedPath={props.GuidedPath} />
        )}
      </KioskI18n>
      <KioskDialog open={leaving} labelledBy={`${id}-leave`} describedBy={`${id}-leave-text`} initialFocus={pinInput} onCancel={() => setLeaving(false)}>
        <h2 id={`${id}-leave`}>{t('kiosk.leave.title')}</h2>
        <p id={`${id}-leave-text`}>{t('kiosk.leave.intro')}</p>
        <PinForm stored={config.pin} submitLabel="kiosk.leave.submit" onSuccess={() => void leaveKiosk()} inputRef={pinInput}>
          <button type="button" className="button button--secondary" onClick={() => setLeaving(false)}>
            {t('action.cancel')}
          </button>
        </PinForm>
      </KioskDialog>
    </div>
  );
}
