import { createServer, type Server } from 'node:http';
import { cpSync, mkdtempSync, readFileSync, rmSync, appendFileSync, existsSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openSession, waitForServiceWorker, type Session } from './harness';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
};

/** A plain static server over a copy of dist/, so the test can "deploy" a new release. */
function serve(root: string): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = join(root, path);
    if (!existsSync(file) || statSync(file).isDirectory()) file = join(root, 'index.html');
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' });
    res.end(readFileSync(file));
  });
  return new Promise((ok) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      ok({ server, url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/` });
    }),
  );
}

let session: Session | undefined;
let cleanup: (() => void) | undefined;
afterEach(async () => {
  await session?.close();
  cleanup?.();
  session = undefined;
});

describe('a new release', () => {
  it('is offered with « Nouvelle version disponible » and never reloads the page by itself', async () => {
    const root = mkdtempSync(join(tmpdir(), 'passerelle-release-'));
    cpSync(resolve(import.meta.dirname, '../../dist'), root, { recursive: true });
    const { server, url } = await serve(root);
    cleanup = () => {
      server.close();
      rmSync(root, { recursive: true, force: true });
    };
    session = await openSession({ baseURLOverride: url });
    const { page } = session;
    await page.goto(url);
    await waitForServiceWorker(page);
    expect(await page.getByText('Nouvelle version disponible.').count()).toBe(0);

    // Mark this page: a reload would lose the mark.
    await page.evaluate(() => ((window as unknown as { stillHere: boolean }).stillHere = true));
    appendFileSync(join(root, 'sw.js'), '\n// release 2\n');
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());

    await page.getByText('Nouvelle version disponible.').waitFor();
    expect(await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBe(true);

    await page.getByRole('button', { name: /Mettre à jour/ }).click();
    await page.waitForFunction(() => !(window as unknown as { stillHere?: boolean }).stillHere);
    await page.locator('h1').waitFor();
    expect(await page.getByText('Nouvelle version disponible.').count()).toBe(0);
    session.assertClean();
  });
});
