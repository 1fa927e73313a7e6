import { afterEach, describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import WorkshopRoutes from '../../../src/features/workshop/WorkshopRoutes';
import { batch } from '../../../src/features/workshop/batch-store';
import type { WorkshopPorts } from '../../../src/features/workshop/ports';
import { renderWithApp } from '../../support/render';

/** The plan sheet is the plan feature's; here a stand-in that shows which plan it got. */
const ports: WorkshopPorts = {
  PlanSheet: (props) => (
    <p data-testid="sheet">
      {props.name}: {props.plan.parcours}, {props.plan.steps.length}
    </p>
  ),
  nameOf: (_t, what) => what.scheme ?? what.structure ?? what.action ?? what.frein ?? '',
};

afterEach(() => batch.forget());

const renderBatch = () => renderWithApp(<WorkshopRoutes path="/atelier/groupe" ports={ports} />, { readingMode: 'std' });

describe('the group’s plans', { timeout: 30_000 }, () => {
  it('adds a participant with a plan of the parcours their answers lead to, and prints one sheet each', async () => {
    const user = userEvent.setup();
    const { repository } = renderBatch();
    await user.type(screen.getByLabelText('Prénom ou numéro'), 'Awa');
    await user.selectOptions(screen.getByLabelText('Vous parlez français ?'), 'debutant');
    await user.click(screen.getByRole('button', { name: 'Ajouter' }));
    expect(screen.getByText('Awa : plan prêt.')).toBeDefined();
    await user.type(screen.getByLabelText('Prénom ou numéro'), '12');
    await user.type(screen.getByLabelText('Votre âge ?'), '19');
    await user.click(screen.getByRole('button', { name: 'Ajouter' }));
    const sheets = screen.getAllByTestId('sheet').map((s) => s.textContent);
    expect(sheets).toHaveLength(2);
    expect(sheets[0]).toMatch(/^Awa: allophone, \d+$/);
    expect(sheets[1]).toMatch(/^12: jeune, \d+$/);
    expect(screen.getByRole('button', { name: 'Imprimer les 2 plans' })).toBeDefined();
    // nothing of the group reaches the repository
    expect(await repository.residents.list()).toEqual([]);
  });

  it('refuses an empty label, a label already in the group and an impossible age, next to the field', async () => {
    const user = userEvent.setup();
    renderBatch();
    await user.click(screen.getByRole('button', { name: 'Ajouter' }));
    expect(screen.getByLabelText('Prénom ou numéro').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Écrivez un prénom ou un numéro.')).toBeDefined();

    await user.type(screen.getByLabelText('Prénom ou numéro'), 'Sam');
    await user.click(screen.getByRole('button', { name: 'Ajouter' }));
    await user.type(screen.getByLabelText('Prénom ou numéro'), 'sam');
    await user.click(screen.getByRole('button', { name: 'Ajouter' }));
    expect(screen.getByText(/« sam » est déjà là/)).toBeDefined();

    await user.clear(screen.getByLabelText('Prénom ou numéro'));
    await user.type(screen.getByLabelText('Prénom ou numéro'), 'Lou');
    await user.type(screen.getByLabelText('Votre âge ?'), '300');
    await user.click(screen.getByRole('button', { name: 'Ajouter' }));
    expect(screen.getByLabelText('Votre âge ?').getAttribute('aria-invalid')).toBe('true');
    expect(batch.list().map((p) => p.label)).toEqual(['Sam']);
    const list = screen.getByRole('list', { name: /Le groupe/ });
    expect(within(list).getAllByRole('listitem')).toHaveLength(1);
  });
});
