import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { HomeScreen } from '../../src/features/home/HomeScreen';
import { ReadAloudButton } from '../../src/components/ReadAloudButton';
import { I18nProvider } from '../../src/messages/i18n';
import { en } from '../../src/messages/en';
import { ar } from '../../src/messages/ar';
import { LANG_KEY } from '../../src/lib/preferences';
import { stopSpeaking } from '../../src/lib/speech';
import { renderWithApp } from '../support/render';
import { installFakeSpeech, voice } from '../support/fake-speech';

let uninstall: (() => void) | undefined;
afterEach(() => {
  act(() => stopSpeaking());
  uninstall?.();
  uninstall = undefined;
  document.documentElement.lang = 'fr';
  document.documentElement.dir = 'ltr';
});

describe('choosing a language on the home screen', () => {
  it('names each language in itself, switches the words, saves the choice and sets <html lang dir>', async () => {
    const user = userEvent.setup();
    const { repository } = renderWithApp(<HomeScreen />);
    expect(screen.getByRole('radio', { name: 'Français' })).toHaveProperty('checked', true);

    await user.click(screen.getByRole('radio', { name: 'English' }));
    await screen.findByRole('heading', { level: 1, name: 'Passerelle, your way to training and a job' });
    expect(await repository.settings.get(LANG_KEY)).toBe('en');
    // <html lang dir> is set by an effect after the words change: wait for it, do not race it
    await waitFor(() => expect([document.documentElement.lang, document.documentElement.dir]).toEqual(['en', 'ltr']));

    await user.click(screen.getByRole('radio', { name: 'العربية' }));
    await screen.findByRole('heading', { level: 1, name: 'Passerelle، طريقك نحو تكوين وعمل' });
    expect(await repository.settings.get(LANG_KEY)).toBe('ar');
    await waitFor(() => expect([document.documentElement.lang, document.documentElement.dir]).toEqual(['ar', 'rtl']));
    // The language names keep their own language and direction, whatever the page's.
    expect(screen.getByRole('radio', { name: 'Français' }).closest('label')?.getAttribute('lang')).toBe('fr');
    expect(screen.getByRole('radio', { name: 'العربية' }).closest('label')?.getAttribute('dir')).toBe('rtl');
  });
});

describe('reading aloud in the chosen language', () => {
  const ArabicButton = () => (
    <I18nProvider mode="std" lang="ar" catalogue={ar}>
      <ReadAloudButton parts={['كم عمرك؟']} />
    </I18nProvider>
  );

  it('reads Arabic with an Arabic voice, not the French one', async () => {
    const installed = installFakeSpeech([voice('fr-FR', { default: true }), voice('ar-SA')]);
    uninstall = installed.uninstall;
    render(<ArabicButton />);
    await userEvent.setup().click(screen.getByRole('button', { name: ar['speech.listen']!.std }));
    expect(installed.synth.spoken.map((u) => [u.text, u.lang])).toEqual([['كم عمرك؟', 'ar-SA']]);
  });

  it('says plainly, in Arabic, that the device has no Arabic voice', async () => {
    const installed = installFakeSpeech([voice('fr-FR')]);
    uninstall = installed.uninstall;
    render(<ArabicButton />);
    await userEvent.setup().click(screen.getByRole('button', { name: ar['speech.listen']!.std }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe(ar['speech.noVoice']!.std));
    expect(installed.synth.spoken).toEqual([]);
  });

  it('reads English with an English voice', async () => {
    const installed = installFakeSpeech([voice('fr-FR'), voice('en-US')]);
    uninstall = installed.uninstall;
    render(
      <I18nProvider mode="falc" lang="en" catalogue={en}>
        <ReadAloudButton parts={['Your age?']} />
      </I18nProvider>,
    );
    await userEvent.setup().click(screen.getByRole('button', { name: 'Listen' }));
    expect(installed.synth.spoken.map((u) => u.lang)).toEqual(['en-US']);
  });
});

describe('the language of a device where nobody chose yet', () => {
  it('follows the browser when Passerelle speaks its language, else French', async () => {
    const { preferredLanguage } = await import('../../src/messages/languages');
    expect(preferredLanguage(['ar-MA', 'fr-FR'])).toBe('ar');
    expect(preferredLanguage(['de-DE', 'en-GB'])).toBe('en');
    expect(preferredLanguage(['fr-FR', 'en-US'])).toBe('fr');
    expect(preferredLanguage(['tr-TR'])).toBe('fr');
    expect(preferredLanguage(undefined)).toBe('fr');
  });
});
