import { useT, type MessageKey } from '../messages/i18n';
import { hrefTo } from '../lib/router';
import { useFocusHeading } from '../lib/use-focus-heading';

/** A real, named screen whose content a later issue builds. */
export function ComingSoon(props: { title: MessageKey }) {
  const t = useT();
  const heading = useFocusHeading();
  return (
    <section>
      <h1 ref={heading} tabIndex={-1}>
        {t(props.title)}
      </h1>
      <p>{t('comingSoon')}</p>
      <p>
        <a href={hrefTo('/')}>{t('nav.home')}</a>
      </p>
    </section>
  );
}
