import { afterEach, describe, expect, it } from 'vitest';
import {
  baseURL,
  expectNoAxeViolations,
  openSession,
  readIndexedDB,
  setOffline,
  waitForServiceWorker,
  type Session,
} from './harness';

let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

describe('the home screen', () => {
  it('presents Passerelle and its three ways of use, with no accessibility violation', async () => {
    session = await openSession();
    const { page } = session;
    await page.goto(baseURL());
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain('Passerelle');
    for (const name of ['Accompagner une personne', 'Animer un atelier', 'Borne en libre-service']) {
      expect(await page.getByRole('link', { name: new RegExp(name) }).count()).toBe(1);
    }
    // The heading has focus on arrival, for keyboard and screen-reader users.
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    await expectNoAxeViolations(page, 'the home screen');
    session.assertClean();
  });

  it('is served with a Content-Security-Policy that only allows its own origin (and the test build’s local sync server)', async () => {
    session = await openSession();
    const response = await session.page.goto(baseURL());
    const header = response?.headers()['content-security-policy'] ?? '';
    const meta = await session.page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    for (const policy of [header, meta ?? '']) {
      expect(policy).toContain("default-src 'self'");
      expect(policy).toContain("script-src 'self'");
      // `npm run build:test` adds the loopback sync server of the browser tests, and only to
      // connect-src (docs/decisions/2026-12-01-sync.md); no other host is ever named.
      expect(policy).toMatch(/connect-src 'self'( http:\/\/127\.0\.0\.1:\*)?(;|$)/);
      expect(policy.replace("connect-src 'self' http://127.0.0.1:*", "connect-src 'self'")).not.toMatch(/https?:\/\//);
    }
    session.assertClean();
  });

  it('fails a test when the policy blocks markup that got into the page (the harness sees it)', async () => {
    session = await openSession();
    const { page } = session;
    await page.goto(baseURL());
    await page.getByRole('heading', { level: 1 }).waitFor();
    // As hostile text interpreted as markup would: an inline script and an inline handler.
    await page.evaluate(() => {
      document.body.insertAdjacentHTML('beforeend', '<img src="icon.svg" onload="window.__ran = 1">');
      const script = document.createElement('script');
      script.textContent = 'window.__ran = 2';
      document.body.append(script);
    });
    await expect.poll(() => {
      try {
        session!.assertClean();
        return 'clean';
      } catch (error) {
        return (error as Error).message;
      }
    }).toMatch(/CSP violation: script-src/);
    expect(await page.evaluate(() => (window as unknown as { __ran?: number }).__ran)).toBeUndefined();
  });

  it('keeps a setting saved through the repository after a reload', async () => {
    session = await openSession();
    const { page } = session;
    await page.goto(baseURL());
    const toggle = page.getByRole('button', { name: 'Lecture facile' });
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await toggle.click();
    await page.waitForFunction(() => document.documentElement.dataset.reading === 'falc');
    await expect.poll(() => readIndexedDB(page, 'passerelle', 'settings')).toContainEqual({ key: 'readingMode', value: 'falc' });
    await page.reload();
    expect(await page.getByRole('button', { name: 'Lecture facile' }).getAttribute('aria-pressed')).toBe('true');
    // The easy-read wording is the one shown.
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Passerelle : votre chemin vers un métier');
    session.assertClean();
  });

  it('reloads and moves between screens with the network off after one visit', async () => {
    session = await openSession();
    const { page } = session;
    await page.goto(baseURL());
    await waitForServiceWorker(page);
    await setOffline(session, true);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain('Passerelle');
    await page.getByRole('link', { name: /Accompagner une personne/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Les dossiers sur cet appareil' }).waitFor();
    session.assertClean();
  });
});

describe('when the device cannot keep data', () => {
  it('says plainly that nothing will be kept when the browser has no IndexedDB, and keeps working', async () => {
    session = await openSession();
    const { page } = session;
    await page.addInitScript(() => {
      Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
    });
    await page.goto(baseURL());
    const alert = page.getByRole('alert');
    await expect(alert.textContent()).resolves.toContain('rien ne sera gardé');
    await page.getByRole('button', { name: 'Lecture facile' }).click();
    expect(await page.getByRole('button', { name: 'Lecture facile' }).getAttribute('aria-pressed')).toBe('true');
    session.assertClean();
  });

  it('warns and carries on in memory when the disk is full', async () => {
    session = await openSession();
    const { page } = session;
    await page.addInitScript(() => {
      // Every write fails as a full disk makes it fail.
      IDBObjectStore.prototype.put = function () {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await page.goto(baseURL());
    expect(await page.getByRole('alert').count()).toBe(0);
    await page.getByRole('button', { name: 'Lecture facile' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toContain('l’appareil est plein') // easy-read wording, now switched on;
    expect(await page.getByRole('button', { name: 'Lecture facile' }).getAttribute('aria-pressed')).toBe('true');
    session.assertClean();
  });
});
