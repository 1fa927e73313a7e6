import { chromium } from 'playwright-core';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startPreview } from '/work/wt/i15/scripts/preview-server.mjs';
const server = await startPreview();
const ctx = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'probe-')), { executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox'] });
const page = ctx.pages()[0];
const cdp = await ctx.newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
await page.goto(server.url);
await page.getByRole('heading', { level: 1 }).waitFor();
await page.waitForTimeout(3000);
const marks = await page.evaluate(() => performance.getEntriesByType('mark').map((m) => [m.name, Math.round(m.startTime)]));
console.log('marks', marks);
for (let round = 0; round < 3; round++) {
  await page.evaluate(() => { window.__t = []; const o = new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__t.push([e.entryType, e.name?.split('/').pop(), Math.round(e.startTime), Math.round(e.duration)]); }); o.observe({ entryTypes: ['resource', 'longtask'] }); window.__o = o; });
  const [t0, t1, hc] = await page.evaluate(() => new Promise((ok) => { let hc = 0; addEventListener('hashchange', () => { hc = performance.now(); }, { once: true }); const t0 = performance.now(); document.querySelector('a.mode-card').click(); const mo = new MutationObserver(() => { if (document.querySelector('h1#caseload-title')) { mo.disconnect(); ok([t0, performance.now(), hc]); } }); mo.observe(document.body, { childList: true, subtree: true }); }));
  console.log('hashchange after', Math.round(hc - t0));
  await page.locator('.file-list, .field + p').first().waitFor().catch(() => {});
  const t2 = await page.evaluate(() => performance.now());
  const log = await page.evaluate(() => window.__t);
  console.log('round', round, 'heading', Math.round(t1 - t0), 'list', Math.round(t2 - t0), JSON.stringify(log.map(([k, n, s, d]) => [k, n, Math.round(s - 0), d])));
  await page.goBack();
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.waitForTimeout(1500);
}
await ctx.close(); server.stop();
