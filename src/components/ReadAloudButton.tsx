import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { useT, type MessageKey } from '../messages/i18n';
import { speak, speechAvailability, subscribeToVoices, type SpeechAvailability } from '../lib/speech';
import { Pictogram } from './Pictogram';
import { INTERFACE_DRAWINGS } from './pictograms/interface';
import { languageInfo } from '../messages/languages';
// Its styles (read-aloud.css) are in the page's stylesheet: main.tsx imports them.

/** The speech tag for the interface language (the voice list speaks BCP 47: fr-FR, en-GB, ar…):
 * an Arabic screen is read with an Arabic voice, and says so plainly when there is none. */
function speechLang(lang: string): string {
  return languageInfo(lang).speech;
}

/**
 * Reads `parts` aloud, one after the other (a question, then each answer), and reports the part
 * being read so the screen can highlight it. A real button: Enter and Space work. When the device
 * has no French voice the button stays and, when pressed, says so in a polite live region rather
 * than doing nothing (brief §7).
 */
export function ReadAloudButton(props: {
  parts: string[];
  onActivePart?: (index: number | null) => void;
  className?: string;
}) {
  const { parts, className } = props;
  const t = useT();
  const lang = speechLang(t.lang);
  const [reading, setReading] = useState(false);
  const [notice, setNotice] = useState<MessageKey | null>(null);
  const stopRef = useRef<(() => void) | null>(null);
  const onActivePart = useRef(props.onActivePart);
  onActivePart.current = props.onActivePart;

  // Re-rendered when the voices arrive, so a notice about a missing voice can go away.
  const availability = useSyncExternalStore<SpeechAvailability>(
    subscribeToVoices,
    () => speechAvailability(lang),
    () => 'unsupported',
  );
  useEffect(() => {
    if (availability === 'ok') setNotice((n) => (n === 'speech.noVoice' ? null : n));
  }, [availability]);

  // New text (the next question) or leaving the screen: stop reading the old one.
  const textKey = parts.join('\u0000');
  useEffect(() => () => stopRef.current?.(), [textKey]);

  const press = () => {
    if (reading) {
      stopRef.current?.();
      return;
    }
    const now = speechAvailability(lang);
    if (now !== 'ok') {
      setNotice(now === 'unsupported' ? 'speech.unsupported' : 'speech.noVoice');
      return;
    }
    setNotice(null);
    setReading(true);
    stopRef.current = speak(parts, {
      lang,
      onPart: (index) => onActivePart.current?.(index),
      onError: () => setNotice('speech.failed'),
      onEnd: () => {
        stopRef.current = null;
        setReading(false);
        onActivePart.current?.(null);
      },
    });
  };

  return (
    <div className={`read-aloud${className ? ` ${className}` : ''}`}>
      <button type="button" className="button button--secondary read-aloud__button" onClick={press}>
        <Pictogram drawings={INTERFACE_DRAWINGS} id="listen" size={32} />
        {t(reading ? 'speech.stop' : 'speech.listen')}
      </button>
      <p className="read-aloud__notice" role="status">
        {notice ? t(notice) : null}
      </p>
    </div>
  );
}
