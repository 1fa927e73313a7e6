import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { PlanScreen } from '../../../src/features/plan/PlanScreen';
import { I18nProvider } from '../../../src/messages/i18n';
import { en } from '../../../src/messages/en';
import { ar } from '../../../src/messages/ar';
import { en as enData } from '../../../src/messages/catalogue/en';
import { ar as arData } from '../../../src/messages/catalogue/ar';
import { getScheme, getStructureType } from '../../../data/plan-data';
import { stopSpeaking } from '../../../src/lib/speech';
import { planFromSeed } from '../../machines/plan-fixtures';
import { installFakeSpeech, voice } from '../../support/fake-speech';

let uninstall: (() => void) | undefined;
afterEach(() => {
  act(() => stopSpeaking());
  uninstall?.();
  uninstall = undefined;
});

const { plan } = planFromSeed(7, true);

describe('the plan in the resident’s language', () => {
  it('names schemes and structures in English, and prints each step in French too when bilingual', async () => {
    render(
      <I18nProvider mode="std" lang="en" catalogue={en} data={enData}>
        <PlanScreen plan={plan} variant="mediator" departement="45" />
      </I18nProvider>,
    );
    const steps = screen.getAllByRole('listitem').filter((li) => li.classList.contains('plan-step'));
    expect(steps.length).toBe(plan.steps.length);
    let checked = 0;
    // Every step is titled in English where the catalogue has an English name, never its French one.
    plan.steps.forEach((step, i) => {
      const heading = within(steps[i]!).getByRole('heading', { level: 3 }).textContent ?? '';
      const french = step.what.scheme ? getScheme(step.what.scheme)?.name : step.what.structure ? getStructureType(step.what.structure)?.name : undefined;
      const english = step.what.scheme ? enData.schemes[step.what.scheme]?.name : step.what.structure ? enData.structures[step.what.structure]?.name : undefined;
      if (english && french && english !== french) {
        checked++;
        expect(heading).toContain(english);
        // …and the French name is in the professional's half.
        expect(steps[i]!.querySelector('.plan-step__french')?.textContent).toContain(french);
      }
    });
    expect(checked).toBeGreaterThan(0);
    expect(steps.every((s) => s.querySelector('.plan-step__french[lang="fr"]'))).toBe(true);

    await userEvent.setup().click(screen.getByRole('checkbox', { name: /Bilingual plan/ }));
    expect(document.querySelectorAll('.plan-step__french').length).toBe(0);
  });

  it('offers no bilingual plan in French (it would say everything twice)', () => {
    render(<PlanScreen plan={plan} variant="mediator" />);
    expect(screen.queryByRole('checkbox', { name: /bilingue/ })).toBeNull();
    expect(document.querySelectorAll('.plan-step__french').length).toBe(0);
  });

  it('highlights each part of the plan while it is read aloud, in Arabic', async () => {
    const installed = installFakeSpeech([voice('ar-SA')]);
    uninstall = installed.uninstall;
    render(
      <I18nProvider mode="falc" lang="ar" catalogue={ar} data={arData}>
        <PlanScreen plan={plan} variant="kiosk" />
      </I18nProvider>,
    );
    await userEvent.setup().click(screen.getByRole('button', { name: ar['speech.listen']!.falc }));
    expect(screen.getByRole('heading', { level: 1 }).className).toContain('is-reading');
    act(() => installed.synth.finishCurrent());
    expect(document.querySelector('#plan-next-title')?.className).toContain('is-reading');
    expect(screen.getByRole('heading', { level: 1 }).className).not.toContain('is-reading');
    act(() => installed.synth.finishCurrent());
    expect(document.querySelector('.plan__next li')?.className).toContain('is-reading');
    expect(document.querySelector('#plan-next-title')?.className).not.toContain('is-reading');
    expect(installed.synth.spoken.every((u) => u.lang === 'ar-SA')).toBe(true);
  });
});
