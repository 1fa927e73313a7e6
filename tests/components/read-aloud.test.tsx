import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { ReadAloudButton } from '../../src/components/ReadAloudButton';
import { I18nProvider } from '../../src/messages/i18n';
import { stopSpeaking } from '../../src/lib/speech';
import { installFakeSpeech, voice, type FakeSpeechSynthesis } from '../support/fake-speech';

let uninstall: (() => void) | undefined;
afterEach(() => {
  act(() => stopSpeaking());
  uninstall?.();
  uninstall = undefined;
});

function fake(voices = [voice('fr-FR')]): FakeSpeechSynthesis {
  const installed = installFakeSpeech(voices);
  uninstall = installed.uninstall;
  return installed.synth;
}

const PARTS = ['Avez-vous un diplôme ?', 'Oui', 'Non'];

/** A question whose sentences are highlighted while read, as a step screen does it. */
function Question() {
  const [active, setActive] = useState<number | null>(null);
  return (
    <div>
      <ReadAloudButton parts={PARTS} onActivePart={setActive} />
      <ul>
        {PARTS.map((part, i) => (
          <li key={part} data-testid="part" className={active === i ? 'is-being-read' : undefined}>
            {part}
          </li>
        ))}
      </ul>
    </div>
  );
}

function highlighted(): string[] {
  return screen.getAllByTestId('part').filter((el) => el.classList.contains('is-being-read')).map((el) => el.textContent ?? '');
}

describe('the read-aloud button', () => {
  it('reads the question then its answers in order, highlighting the sentence being read', async () => {
    const synth = fake();
    render(<Question />);
    await userEvent.click(screen.getByRole('button', { name: 'Écouter' }));
    expect(highlighted()).toEqual(['Avez-vous un diplôme ?']);
    expect(screen.getByRole('button', { name: 'Arrêter la lecture' })).toBeTruthy();
    act(() => synth.finishCurrent());
    expect(highlighted()).toEqual(['Oui']);
    act(() => synth.finishCurrent());
    expect(highlighted()).toEqual(['Non']);
    act(() => synth.finishCurrent());
    expect(highlighted()).toEqual([]);
    expect(synth.spoken.map((u) => u.text)).toEqual(PARTS);
    expect(screen.getByRole('button', { name: 'Écouter' })).toBeTruthy();
  });

  it('stops reading when pressed again, from the keyboard', async () => {
    const synth = fake();
    render(<Question />);
    const user = userEvent.setup();
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Écouter' }));
    await user.keyboard('{Enter}');
    expect(highlighted()).toEqual(['Avez-vous un diplôme ?']);
    await user.keyboard(' ');
    expect(synth.cancelCount).toBeGreaterThan(0);
    expect(highlighted()).toEqual([]);
    expect(screen.getByRole('button', { name: 'Écouter' })).toBeTruthy();
    act(() => synth.finishCurrent());
    expect(synth.spoken).toHaveLength(1);
  });

  it('stops reading when the screen goes away', async () => {
    const synth = fake();
    const { unmount } = render(<Question />);
    await userEvent.click(screen.getByRole('button', { name: 'Écouter' }));
    unmount();
    expect(synth.cancelCount).toBeGreaterThan(0);
  });

  it('says plainly that no French voice is installed instead of doing nothing', async () => {
    const synth = fake([voice('en-GB')]);
    render(<Question />);
    const status = screen.getByRole('status');
    expect(status.textContent).toBe('');
    await userEvent.click(screen.getByRole('button', { name: 'Écouter' }));
    expect(status.textContent).toContain('Aucune voix française n’est installée sur cet appareil');
    expect(synth.spoken).toHaveLength(0);
  });

  it('drops the no-voice message once a French voice finishes loading', async () => {
    const synth = fake([]);
    render(<Question />);
    await userEvent.click(screen.getByRole('button', { name: 'Écouter' }));
    expect(screen.getByRole('status').textContent).toContain('Aucune voix française');
    act(() => synth.loadVoices([voice('fr-FR')]));
    expect(screen.getByRole('status').textContent).toBe('');
    await userEvent.click(screen.getByRole('button', { name: 'Écouter' }));
    expect(synth.spoken.map((u) => u.text)).toEqual(['Avez-vous un diplôme ?']);
  });

  it('says the browser cannot read aloud when it has no speech synthesis, in easy-read when asked', async () => {
    render(
      <I18nProvider mode="falc">
        <Question />
      </I18nProvider>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Écouter' }));
    expect(screen.getByRole('status').textContent).toBe('Cet appareil ne sait pas lire à voix haute. Demandez de l’aide à une personne de l’accueil.');
  });
});
