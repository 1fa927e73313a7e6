/**
 * Pictograms drawn for Passerelle as inline SVG (no external icon source). Decorative by
 * default (the text beside them says the same); pass `label` when a pictogram stands alone.
 */
const PATHS = {
  mediator: (
    <>
      <circle cx="22" cy="20" r="8" />
      <circle cx="44" cy="22" r="7" />
      <path d="M8 52c0-10 6-16 14-16s14 6 14 16M32 52c0-9 5-14 12-14s12 5 12 14" />
    </>
  ),
  workshop: (
    <>
      <rect x="10" y="10" width="44" height="28" rx="2" />
      <path d="M32 38v8M20 54l12-8 12 8" />
      <path d="M18 30l8-8 6 6 10-10" />
    </>
  ),
  kiosk: (
    <>
      <rect x="18" y="6" width="28" height="40" rx="3" />
      <path d="M26 46v10M38 46v10M20 56h24" />
      <circle cx="32" cy="26" r="6" />
    </>
  ),
  listen: (
    <>
      <path d="M10 25h10l13-11v36L20 39H10z" />
      <path d="M41 24c3 2.5 4.5 5 4.5 8s-1.5 5.5-4.5 8M47 17c5 4 8 9 8 15s-3 11-8 15" />
    </>
  ),
  touch: (
    <>
      <path d="M20 14a12 12 0 0 1 20 0M14 20a20 20 0 0 1 32-6" />
      <path d="M26 44V26a4 4 0 0 1 8 0v12M34 34a4 4 0 0 1 8 0v4M42 36a4 4 0 0 1 8 0v10c0 6-4 12-12 12h-6c-4 0-7-2-9-5l-7-11a4 4 0 0 1 6-5l4 5" />
    </>
  ),
  erase: (
    <>
      <path d="M14 18h36M26 18v-6h12v6M18 18l3 36h22l3-36M28 28v18M36 28v18" />
    </>
  ),
  training: (
    <>
      <path d="M8 14c8-2 16-1 24 4 8-5 16-6 24-4v36c-8-2-16-1-24 4-8-5-16-6-24-4zM32 18v36" />
    </>
  ),
  job: (
    <>
      <rect x="8" y="22" width="48" height="30" rx="3" />
      <path d="M24 22v-6h16v6M8 34h48M30 34v4h4v-4" />
    </>
  ),
  french: (
    <>
      <path d="M10 12h44v28H30L20 50V40H10z" />
      <path d="M20 22h24M20 30h16" />
    </>
  ),
  staff: (
    <>
      <rect x="16" y="28" width="32" height="26" rx="3" />
      <path d="M22 28v-8a10 10 0 0 1 20 0v8" />
      <circle cx="32" cy="41" r="3" />
    </>
  ),
  hourglass: (
    <>
      <path d="M18 8h28M18 56h28M21 8c0 12 11 16 11 24S21 44 21 56M43 8c0 12-11 16-11 24s11 12 11 24" />
    </>
  ),
} as const;

export type PictogramId = keyof typeof PATHS;

export function Pictogram(props: { id: PictogramId; label?: string; size?: number }) {
  const { id, label, size = 64 } = props;
  return (
    <svg
      className="pictogram"
      viewBox="0 0 64 64"
      width={size}
      height={size}
      fill="none"
      stroke="currentColor"
      strokeWidth={3}
      strokeLinecap="round"
      strokeLinejoin="round"
      role={label ? 'img' : undefined}
      aria-label={label}
      aria-hidden={label ? undefined : true}
      focusable="false"
    >
      {PATHS[id]}
    </svg>
  );
}
