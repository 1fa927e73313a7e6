import { describe, expect, it } from 'vitest';
import { PARCOURS_IDS } from '../../../machines';
import { orientationRules, parcoursOutline, type ParcoursOutline } from '../../../machines/outline';
import { hasMessage } from '../../../src/messages/i18n';

/**
 * The workshop names what the machines define (guards, stages, actions, freins) through
 * message keys built at run time: a new guard or stage in a machine must come with its words.
 */
const outlines: ParcoursOutline[] = PARCOURS_IDS.map((p) => parcoursOutline(p, '2026-12-01'));

describe('the workshop has words for everything the machines draw', () => {
  it('names the condition of every alternative (the guards of the parcours machines)', () => {
    const guards = new Set(outlines.flatMap((o) => o.stages.flatMap((s) => s.alternatives.flatMap((a) => a.when))));
    expect(guards.size).toBeGreaterThan(4);
    expect([...guards].filter((g) => !hasMessage(`workshop.when.${g}`))).toEqual([]);
  });

  it('names every orientation rule, the default one included', () => {
    const keys = orientationRules().map((r) => `workshop.rule.${r.rule ?? 'default'}`);
    expect(keys.filter((k) => !hasMessage(k))).toEqual([]);
  });

  it('explains every stage on the projector and in the notes', () => {
    const stages = new Set(outlines.flatMap((o) => o.stages.map((s) => s.stage)));
    const keys = [...stages].flatMap((s) => [`stage.${s}`, `workshop.stage.${s}.text`, `workshop.notes.${s}.say`, `workshop.notes.${s}.ask`]);
    expect(keys.filter((k) => !hasMessage(k))).toEqual([]);
  });

  it('names every action and frein an alternative can hold', () => {
    const keys = outlines.flatMap((o) =>
      o.stages.flatMap((s) => s.alternatives.flatMap((a) => [...a.actions.map((x) => `plan.action.${x}`), ...a.freins.map((x) => `plan.frein.${x}`)])),
    );
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.filter((k) => !hasMessage(k))).toEqual([]);
  });
});
