import { useT, type MessageKey } from '../../messages/i18n';
import { hrefTo } from '../../lib/router';
import { useFocusHeading } from '../../lib/use-focus-heading';
import { Pictogram } from '../../components/Pictogram';
import { INTERFACE_DRAWINGS, type InterfaceDrawingId } from '../../components/pictograms/interface';
import { LanguagePicker } from '../../components/LanguagePicker';

const MODES: { path: string; title: MessageKey; text: MessageKey; pictogram: InterfaceDrawingId }[] = [
  { path: '/accompagner', title: 'home.mode.mediator.title', text: 'home.mode.mediator.text', pictogram: 'mediator' },
  { path: '/atelier', title: 'home.mode.workshop.title', text: 'home.mode.workshop.text', pictogram: 'workshop' },
  { path: '/borne', title: 'home.mode.kiosk.title', text: 'home.mode.kiosk.text', pictogram: 'kiosk' },
];

export function HomeScreen() {
  const t = useT();
  const heading = useFocusHeading();
  return (
    <section className="home" aria-labelledby="home-title">
      <h1 id="home-title" ref={heading} tabIndex={-1}>
        {t('home.title')}
      </h1>
      <p className="lead">{t('home.intro')}</p>
      <LanguagePicker />
      <h2>{t('home.modes.title')}</h2>
      <ul className="mode-list">
        {MODES.map((mode) => (
          <li key={mode.path}>
            <a className="mode-card" href={hrefTo(mode.path)}>
              <Pictogram drawings={INTERFACE_DRAWINGS} id={mode.pictogram} />
              <span className="mode-card__title">{t(mode.title)}</span>
              <span className="mode-card__text">{t(mode.text)}</span>
            </a>
          </li>
        ))}
      </ul>
      <p className="note">{t('home.privacy')}</p>
    </section>
  );
}
