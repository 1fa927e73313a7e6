import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { MemoryRepository, ResilientRepository } from '../../src/db';
import { StorageLoader, StorageProvider } from '../../src/lib/storage-context';
import { LANG_KEY, PreferencesProvider, usePreferences } from '../../src/lib/preferences';

function Picker() {
  const { lang, setLang } = usePreferences();
  return (
    <button type="button" onClick={() => void setLang('en')}>
      {lang}
    </button>
  );
}

describe('the language chosen on the home screen', () => {
  it('shows only once it is saved, so a reload right after the choice keeps it', async () => {
    // The home screen has not opened the storage yet: its chunk and the database take a while.
    const repository = new ResilientRepository(new MemoryRepository(), 'ok');
    let open: (r: ResilientRepository) => void = () => undefined;
    const loader = new StorageLoader(() => new Promise((resolve) => (open = resolve)));
    render(
      <StorageProvider loader={loader}>
        <PreferencesProvider initialReadingMode="std">
          <Picker />
        </PreferencesProvider>
      </StorageProvider>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'fr' }));
    // The English messages are loaded, but nothing is saved yet: nothing has switched.
    await new Promise((wait) => setTimeout(wait, 200));
    expect(screen.getByRole('button').textContent).toBe('fr');
    expect(document.documentElement.lang).toBe('fr');

    await act(async () => open(repository));
    await screen.findByRole('button', { name: 'en' });
    expect(await repository.settings.get(LANG_KEY)).toBe('en');
    expect(document.documentElement.lang).toBe('en');
  });
});
