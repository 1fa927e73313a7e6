import { createContext, useContext, type ComponentType, type ReactNode } from 'react';
import type { Plan } from '../../../machines';
import type { Translator } from '../../messages/i18n';

/**
 * What the workshop needs from the plan feature, given to it by the app (src/app/workshop.tsx):
 * feature folders do not import each other, the app composes them.
 */
export interface WorkshopPorts {
  /** One participant's printable plan with its QR code; `name` is printed in its header. */
  PlanSheet: ComponentType<{ plan: Plan; name: string }>;
  /** The name of a scheme, structure type, action or frein in the interface language. */
  nameOf(t: Translator, what: { scheme?: string; structure?: string; action?: string; frein?: string }): string;
}

const PortsContext = createContext<WorkshopPorts | null>(null);

export function WorkshopPortsProvider(props: { ports: WorkshopPorts; children: ReactNode }) {
  return <PortsContext.Provider value={props.ports}>{props.children}</PortsContext.Provider>;
}

export function usePorts(): WorkshopPorts {
  const ports = useContext(PortsContext);
  if (!ports) throw new Error('The workshop is used without its ports (see src/app/workshop.tsx)');
  return ports;
}
