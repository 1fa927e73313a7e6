import { useMemo } from 'react';
import type { Plan } from '../../machines';
import WorkshopRoutes from '../features/workshop/WorkshopRoutes';
import type { WorkshopPorts } from '../features/workshop/ports';
import { PlanDocument } from '../features/plan/PlanDocument';
import { PlanQr } from '../features/plan/PlanQr';
import { encodePlanPayload, shareUrl } from '../payload';
import { whatTitle } from '../features/plan/plan-text';

/**
 * The workshop, composed with what it uses of the plan feature: feature folders do not import
 * each other (docs/decisions/2026-12-01-workshop.md), the app wires them here.
 */
const appBase = () => `${window.location.origin}${window.location.pathname}`;

/** One participant's plan as printed: their label in the header, and their own QR code. */
function PlanSheet(props: { plan: Plan; name: string }) {
  // Encoding is synchronous; a plan the code cannot carry shows the QR error, not a crash.
  const url = useMemo(() => {
    try {
      return shareUrl(appBase(), encodePlanPayload({ plan: props.plan }));
    } catch {
      return undefined;
    }
  }, [props.plan]);
  return <PlanDocument plan={props.plan} header={{ name: props.name, date: new Date().toISOString().slice(0, 10) }} qr={<PlanQr url={url} failed={url === undefined} />} />;
}

const ports: WorkshopPorts = { PlanSheet, nameOf: whatTitle };

export default function Workshop(props: { path: string }) {
  return <WorkshopRoutes path={props.path} ports={ports} />;
}
