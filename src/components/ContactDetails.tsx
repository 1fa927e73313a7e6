import '../messages/fr/plan-screens';
import { createContext, useContext, type ReactNode } from 'react';
import type { Translator } from '../messages/i18n';
import { chooseContact, type ChosenContact } from '../lib/contacts';

/** How a plan chooses the contact of a structure type: by default the catalogue only (sites of
 * the département, then the finder page); a plan screen gives the address book and commune,
 * a shared plan the contacts its QR code carried. */
export type ContactChooser = (typeId: string, departement: string | undefined) => ChosenContact;

const catalogueOnly: ContactChooser = (typeId, departement) => chooseContact(typeId, departement ? { departement } : {}, []);
const ChooserContext = createContext<ContactChooser>(catalogueOnly);

export function ContactChooserProvider(props: { chooser: ContactChooser; children: ReactNode }) {
  return <ChooserContext.Provider value={props.chooser}>{props.children}</ChooserContext.Provider>;
}

export function useContactChooser(): ContactChooser {
  return useContext(ChooserContext);
}

/** The contact after a structure type's name on a plan step, in the words of `t`: an address,
 * the known sites, or the finder page. */
export function ContactDetails(props: { t: Translator; typeId: string; departement?: string }) {
  const { t } = props;
  const chosen = useContactChooser()(props.typeId, props.departement);
  if (chosen.kind === 'sites') {
    // « E2C Val de Loire (Tours) » already says where it is
    const sites = chosen.sites.map((s) => (s.name.includes(s.commune) ? s.name : `${s.name} (${s.commune})`));
    return <span> — {t('plan.knownSites', { sites: sites.join(' ; ') })}</span>;
  }
  if (chosen.kind === 'finder') return <span className="plan-step__finder"> — {t('plan.findNearest', { url: chosen.url })}</span>;
  if (chosen.kind === 'none') return null;
  return (
    <>
      {chosen.entries.map((e) => {
        const place = [e.address, e.commune].filter(Boolean).join(', ');
        const details = [
          place,
          e.phone && t('contact.phone', { phone: e.phone }),
          e.email,
          e.url,
          e.openingHours && t('contact.hours', { hours: e.openingHours }),
          e.permanences && t('contact.permanences', { text: e.permanences }),
          e.note,
        ].filter(Boolean);
        return (
          <span key={e.name} className="plan-step__local" data-contact-scope={chosen.scope}>
            {' '}
            — <span className="plan-step__local-name">{e.name}</span>
            {details.length > 0 && ` : ${details.join(' · ')}`}
          </span>
        );
      })}
    </>
  );
}
