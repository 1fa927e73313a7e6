import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { parcoursDefs, questionDefs, StageIdSchema } from '../../data';
import { schemes } from '../../data/plan-data';
import { DRAWINGS, FREIN_PICTOGRAMS, PARCOURS_PICTOGRAMS, SCHEME_PICTOGRAMS, STAGE_PICTOGRAMS } from '../../src/components/pictograms';
import { Pictogram } from '../../src/components/Pictogram';
import { INTERFACE_DRAWINGS } from '../../src/components/pictograms/interface';

describe('the pictograms', () => {
  it('draw every picture data/questions.json names beside an answer', () => {
    const named = questionDefs.flatMap((q) => (q.options ?? []).map((o) => o.pictogram).filter((p): p is string => Boolean(p)));
    expect(named.length).toBeGreaterThan(0);
    expect(named.filter((id) => !(id in DRAWINGS))).toEqual([]);
  });

  it('give every parcours-type a picture that is drawn', () => {
    expect(parcoursDefs.map((p) => p.id).filter((id) => !(PARCOURS_PICTOGRAMS[id]! in DRAWINGS))).toEqual([]);
  });

  it('give every stage, every frein and every scheme a picture that is drawn', () => {
    const freins = questionDefs.find((q) => q.id === 'freins')!.options.map((o) => o.value).filter((v) => v !== 'aucun');
    expect({
      stages: StageIdSchema.options.filter((s) => !(STAGE_PICTOGRAMS[s]! in DRAWINGS)),
      freins: [...freins, 'bilan'].filter((f) => !(FREIN_PICTOGRAMS[f]! in DRAWINGS)),
      schemes: schemes.map((s) => s.id).filter((id) => !(SCHEME_PICTOGRAMS[id]! in DRAWINGS)),
    }).toEqual({ stages: [], freins: [], schemes: [] });
  });

  it('are an image named by its text alternative when alone', () => {
    render(<Pictogram drawings={DRAWINGS} id="bus" label="Se déplacer" />);
    expect(screen.getByRole('img', { name: 'Se déplacer' })).toBeTruthy();
  });

  it('are hidden from screen readers when the same words are printed beside them', () => {
    const { container } = render(<Pictogram drawings={DRAWINGS} id="bus" label="Se déplacer" decorative />);
    expect(screen.queryByRole('img')).toBeNull();
    expect(container.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true');
  });

  it('are hidden from screen readers when they carry no words, and draw nothing for an id without a drawing', () => {
    const { container } = render(
      <>
        <Pictogram drawings={INTERFACE_DRAWINGS} id="listen" />
        <Pictogram drawings={DRAWINGS} id="pas-encore-dessine" label="Nouveau" />
      </>,
    );
    expect(screen.queryByRole('img')).toBeNull();
    expect([...container.querySelectorAll('svg')].map((svg) => [svg.dataset.pictogram, svg.getAttribute('aria-hidden')])).toEqual([['listen', 'true']]);
  });
});

