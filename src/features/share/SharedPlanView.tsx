import '../../messages/fr/plan-screens';
import { useEffect, useRef, useState } from 'react';
import { useT } from '../../messages/i18n';
import { hrefTo } from '../../lib/router';
import { useFocusHeading } from '../../lib/use-focus-heading';
import type { ComponentType } from 'react';
import type { Plan } from '../../../machines';
import { decodePlanPayload, type DecodeResult } from '../../payload';
import { decodeContacts, splitSharedPayload, type SharedContacts } from '../../payload/shared-contacts';
import { ContactChooserProvider, type ContactChooser } from '../../components/ContactDetails';
import { chooseContact } from '../../lib/contacts';

interface Decoded {
  result: DecodeResult;
  contacts: SharedContacts;
}

/** The plan and the contacts its code carried (none in codes printed before issue 12). */
async function decodeShared(payload: string): Promise<Decoded> {
  const parts = splitSharedPayload(payload);
  const result = await decodePlanPayload(parts.plan);
  if (!result.ok || parts.contacts === undefined) return { result, contacts: {} };
  try {
    return { result, contacts: decodeContacts(parts.contacts) };
  } catch {
    return { result: { ok: false, error: 'corrupt' }, contacts: {} };
  }
}

/** Decoded while the app starts on a plan's address (main.tsx, through src/app/share.tsx), so
 * that React's first render is the plan itself, not a loading message (issue 15). */
let ahead: { payload: string; decoded: Decoded } | null = null;

export async function decodeSharedAhead(payload: string): Promise<void> {
  ahead = { payload, decoded: await decodeShared(payload).catch((): Decoded => ({ result: { ok: false, error: 'corrupt' }, contacts: {} })) };
}

function decodedAhead(payload: string): Decoded | undefined {
  return ahead?.payload === payload ? ahead.decoded : undefined;
}

/**
 * The plan opened from its QR code on the resident's phone (`#/p/<payload>`): read-only, built
 * from the fragment alone. It reads and writes no storage, so it works with IndexedDB off and
 * leaves nothing behind. A damaged, truncated or foreign fragment gets a plain message.
 */
export default function SharedPlanView(props: { payload: string; PlanDocument: ComponentType<{ plan: Plan; departement?: string }> }) {
  const { PlanDocument } = props;
  const t = useT();
  const [first] = useState(() => decodedAhead(props.payload));
  const [result, setResult] = useState<DecodeResult | undefined>(first?.result);
  const [contacts, setContacts] = useState<SharedContacts>(first?.contacts ?? {});
  // The payload the state above belongs to: nothing to decode again on the first render.
  const decodedFor = useRef(first ? props.payload : undefined);
  const heading = useFocusHeading(result ? (result.ok ? 'plan' : 'error') : 'loading');

  useEffect(() => {
    if (decodedFor.current === props.payload) return;
    let live = true;
    setResult(undefined);
    decodeShared(props.payload)
      .then((r) => {
        if (!live) return;
        setContacts(r.contacts);
        setResult(r.result);
        decodedFor.current = props.payload;
      })
      .catch(() => live && setResult({ ok: false, error: 'corrupt' }));
    return () => {
      live = false;
    };
  }, [props.payload]);

  if (!result) return <p role="status">{t('share.loading')}</p>;
  if (!result.ok) {
    const foreign = result.error === 'version';
    return (
      <section className="share share--error" aria-labelledby="share-error-title">
        <h1 id="share-error-title" ref={heading} tabIndex={-1}>
          {t('share.error.title')}
        </h1>
        <p role="alert">{t(foreign ? 'share.error.foreign' : 'share.error.corrupt')}</p>
        <a className="button" href={hrefTo('/')}>
          {t('share.error.home')}
        </a>
      </section>
    );
  }
  const { plan, departement } = result.value;
  const chooser: ContactChooser = (typeId, dep) => {
    const carried = contacts[typeId];
    return carried ? { kind: 'local', scope: 'structure', entries: [carried] } : chooseContact(typeId, dep ? { departement: dep } : {}, []);
  };
  return (
    <section className="share" aria-labelledby="share-title">
      <h1 id="share-title" ref={heading} tabIndex={-1}>
        {t('share.title')}
      </h1>
      <p className="notice share__notice">{t('share.readOnly')}</p>
      <ContactChooserProvider chooser={chooser}>
        <PlanDocument plan={plan} departement={departement} />
      </ContactChooserProvider>
    </section>
  );
}
