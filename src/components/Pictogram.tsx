import type { ReactNode } from 'react';

/**
 * The one SVG frame of every pictogram drawn for Passerelle (64×64 grid, stroked lines, no
 * external icon source). The drawings come in sets (pictograms/interface.tsx for the interface,
 * pictograms/drawings.tsx for the catalogue), so a screen loads only the set it shows.
 *
 * `label` is what the picture says. Given alone, the picture is an image named by it; with
 * `decorative` (the same words are printed beside it) or without a label, screen readers skip it.
 * An id the set has no drawing for (a newer data/ entry) draws nothing.
 */
export function Pictogram(props: {
  drawings: Readonly<Record<string, ReactNode>>;
  id: string;
  label?: string;
  decorative?: boolean;
  size?: number;
  className?: string;
}) {
  const { drawings, id, label, size = 64 } = props;
  if (!Object.hasOwn(drawings, id)) return null;
  const hidden = props.decorative === true || label === undefined;
  return (
    <svg
      className={`pictogram${props.className ? ` ${props.className}` : ''}`}
      viewBox="0 0 64 64"
      width={size}
      height={size}
      fill="none"
      stroke="currentColor"
      strokeWidth={3}
      strokeLinecap="round"
      strokeLinejoin="round"
      role={hidden ? undefined : 'img'}
      aria-label={hidden ? undefined : label}
      aria-hidden={hidden ? true : undefined}
      focusable="false"
      data-pictogram={id}
    >
      {hidden && label !== undefined && <title>{label}</title>}
      {drawings[id]}
    </svg>
  );
}
