import type { ReactNode } from 'react';

/**
 * The pictograms of the interface itself (the home screen's modes, read-aloud, the kiosk), kept
 * apart from the catalogue's set (drawings.tsx) so the home screen does not load that one.
 */
export const INTERFACE_DRAWINGS = {
  mediator: (<><circle cx="22" cy="20" r="8" /><circle cx="44" cy="22" r="7" /><path d="M8 52c0-10 6-16 14-16s14 6 14 16M32 52c0-9 5-14 12-14s12 5 12 14" /></>),
  workshop: (<><rect x="10" y="10" width="44" height="28" rx="2" /><path d="M32 38v8M20 54l12-8 12 8" /><path d="M18 30l8-8 6 6 10-10" /></>),
  kiosk: (<><rect x="18" y="6" width="28" height="40" rx="3" /><path d="M26 46v10M38 46v10M20 56h24" /><circle cx="32" cy="26" r="6" /></>),
  listen: (<><path d="M10 25h10l13-11v36L20 39H10z" /><path d="M41 24c3 2.5 4.5 5 4.5 8s-1.5 5.5-4.5 8M47 17c5 4 8 9 8 15s-3 11-8 15" /></>),
  touch: (<><path d="M20 14a12 12 0 0 1 20 0M14 20a20 20 0 0 1 32-6" /><path d="M26 44V26a4 4 0 0 1 8 0v12M34 34a4 4 0 0 1 8 0v4M42 36a4 4 0 0 1 8 0v10c0 6-4 12-12 12h-6c-4 0-7-2-9-5l-7-11a4 4 0 0 1 6-5l4 5" /></>),
  erase: (<><path d="M14 18h36M26 18v-6h12v6M18 18l3 36h22l3-36M28 28v18M36 28v18" /></>),
  staff: (<><rect x="16" y="28" width="32" height="26" rx="3" /><path d="M22 28v-8a10 10 0 0 1 20 0v8" /><circle cx="32" cy="41" r="3" /></>),
  hourglass: (<><path d="M18 8h28M18 56h28M21 8c0 12 11 16 11 24S21 44 21 56M43 8c0 12-11 16-11 24s11 12 11 24" /></>),
} satisfies Record<string, ReactNode>;

export type InterfaceDrawingId = keyof typeof INTERFACE_DRAWINGS;
