import { useT } from '../messages/i18n';
import { hrefTo } from '../lib/router';
import { PublicAddress } from './PublicAddress';

/** The staff area's local data (address book, training sessions) and the address QR codes hold. */
export function StaffLinks(props: { base: '/accompagner' | '/borne' }) {
  const t = useT();
  return (
    <>
      <nav className="staff-links" aria-label={t('staff.links')}>
        <ul>
          <li>
            <a href={hrefTo(`${props.base}/annuaire`)}>{t('directory.link')}</a>
          </li>
          <li>
            <a href={hrefTo(`${props.base}/formations`)}>{t('trainings.link')}</a>
          </li>
        </ul>
      </nav>
      <PublicAddress />
    </>
  );
}
