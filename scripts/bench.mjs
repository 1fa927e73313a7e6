// Prints Passerelle's performance figures. A benchmark, not a test: it never fails on a number,
// it reports them against the budgets of the issues.
//   npm run bench            (builds first when dist/ is missing)
import { existsSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { resolve } from 'node:path';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startPreview } from './preview-server.mjs';

const root = resolve(import.meta.dirname, '..');
const dist = resolve(root, 'dist');
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const chromiumPath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find((p) => p && existsSync(p));

if (!existsSync(resolve(dist, 'index.html'))) {
  console.log('Building…');
  // With the local sync server allowed, as `npm run build:test` does, for the sync figures.
  execFileSync(process.execPath, [resolve(root, 'node_modules/vite/bin/vite.js'), 'build'], { cwd: root, stdio: 'inherit', env: { ...process.env, VITE_SYNC_ORIGIN: 'http://127.0.0.1:*' } });
}

/** gzip size of every file the service worker precaches (read from dist/sw.js). */
function precacheSize() {
  const sw = readFileSync(resolve(dist, 'sw.js'), 'utf8');
  const urls = [...sw.matchAll(/url:"([^"]+)"/g)].map((m) => m[1]);
  let raw = 0;
  let gz = 0;
  for (const url of urls) {
    const body = readFileSync(resolve(dist, url));
    raw += body.length;
    gz += gzipSync(body, { level: 9 }).length;
  }
  return { count: urls.length, raw, gz };
}

/** Opens the home screen in Chromium and sums the JavaScript it actually loads. */
async function homeScreenJavaScript(url) {
  const profile = mkdtempSync(join(tmpdir(), 'passerelle-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const scripts = [];
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('response', async (response) => {
    if (response.request().resourceType() === 'script') scripts.push(response);
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.getByRole('heading', { level: 1 }).waitFor();
  const files = [];
  for (const response of scripts) {
    const body = await response.body();
    files.push({ name: new URL(response.url()).pathname, raw: body.length, gz: gzipSync(body, { level: 9 }).length });
  }
  await context.close();
  rmSync(profile, { recursive: true, force: true });
  return files;
}

const server = await startPreview();
try {
  const precache = precacheSize();
  console.log('== Size ==');
  if (chromiumPath) {
    const files = await homeScreenJavaScript(server.url);
    for (const f of files) console.log(`  ${f.name}  ${kb(f.raw)} raw, ${kb(f.gz)} gzip`);
    const total = files.reduce((s, f) => s + f.gz, 0);
    console.log(`Home screen JavaScript: ${kb(total)} gzip in ${files.length} file(s) (budget 150 KB)`);
  } else {
    console.log('Home screen JavaScript: skipped (no Chromium; set CHROMIUM_PATH)');
  }
  console.log(`Service-worker precache: ${precache.count} files, ${kb(precache.raw)} raw, ${kb(precache.gz)} gzip`);
  const extra = resolve(import.meta.dirname, 'bench-steps.mjs');
  if (existsSync(extra) && chromiumPath) {
    const { benchSteps } = await import(extra);
    await benchSteps({ url: server.url, chromiumPath });
  }
  if (chromiumPath) {
    const { benchLheo } = await import('./bench-lheo.mjs');
    await benchLheo({ url: server.url, chromiumPath });
    const { benchSync } = await import('./bench-sync.mjs');
    await benchSync({ url: server.url, chromiumPath, dist });
  }
} finally {
  server.stop();
}
