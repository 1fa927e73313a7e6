import { describe, expect, it } from 'vitest';
import { labelLines } from '../../../src/features/plan/JourneyMap';

describe('a stage name under its pictogram', () => {
  it('wraps « Obtenir le titre professionnel » on two lines that fit a sixth of the road', () => {
    const max = Math.floor(720 / 6 / 7);
    const lines = labelLines('Obtenir le titre professionnel', max);
    expect(lines).toEqual(['Obtenir le titre', 'professionnel']);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(max);
  });

  it('keeps a short name on one line', () => {
    expect(labelLines('Emploi', 15)).toEqual(['Emploi']);
  });
});
