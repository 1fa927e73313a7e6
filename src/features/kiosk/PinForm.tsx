import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useT, type MessageKey } from '../../messages/i18n';
import { useRepository } from '../../lib/storage-context';
import { afterFailure, isValidPin, NO_LOCK, remainingLockMs, verifyPin, type PinHash, type PinLock } from '../../lib/pin';
import { KIOSK_SETTING_KEYS, loadPinLock } from './kiosk-settings';

/**
 * Asks for the staff PIN. Wrong PINs are refused with a growing wait after repeated failures;
 * the count is kept in the settings so reloading the page does not reset it.
 */
export function PinForm(props: {
  stored: PinHash;
  submitLabel: MessageKey;
  onSuccess(): void;
  inputRef?: React.RefObject<HTMLInputElement | null>;
  children?: ReactNode;
}) {
  const t = useT();
  const { settings } = useRepository();
  const id = useId();
  const ownInput = useRef<HTMLInputElement>(null);
  const input = props.inputRef ?? ownInput;
  const [pin, setPin] = useState('');
  const [error, setError] = useState<MessageKey | null>(null);
  const [lock, setLock] = useState<PinLock>(NO_LOCK);
  const [now, setNow] = useState(() => Date.now());
  const [checking, setChecking] = useState(false);

  useEffect(() => {
    let live = true;
    void loadPinLock(settings).then((stored) => {
      if (live) setLock(stored);
    });
    return () => {
      live = false;
    };
  }, [settings]);

  const remaining = remainingLockMs(lock, now);
  useEffect(() => {
    if (remaining <= 0) return;
    const timer = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(timer);
  }, [remaining > 0]); // eslint-disable-line react-hooks/exhaustive-deps

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (checking) return;
    const at = Date.now();
    setNow(at);
    if (remainingLockMs(lock, at) > 0) return;
    if (!isValidPin(pin)) {
      setError('kiosk.setup.error.format');
      input.current?.focus();
      return;
    }
    setChecking(true);
    const ok = await verifyPin(pin, props.stored);
    setChecking(false);
    setPin('');
    if (ok) {
      setError(null);
      await settings.set(KIOSK_SETTING_KEYS.pinLock, NO_LOCK);
      props.onSuccess();
      return;
    }
    const next = afterFailure(lock, Date.now());
    setLock(next);
    setNow(Date.now());
    setError('kiosk.pin.wrong');
    await settings.set(KIOSK_SETTING_KEYS.pinLock, next);
    input.current?.focus();
  };

  const errorId = `${id}-error`;
  const waitId = `${id}-wait`;
  return (
    <form className="kiosk-pin" onSubmit={(e) => void submit(e)} noValidate>
      <label htmlFor={`${id}-pin`}>{t('kiosk.pin.label')}</label>
      <input
        ref={input}
        id={`${id}-pin`}
        className="kiosk-pin__input"
        type="password"
        inputMode="numeric"
        autoComplete="off"
        maxLength={8}
        value={pin}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${errorId} ${waitId}`}
        onChange={(e) => setPin(e.target.value.replace(/\s/g, ''))}
      />
      <p id={errorId} className="kiosk-pin__error" role="status">
        {checking ? t('kiosk.pin.checking') : error ? t(error) : null}
      </p>
      {/* Not a live region: a number changing every second would be read every second. */}
      <p id={waitId} className="kiosk-pin__wait">
        {remaining > 0 ? t('kiosk.pin.wait', { seconds: Math.ceil(remaining / 1000) }) : null}
      </p>
      <div className="kiosk-pin__actions">
        {props.children}
        <button type="submit" className="button">
          {t(props.submitLabel)}
        </button>
      </div>
    </form>
  );
}
