import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderHome, renderKioskStart } from '../src/prerender';
import { App } from '../src/App';
import { PreferencesProvider } from '../src/lib/preferences';
import { StorageLoader, StorageProvider } from '../src/lib/storage-context';

/** `checked` is an attribute in the server's markup and a property in the live page. */
function withoutCheckedAttributes(root: Element): Element {
  for (const input of root.querySelectorAll('input[checked]')) input.removeAttribute('checked');
  return root;
}

describe('the home screen written into the built page', () => {
  it('is the French home the app draws first on a device with the default settings', () => {
    const built = document.createElement('div');
    built.innerHTML = renderHome();
    expect(built.querySelector('h1')?.textContent).toBe('Passerelle, votre chemin vers une formation et un emploi');
    expect([...built.querySelectorAll('a.mode-card')].map((a) => a.getAttribute('href'))).toEqual(['#/accompagner', '#/atelier', '#/borne']);
    expect(built.querySelector<HTMLInputElement>('input[value="fr"]')?.hasAttribute('checked')).toBe(true);
    expect(built.querySelector('button.toggle')?.getAttribute('aria-pressed')).toBe('false');

    const { container: live } = render(
      <StorageProvider loader={new StorageLoader(() => new Promise(() => undefined))}>
        <PreferencesProvider initialReadingMode="std" initialLang="fr" initialPack={null}>
          <App />
        </PreferencesProvider>
      </StorageProvider>,
    );
    expect(live.querySelector<HTMLInputElement>('input[value="fr"]')?.checked).toBe(true);
    expect(withoutCheckedAttributes(built).isEqualNode(withoutCheckedAttributes(live))).toBe(true);
  });
});

describe('the kiosk start screen written into the built page', () => {
  it('is the French easy-read start screen, and shares no id with the home beside it', () => {
    const page = document.createElement('div');
    page.innerHTML = `<div class="prerender">${renderHome()}</div><div class="prerender-kiosk">${renderKioskStart()}</div>`;
    const kiosk = page.querySelector('.prerender-kiosk')!;
    expect(kiosk.querySelector('h1')?.textContent).toBe('Trouver une formation et un travail');
    expect([...kiosk.querySelectorAll('button')].map((b) => b.textContent?.trim())).toContain('Touchez l’écran pour commencer');
    // Only the main area: at a kiosk the app's header and banners are hidden.
    expect(kiosk.querySelector('.app-header, .banners')).toBeNull();
    const ids = [...page.querySelectorAll('[id]')].map((el) => el.id);
    expect(ids.length).toBeGreaterThan(1);
    expect(new Set(ids).size).toBe(ids.length);
    // Every reference by id inside it points into it.
    for (const el of kiosk.querySelectorAll('[aria-labelledby], [aria-describedby]')) {
      for (const ref of `${el.getAttribute('aria-labelledby') ?? ''} ${el.getAttribute('aria-describedby') ?? ''}`.split(' ').filter(Boolean)) {
        expect(kiosk.querySelector(`[id="${ref}"]`), ref).not.toBeNull();
      }
    }
  });
});
