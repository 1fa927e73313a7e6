import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Route } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { inject } from 'vitest';

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(
    (p): p is string => Boolean(p),
  );
  const found = candidates.find((p) => existsSync(p));
  if (!found) {
    throw new Error(
      'No Chromium found for the browser tests. Install one (Debian/Ubuntu: `sudo apt-get install -y chromium`) ' +
        'or point CHROMIUM_PATH at a Chromium or Chrome executable.',
    );
  }
  return found;
}

export function baseURL(): string {
  return inject('baseURL');
}

/** The structure's sync server for the tests (pouchdb-server on 127.0.0.1, a free port). */
export function syncOrigin(): string {
  return inject('syncOrigin');
}

export interface Session {
  context: BrowserContext;
  page: Page;
  /** Requests to any other host, uncaught page errors and CSP violations, seen so far. */
  problems: string[];
  /** Fails when the app tried to reach another host, threw an uncaught error, or broke the CSP. */
  assertClean(): void;
  close(): Promise<void>;
}

/**
 * A fresh Chromium profile (so IndexedDB, caches and the service worker start empty), with
 * every request to another host blocked and recorded, and every uncaught error recorded.
 */
export async function openSession(
  options: { viewport?: { width: number; height: number }; baseURLOverride?: string; locale?: string; allowSyncServer?: boolean } = {},
): Promise<Session> {
  const profile = mkdtempSync(join(tmpdir(), 'passerelle-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    args: CHROMIUM_FLAGS,
    viewport: options.viewport ?? { width: 1024, height: 768 },
    locale: options.locale ?? 'fr-FR',
  });
  const origin = new URL(options.baseURLOverride ?? baseURL()).origin;
  // Only a test that turns sync on may reach the sync server; the origin ends with its port.
  const allowed = [`${origin}/`, ...(options.allowSyncServer ? [`${syncOrigin()}/`] : [])];
  const problems: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (allowed.some((a) => url.startsWith(a)) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    problems.push(`request to another host: ${url}`);
    return route.abort('blockedbyclient');
  });
  const watch = (page: Page) => {
    page.on('pageerror', (error) => problems.push(`uncaught error: ${error.message}${error.stack ? `\n${error.stack}` : ''}`));
  };
  // A script, style or frame the Content-Security-Policy blocked (hostile text that got
  // interpreted, or our own code relying on something the policy forbids) fails the test.
  await context.exposeFunction('__passerelleCspViolation', (text: string) => problems.push(`CSP violation: ${text}`));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __passerelleCspViolation?: (text: string) => void }).__passerelleCspViolation;
      report?.(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`);
    });
  });
  context.pages().forEach(watch);
  context.on('page', watch);
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    problems,
    assertClean() {
      if (problems.length > 0) throw new Error(`The page misbehaved:\n${problems.join('\n')}`);
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * axe-core with the WCAG 2.1 A and AA rules (RGAA 4.1 maps onto them). Throws a readable list.
 * Without css-orientation-lock: to read the stylesheets it builds a <style> in a scratch
 * document, which the app's Content-Security-Policy blocks now and then (a violation the harness
 * must keep failing on); tests/components/orientation.test.ts checks the app's CSS instead.
 */
export async function expectNoAxeViolations(page: Page, where: string): Promise<void> {
  const result = await new AxeBuilder({ page })
    // First: options() replaces every option set before it (the tags, the disabled rule).
    // Without css-orientation-lock the stylesheets are never needed: only media is preloaded.
    .options({ preload: { assets: ['media'] } })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .disableRules(['css-orientation-lock'])
    .analyze();
  if (result.violations.length > 0) {
    const lines = result.violations.map(
      (v) => `- ${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join('\n    ')}`,
    );
    throw new Error(`axe found ${result.violations.length} violation(s) on ${where}:\n${lines.join('\n')}`);
  }
}

export async function setOffline(session: Session, offline: boolean): Promise<void> {
  await session.context.setOffline(offline);
}

/** Waits until the service worker is active and controls the page (after one reload at most). */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  if (!(await page.evaluate(() => Boolean(navigator.serviceWorker.controller)))) {
    await page.reload();
    await page.waitForFunction(() => Boolean(navigator.serviceWorker.controller));
  }
}

/** Prints the current page as Chromium's print dialog would (print CSS applies), A4 portrait. */
export async function printToPdf(page: Page): Promise<Buffer> {
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
  await page.emulateMedia({ media: 'screen' });
  return pdf;
}

/** Every row of one object store, read straight from the page's IndexedDB. */
export async function readIndexedDB(page: Page, database: string, store: string): Promise<unknown[]> {
  return page.evaluate(
    ([dbName, storeName]) =>
      new Promise<unknown[]>((resolve, reject) => {
        const request = indexedDB.open(dbName!);
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          if (!db.objectStoreNames.contains(storeName!)) {
            db.close();
            resolve([]);
            return;
          }
          const all = db.transaction(storeName!, 'readonly').objectStore(storeName!).getAll();
          all.onsuccess = () => {
            db.close();
            resolve(all.result);
          };
          all.onerror = () => reject(all.error);
        };
      }),
    [database, store] as const,
  );
}

export async function listDatabases(page: Page): Promise<string[]> {
  return page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name ?? ''));
}

/** Creates a resident's file from the caseload, as a mediator does, and waits for the first question. */
export async function createFileAs(page: Page, nickname: string): Promise<void> {
  await page.goto(`${baseURL()}#/accompagner`);
  await page.getByRole('link', { name: 'Nouveau dossier' }).click();
  await page.getByLabel('Prénom ou surnom').fill(nickname);
  await page.getByRole('checkbox').check();
  await page.getByRole('button', { name: 'Créer le dossier et commencer' }).click();
  await page.locator('form[id^="question-"]').waitFor();
}

/** « de {name} » as French writes it before a vowel or a mute h (« d’Amina », « d’Hugo »): the
 * link and heading names the tests look for. Written here on its own, not taken from the app. */
export function deName(name: string): string {
  return /^[aeiouhàâäéèêëîïôöûùüœæ]/i.test(name) ? `d’${name}` : `de ${name}`;
}

/**
 * Records, in order, each script the page requests (by chunk name: `request /assets/kiosk`) and
 * the moment the main bundle is delivered, held back `delay` ms as on a slow network (issue 15:
 * src/early.ts must not need it to start fetching the screen).
 */
export async function holdBackMainBundle(page: Page, delay = 1500): Promise<string[]> {
  const events: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') events.push(`request ${new URL(request.url()).pathname.replace(/-[\w-]+\.js$/, '')}`);
  });
  await page.route(/\/assets\/index-[\w-]+\.js$/, async (route) => {
    await new Promise((later) => setTimeout(later, delay));
    events.push('main bundle delivered');
    await route.continue();
  });
  return events;
}

/** The staff PIN the browser tests set on a kiosk. */
export const KIOSK_PIN = '2468';

/** Staff open the kiosk from the home screen, set the PIN twice and start it: its start screen shows. */
export async function setUpKiosk(page: Page): Promise<void> {
  await page.goto(baseURL());
  await page.getByRole('link', { name: /Borne en libre-service/ }).click();
  await page.getByRole('heading', { level: 1, name: 'Préparer la borne en libre-service' }).waitFor();
  await page.getByLabel('Code du personnel (4 à 8 chiffres)').fill(KIOSK_PIN);
  await page.getByLabel('Retapez le même code').fill(KIOSK_PIN);
  await page.getByRole('button', { name: 'Enregistrer le code et démarrer la borne' }).click();
  await page.getByRole('heading', { level: 1, name: 'Trouver une formation et un travail' }).waitFor();
}

/** Holds every script of the page back until `release()`, as a slow network would. */
export async function holdScripts(page: Page): Promise<{ release(): void }> {
  const held: Route[] = [];
  let holding = true;
  await page.route(/\/assets\/[^/]+\.js$/, (route) => (holding ? held.push(route) : route.continue()));
  return {
    release() {
      holding = false;
      for (const route of held.splice(0)) void route.continue();
    },
  };
}

/**
 * What the browser waits for before its first paint: the page's stylesheets. A script may read
 * the page before they are in (Playwright's \`commit\`), when every hidden screen still has a size.
 */
export function styled(page: Page): Promise<unknown> {
  return page.waitForFunction(() => [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].every((link) => link.sheet !== null));
}

/**
 * Counts the Intl formatters the page builds, from its first script on: the first one loads the
 * locale's data, 100–150 ms on a slow device (issue 15), so the screens that must be quick write
 * their dates and numbers themselves. Returns a reader of the names built, in order.
 */
export async function watchIntlFormatters(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const built: string[] = [];
    (window as unknown as { __intlBuilt: string[] }).__intlBuilt = built;
    for (const name of ['DateTimeFormat', 'NumberFormat', 'PluralRules', 'Collator', 'RelativeTimeFormat', 'ListFormat'] as const) {
      const Original = Intl[name] as unknown as new (...args: unknown[]) => object;
      (Intl as unknown as Record<string, unknown>)[name] = new Proxy(Original, {
        construct(target, args) {
          built.push(name);
          return Reflect.construct(target, args);
        },
      });
    }
  });
  return () => page.evaluate(() => (window as unknown as { __intlBuilt: string[] }).__intlBuilt);
}

/** Keeps, from the page's first script on, every waiting message shown in the app's area. */
export async function watchWaitingMessages(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __waiting: string[] }).__waiting = seen;
    new MutationObserver(() => {
      for (const status of document.querySelectorAll('#root [role="status"]')) {
        const text = status.textContent?.trim() ?? '';
        if (text !== '' && !seen.includes(text)) seen.push(text);
      }
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
  return () => page.evaluate(() => (window as unknown as { __waiting: string[] }).__waiting);
}
