import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../machines';
import SharedPlanView, { decodeSharedAhead } from '../../src/features/share/SharedPlanView';
import { I18nProvider } from '../../src/messages/i18n';
import { encodePlanPayload } from '../../src/payload';
import { planFromSeed } from '../machines/plan-fixtures';

/** Stands for the plan's document: what the view hands it is what the test reads. */
function FakeDocument(props: { plan: Plan; departement?: string }) {
  return <p data-testid="plan">{`${props.plan.steps.length} steps, département ${props.departement ?? 'none'}`}</p>;
}

function view(payload: string) {
  return <I18nProvider mode="std"><SharedPlanView payload={payload} PlanDocument={FakeDocument} /></I18nProvider>;
}

const first = planFromSeed(5);
const second = planFromSeed(11);
const payloadOf = (generated: typeof first) => encodePlanPayload({ plan: generated.plan, ...(generated.departement ? { departement: generated.departement } : {}) });
const described = (generated: typeof first) => `${generated.plan.steps.length} steps, département ${generated.departement ?? 'none'}`;

describe('the plan opened from its QR code, decoded while the app starts', () => {
  it('is drawn by the first render, with no waiting message', async () => {
    const payload = payloadOf(first);
    await decodeSharedAhead(payload);
    render(view(payload));
    // Synchronously: no role="status" « Ouverture du plan… » ever rendered.
    expect(screen.queryByRole('status')).toBeNull();
    expect(screen.getByTestId('plan').textContent).toBe(described(first));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Votre plan');
  });

  it('decodes a new address when the fragment changes, and one it was not given ahead', async () => {
    const payload = payloadOf(first);
    await decodeSharedAhead(payload);
    const { rerender } = render(view(payload));
    rerender(view(payloadOf(second)));
    expect(await screen.findByText(described(second))).toBeTruthy();
    expect(described(second)).not.toBe(described(first));
    // Back to the first address: decoded again, not left on the second plan.
    rerender(view(payload));
    expect(await screen.findByText(described(first))).toBeTruthy();
  });

  it('says the code is damaged when the code decoded ahead was', async () => {
    const payload = `${payloadOf(first).slice(0, 40)}9`;
    await decodeSharedAhead(payload);
    render(view(payload));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Ce plan ne peut pas s’ouvrir');
    expect(screen.getByRole('alert').textContent).toMatch(/abîmé/);
  });
});
