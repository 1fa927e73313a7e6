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
