// Walks the wizard through the real UI, one screen at a time, as a person with a keyboard
// and a mouse would. Shared by the browser tests and the benchmark.
//
// `answers` maps a question id to the value to choose (an option value, a list for multi
// questions, a number as text); questions not listed get their first option that is not
// « je ne sais pas ». `parcours` is the parcours picked on the orientation screen.

/** @param {import('playwright-core').Page} page */
export async function currentScreen(page) {
  return page.evaluate(() => {
    const form = document.querySelector('form[id^="question-"]');
    if (form) return { kind: 'question', id: form.id.slice('question-'.length) };
    if (document.getElementById('orientation-form')) return { kind: 'orientation' };
    if (document.querySelector('[data-screen="recap"]')) return { kind: 'recap' };
    if (document.querySelector('[data-screen="plan"]')) return { kind: 'plan' };
    return { kind: 'other' };
  });
}

/** Fills the current question (without submitting). */
export async function fillQuestion(page, id, answers = {}) {
  const form = page.locator(`form#question-${id}`);
  const wanted = answers[id];
  const combobox = form.getByRole('combobox');
  if ((await combobox.count()) > 0) {
    // the commune: its INSEE code typed finds it in the list; without one, « Je ne sais pas »
    if (wanted === undefined || wanted === 'nsp') {
      const unknown = form.locator('button[aria-pressed]');
      if ((await unknown.getAttribute('aria-pressed')) !== 'true') await unknown.click();
      return;
    }
    await combobox.fill(String(wanted));
    await form.getByRole('option').first().click();
    return;
  }
  const text = form.locator('input[type="text"]');
  if ((await text.count()) > 0) {
    await text.fill(String(wanted ?? '30'));
    return;
  }
  const radios = form.locator('input[type="radio"]');
  if ((await radios.count()) > 0) {
    const value = wanted ?? (await firstValue(radios));
    await form.locator(`input[type="radio"][value="${value}"]`).check();
    return;
  }
  const boxes = form.locator('input[type="checkbox"]');
  const values = wanted ? [wanted].flat() : [await firstValue(boxes)];
  for (const value of values) await form.locator(`input[type="checkbox"][value="${value}"]`).check();
}

async function firstValue(inputs) {
  const values = await inputs.evaluateAll((els) => els.map((e) => e.value));
  return values.find((v) => v !== 'nsp') ?? values[0];
}

export function nextButton(page) {
  return page.locator('.step__nav button[type="submit"]');
}

/** Answers every screen until the recap. Returns the ids of the questions met, in order. */
export async function walkToRecap(page, { answers = {}, parcours, maxSteps = 60, onStep } = {}) {
  const seen = [];
  for (let i = 0; i < maxSteps; i++) {
    const screen = await currentScreen(page);
    if (screen.kind === 'recap') return seen;
    if (screen.kind === 'question') {
      seen.push(screen.id);
      await fillQuestion(page, screen.id, answers);
    } else if (screen.kind === 'orientation') {
      seen.push('orientation');
      if (parcours) await page.locator(`#parcours-${parcours}`).check();
    } else {
      throw new Error(`Unexpected screen while walking the wizard (after ${seen.join(' → ')})`);
    }
    const before = await page.locator('h1').first().textContent();
    if (onStep) await onStep(screen);
    else await nextButton(page).click();
    await page.waitForFunction(
      (previous) => {
        const h1 = document.querySelector('h1');
        return h1 && h1.textContent !== previous && document.activeElement === h1;
      },
      before,
    );
  }
  throw new Error(`No recap after ${maxSteps} screens: ${seen.join(' → ')}`);
}
