import { describe, expect, it } from 'vitest';
import { paySourceIds, stepKey } from '../../machines/plans';
import { derivedId, paySources } from '../../src/payload/common';
import { getScheme } from '../../data/plan-data';

describe('what the payload takes from the plan builder', () => {
  it('names pay sources by the position they had when the first codes were printed', () => {
    // Printed A and B codes say « pay from source n »: the list may grow at its end only.
    expect(paySourceIds().slice(0, 1)).toEqual(['remuneration-region']);
    const cej = getScheme('cej');
    expect(paySources(cej).map((s) => s?.id)).toEqual([cej?.id, ...paySourceIds()]);
  });

  it('derives step ids with the plan builder’s own key', () => {
    expect(derivedId).toBe(stepKey);
  });
});
