// Prints Passerelle's performance figures. A benchmark, not a test: it never fails on a number,
// it reports them against the budgets of the issues.
//   npm run bench                   (builds first when dist/ is missing)
//   BENCH_ONLY=perf npm run bench   issue 15's figures against the floor page only, without the
//                                   LHÉO import and sync benches, which take minutes
import { existsSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { resolve } from 'node:path';
import { startPreview } from './preview-server.mjs';

const root = resolve(import.meta.dirname, '..');
const dist = resolve(root, 'dist');
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const only = process.env.BENCH_ONLY;
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

const server = await startPreview();
try {
  const precache = precacheSize();
  console.log('== Size ==');
  console.log(`Service-worker precache: ${precache.count} files, ${kb(precache.raw)} raw, ${kb(precache.gz)} gzip`);
  if (!chromiumPath) {
    console.log('Browser figures: skipped (no Chromium; set CHROMIUM_PATH)');
  } else {
    // Issue 15: the home screen's JavaScript and LCP, the steps, the caseload, the kiosk and the
    // plan from a QR code, each against the floor page built and measured in this same run
    // (the step and caseload figures of issue 4 are printed there too).
    const { benchFloor } = await import('./bench-floor.mjs');
    await benchFloor({ url: server.url, chromiumPath, root });
  }
  if (chromiumPath && only !== 'perf') {
    const { benchLheo } = await import('./bench-lheo.mjs');
    await benchLheo({ url: server.url, chromiumPath });
    const { benchSync } = await import('./bench-sync.mjs');
    await benchSync({ url: server.url, chromiumPath, dist });
  }
} finally {
  server.stop();
}
