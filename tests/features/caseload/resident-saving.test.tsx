import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { MemoryRepository, ResilientRepository, nameKeyOf, type ResidentFile } from '../../../src/db';
import { ResidentScreen } from '../../../src/features/caseload/ResidentScreen';
import { GuidedPath } from '../../../src/app/GuidedPath';
import type { GuidedPathComponent } from '../../../src/lib/guided-path';
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

function awaFile(): ResidentFile {
  return {
    id: 'f',
    nickname: 'Awa',
    nameKey: nameKeyOf('Awa'),
    consent: { givenOn: '2026-12-01', wordingVersion: 1 },
    createdAt: 1,
    updatedAt: 1,
    journey: toRecord(startJourney()),
  };
}

/** Opens Awa's file on `memory` and answers its first question: a draft and the answer are written. */
async function answerFirstQuestion(memory: MemoryRepository, Path: GuidedPathComponent = GuidedPath) {
  await memory.residents.putMany([awaFile()]);
  const repository = new ResilientRepository(memory, 'ok');
  renderWithApp(<ResidentScreen id="f" GuidedPath={Path} />, { repository });
  const form = await vi.waitFor(() => {
    const found = document.querySelector<HTMLFormElement>('form[id^="question-"]');
    if (!found) throw new Error('no question yet');
    return found;
  });
  const choice = form.querySelector<HTMLInputElement>('input[type="radio"], input[type="checkbox"]');
  if (choice) await userEvent.click(choice);
  else await userEvent.type(form.querySelector('input')!, '30');
  await userEvent.click(screen.getByRole('button', { name: /étape suivante|suivant/i }));
}

describe('the save status of a resident’s file', () => {
  it('says « Enregistré » only when the last of several queued writes is done', async () => {
    const { memory, release, pending } = slowStore();
    await answerFirstQuestion(memory);
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

  it('redraws the status line alone when a write ends, not the question (issue 15: the next click waits less)', async () => {
    const { memory, release, pending } = slowStore();
    let renders = 0;
    const Counting: GuidedPathComponent = (props) => {
      renders++;
      return <GuidedPath {...props} />;
    };
    await answerFirstQuestion(memory, Counting);
    await vi.waitFor(() => expect(pending()).toBeGreaterThan(0));
    await vi.waitFor(() => expect(document.querySelector('.save-status')?.textContent).toBe('Enregistrement…'));
    const before = renders;
    while (pending() > 0) {
      release();
      await new Promise((r) => setTimeout(r, 0));
    }
    await vi.waitFor(() => expect(document.querySelector('.save-status')?.textContent).toBe('Enregistré'));
    expect(renders).toBe(before);
  });
});
