import '../../messages/fr/plan-screens';
import { useEffect, useMemo, useState } from 'react';
import { useT } from '../../messages/i18n';
import { StepFrame } from '../../components/StepFrame';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { describeNextActions, describeStep } from './plan-text';
import { PlanDocument } from './PlanDocument';
import { PlanQr } from './PlanQr';
import { encodePlanPayload, shareUrl } from '../../payload';
import { contactsToShare, CONTACTS_SEPARATOR, encodeContacts } from '../../payload/shared-contacts';
import { withProgress } from './progress';
import type { PlanViewProps, StepStatus } from '../../lib/guided-path';
import { ContactChooserProvider, type ContactChooser } from '../../components/ContactDetails';
import { PlanSessionsProvider, usePlanSessions } from './NextSessions';
import { useOptionalRepository } from '../../lib/storage-context';
import { chooseContact } from '../../lib/contacts';
import { useAddressBook } from '../../lib/address-book';
import { publicBase } from '../../lib/public-url';
import { planOf, type BuildPlanInput } from '../../../machines/plans';

const STATUSES: StepStatus[] = ['a-faire', 'en-cours', 'fait'];

function StepProgress(props: {
  stepId: string;
  progress?: { status: StepStatus; appointment?: string };
  onProgress(value: { status: StepStatus; appointment?: string }): void;
}) {
  const t = useT();
  const { stepId } = props;
  const status = props.progress?.status ?? 'a-faire';
  return (
    <div className="plan-step__progress no-print">
      <fieldset className="plan-step__status">
        <legend>{t('plan.status')}</legend>
        {STATUSES.map((s) => (
          <label key={s} className="choice">
            <input
              type="radio"
              name={`status-${stepId}`}
              value={s}
              checked={status === s}
              onChange={() => props.onProgress({ ...props.progress, status: s })}
            />
            {t(`plan.status.${s}`)}
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor={`appointment-${stepId}`}>{t('plan.appointment')}</label>
        <input
          id={`appointment-${stepId}`}
          type="date"
          value={props.progress?.appointment ?? ''}
          onChange={(e) => props.onProgress({ status, appointment: e.target.value || undefined })}
        />
      </div>
    </div>
  );
}

/** Marks the part of the plan being read aloud (`data-read-part` = its index in `readAloud`). */
function useReadingHighlight(active: number | null) {
  useEffect(() => {
    if (active === null) return;
    const element = document.querySelector(`[data-screen="plan"] [data-read-part="${active}"]`);
    element?.classList.add('is-reading');
    return () => element?.classList.remove('is-reading');
  }, [active]);
}

/**
 * The plan on screen, with what to take it away: print, PDF (the print dialog, guided: see
 * docs/decisions/2026-11-25-pdf.md) and a QR code that opens the same plan on a phone.
 */
export function PlanScreen(props: PlanViewProps) {
  const t = useT();
  const { header, onProgress } = props;
  const plan = useMemo(() => withProgress(props.plan, props.progress), [props.plan, props.progress]);
  const [localPrintName, setLocalPrintName] = useState(false);
  const printName = header?.onPrintNameChange ? header.printName === true : localPrintName;
  const setPrintName = header?.onPrintNameChange ?? setLocalPrintName;
  const [pdfHelp, setPdfHelp] = useState(false);
  const book = useAddressBook();
  const trainings = useOptionalRepository()?.trainings;
  const sessions = usePlanSessions(trainings, plan, { ...(props.commune ? { commune: props.commune } : {}), ...(props.departement ? { departement: props.departement } : {}) }, new Date().toISOString().slice(0, 10));
  const { commune } = props;
  const chooser = useMemo<ContactChooser>(
    () => (typeId, departement) => chooseContact(typeId, { ...(commune ? { commune } : {}), ...(departement ? { departement } : {}) }, book ?? []),
    [book, commune],
  );

  // Encoding is synchronous and cheap; a plan it cannot carry shows the QR error, not a crash.
  // The code waits for the address book: it carries the contacts the paper names.
  const qr = useMemo((): { url?: string; failed: boolean } => {
    if (!book) return { failed: false };
    try {
      const contacts = encodeContacts(contactsToShare(plan.steps.flatMap((s) => s.who), (typeId) => chooser(typeId, props.departement)));
      const payload = encodePlanPayload({ plan, ...(props.departement ? { departement: props.departement } : {}) });
      return { url: shareUrl(publicBase(), contacts ? `${payload}${CONTACTS_SEPARATOR}${contacts}` : payload), failed: false };
    } catch {
      return { failed: true };
    }
  }, [plan, props.departement, book, chooser]);

  const readAloud = useMemo(() => {
    const steps = plan.steps.map((s) => describeStep(t, s, { departement: props.departement }).title);
    return [t('plan.title'), t('plan.next.title'), ...describeNextActions(t, plan), ...steps];
  }, [plan, t, props.departement]);

  const print = () => window.print();
  const nickname = header?.nickname;
  // The resident's language beside French, for the professional: on by default when the
  // interface is not in French (issue 7).
  const [bilingual, setBilingual] = useState(true);
  const [active, setActive] = useState<number | null>(null);
  useReadingHighlight(active);

  return (
    <StepFrame stepKey="plan" screen="plan" title={t('plan.title')} readAloud={readAloud} onActivePart={setActive} highlighted={active === 0} back={props.back}>
      <div className="plan-actions no-print" role="group" aria-label={t('print.actions')}>
        <button type="button" className="button" onClick={print}>
          {t('print.print')}
        </button>
        {props.variant === 'mediator' && (
          // A PDF downloaded on a public kiosk would stay on it: the kiosk offers paper and the QR code.
          <button type="button" className="button button--secondary" onClick={() => setPdfHelp(true)}>
            {t('print.pdf')}
          </button>
        )}
        {nickname && props.variant === 'mediator' && (
          <div className="choice plan-actions__name">
            <input id="plan-print-name" type="checkbox" checked={printName} onChange={(e) => setPrintName(e.target.checked)} aria-describedby="plan-print-name-hint" />
            <label htmlFor="plan-print-name">
              {t('print.showName', { name: nickname })}
              <span id="plan-print-name-hint" className="hint">
                {' '}
                {t('print.showName.hint')}
              </span>
            </label>
          </div>
        )}
        {t.lang !== 'fr' && (
          <div className="choice plan-actions__bilingual">
            <input id="plan-bilingual" type="checkbox" checked={bilingual} onChange={(e) => setBilingual(e.target.checked)} aria-describedby="plan-bilingual-hint" />
            <label htmlFor="plan-bilingual">
              {t('plan.bilingual')}
              <span id="plan-bilingual-hint" className="hint">
                {' '}
                {t('plan.bilingual.help')}
              </span>
            </label>
          </div>
        )}
      </div>
      <ContactChooserProvider chooser={chooser}>
        <PlanSessionsProvider value={sessions}>
          <PlanDocument
            bilingual={bilingual}
            plan={plan}
            departement={props.departement}
            header={{ structureName: header?.structureName, ...(printName && nickname ? { name: nickname } : {}), date: new Date().toISOString().slice(0, 10) }}
            qr={<PlanQr url={qr.url} failed={qr.failed} />}
            stepExtras={
              onProgress
                ? (stepId) => (
                    <StepProgress
                      stepId={stepId}
                      progress={props.progress?.[stepId]}
                      onProgress={(value) => onProgress({ ...props.progress, [stepId]: value })}
                    />
                  )
                : undefined
            }
          />
        </PlanSessionsProvider>
      </ContactChooserProvider>
      <ConfirmDialog
        open={pdfHelp}
        title={t('print.pdf.title')}
        confirmLabel={t('print.pdf.open')}
        cancelLabel={t('print.pdf.cancel')}
        onCancel={() => setPdfHelp(false)}
        onConfirm={() => {
          setPdfHelp(false);
          // Let the dialog close before the print preview is taken.
          setTimeout(print, 50);
        }}
      >
        <ol className="pdf-help">
          <li>{t('print.pdf.step1')}</li>
          <li>{t('print.pdf.step2')}</li>
          <li>{t('print.pdf.step3')}</li>
        </ol>
      </ConfirmDialog>
    </StepFrame>
  );
}

/** The plan screen at the end of a journey: the plan is built here, on the plan's side, so that
 * the wizard's chunk carries neither the builder nor the schemes (issue 15). */
export function JourneyPlanScreen({ planInput, ...props }: Omit<PlanViewProps, 'plan'> & { planInput: BuildPlanInput }) {
  return <PlanScreen {...props} plan={planOf({ planInput })} />;
}
