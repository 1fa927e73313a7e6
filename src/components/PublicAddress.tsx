import { useT } from '../messages/i18n';
import { addressProblem, publicBase } from '../lib/public-url';
import './staff.css';

/** Staff screens: which address the QR codes hold, and a warning when phones cannot reach it. */
export function PublicAddress() {
  const t = useT();
  const address = publicBase();
  const problem = addressProblem(address);
  return (
    <section className="public-address" aria-labelledby="public-address-title">
      <h2 id="public-address-title">{t('publicUrl.title')}</h2>
      <p>
        {t('publicUrl.text')} <code>{address}</code>
      </p>
      {problem && (
        <p className="notice notice--warn" role="note">
          {t(problem === 'loopback' ? 'publicUrl.loopback' : 'publicUrl.private')}
        </p>
      )}
    </section>
  );
}
