import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { MemoryRepository, ResilientRepository, nameKeyOf, type ResidentFile } from '../../../src/db';
import { ResidentScreen } from '../../../src/features/caseload/ResidentScreen';
import { GuidedPath } from '../../../src/app/GuidedPath';
import { startJourney, toRecord } from '../../../machines';
import { renderWithApp } from '../../support/render';

/** A memory store whose writes wait until the test lets each one through, in order. */
function slowStore() {
  const memory = new MemoryRepository();
  const gates: (() => void)[] = [];
  const put = memory.residents.put.bind(memory.residents);
  memory.residents.put = (file) => new Promise<void>((resolve) => gates.push(() => void put(file).then(resolve)));
  return { memory, release: () => gates.shift()?.(), pending: () => gates.length };
}

describe('the save status of a resident’s file', () => {
  it('says « Enregistré » only when the last of several queued writes is done', async () => {
    const { memory, release, pending } = slowStore();
    const file: ResidentFile = {
      id: 'f',
      nickname: 'Awa',
      nameKey: nameKeyOf('Awa'),
      consent: { givenOn: '2026-12-01', wordingVersion: 1 },
      createdAt: 1,
      updatedAt: 1,
      journey: toRecord(startJourney()),
    };
    await memory.residents.putMany([file]);
    const repository = new ResilientRepository(memory, 'ok');
    renderWithApp(<ResidentScreen id="f" GuidedPath={GuidedPath} />, { repository });
    const form = await vi.waitFor(() => {
      const found = document.querySelector<HTMLFormElement>('form[id^="question-"]');
      if (!found) throw new Error('no question yet');
      return found;
    });
    const choice = form.querySelector<HTMLInputElement>('input[type="radio"], input[type="checkbox"]');
    if (choice) await userEvent.click(choice);
    else await userEvent.type(form.querySelector('input')!, '30');
    await userEvent.click(screen.getByRole('button', { name: /étape suivante|suivant/i }));
    // A draft write and the answer's write are queued.
    await vi.waitFor(() => expect(pending()).toBeGreaterThan(0));
    release();
    await vi.waitFor(() => expect(pending()).toBeGreaterThan(0));
    expect(document.querySelector('.save-status')?.textContent).toBe('Enregistrement…');
    while (pending() > 0) {
      release();
      await new Promise((r) => setTimeout(r, 0));
    }
    await vi.waitFor(() => expect(document.querySelector('.save-status')?.textContent).toBe('Enregistré'));
  });
});
