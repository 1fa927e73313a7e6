// Issue 15's figures, run by scripts/bench.mjs: the app measured against a floor page of its own
// (scripts/floor/: React 19, XState 5 and the app's stylesheet showing one question step with the
// app's markup), built and served here in the same run. Every timing is taken with the CPU slowed
// four times (DevTools throttling) in alternating rounds (app, floor, app, …), so whatever else
// the machine does weighs on both. A benchmark, not a test: it never fails on a number; it ends
// with the table of the issue's targets, met or not.
//
//   BENCH_ROUNDS=3        step rounds (each a whole parcours for the app, as many clicks on the floor)
//   BENCH_LOAD_ROUNDS=5   cold loads of each page (home, floor, plan from a QR code)
//   BENCH_PROFILE=1       also profiles five step clicks and the caseload's clicks, and prints where the time goes
//   BENCH_VERBOSE=1       prints every step sample
//   BENCH_PARTS=caseload  only some figures: steps, caseload, loads (then first and kiosk)
//   BENCH_PAUSE=600       a person's pause, in ms, between the choice and « Suivant » (app and floor
//                         alike); 0 by default: Next is clicked as soon as the choice is made
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { SourceMap } from 'node:module';
import { chromium } from 'playwright-core';
import { currentScreen, fillQuestion } from './journey-driver.mjs';
import { startPreview } from './preview-server.mjs';
import { CPU_SLOWDOWN, FLAGS, percentile, seedCaseload } from './bench-steps.mjs';

const STEP_ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const LOAD_ROUNDS = Number(process.env.BENCH_LOAD_ROUNDS ?? 5);
const CASELOAD_ROUNDS = 6; // alternately warm and cold
const KIOSK_ROUNDS = 5;
const CASELOAD_SIZE = 5000;
const SMALL_CASELOAD = 20;
/** The answers of bench-steps.mjs: the parcours « reprise », some twenty screens. */
const ANSWERS = { age: '47', departement: '18', diplome: 'aucun', rqth: 'non', francais: 'a2plus', situation: 'rsa', sansEmploiDepuis: '12-mois-plus', ecrit: 'difficile' };
const PARCOURS = 'reprise';
/** tests/e2e/print.test.ts: a plan printed before the B layout, for when none could be made here. */
const FIXTURE_PLAN =
  '#/p/AhZHLTsMwEEX_Zda2lAS1Qt1VsGFbYBVl4ToTOq09tvwoC9R_R04iGkFRN37Jd-6ZO20tKgFN1axlXctmBaJtORsjKjHt1wUsxUiOpXFaGYRuem5byNxjqNcgvkB9IGzq1aXrRPuPYFKBJ9QoqUdOlBAEHHNMNJBWiQbZO0uaRlHVzSj1H6SJa09G8QJnCEj8zid2nwx3QRYGDwXLRusXxXxwR0wvrB1zvllNwBAUa5QpqLMiAwK08hKtN46gK9glZFmX44_Xat4BfVjYJUoBnw6OIpU4xytsxk_3M120sr6d1Wxp9yrrA269DyX-GMvYrhDW9fg2N3N_kPo8DqkrSu04KZ12OGCpXFqIKWSd8tjGrzqXkRdUPG33LqdXfUCLo2Y6beZpXERT_vmAXgV8djpb5BRhIijW0DxC9w0';
const PIN = '2468';
const PRELOAD_MARK = 'passerelle:preload';
const VERBOSE = Boolean(process.env.BENCH_VERBOSE);
const PROFILE = Boolean(process.env.BENCH_PROFILE);
const PAUSE = Number(process.env.BENCH_PAUSE ?? 0);

const ms = (v) => (v === undefined || Number.isNaN(v) ? 'n/a' : `${v.toFixed(0)} ms`);
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
export const median = (values) => (values.length ? percentile(values, 50) : NaN);
const p95 = (values) => (values.length ? percentile(values, 95) : NaN);
const stats = (values) => `median ${ms(median(values))}, p95 ${ms(p95(values))} (n=${values.length})`;
const sleep = (delay) => new Promise((r) => setTimeout(r, delay));

/* ------------------------------------------------------------------------------------------ */
/* In the page: the probe. The same code runs in the app and in the floor.                     */
/* ------------------------------------------------------------------------------------------ */

/**
 * Installed before any script of the page (addInitScript). `window.__bench.arm(kind, arg, event)`
 * starts a measure at the next trusted `event` (its timeStamp: when the browser got the input),
 * waits for a condition (a new heading has focus, a selector matches, the search shows only its
 * matches), seen by a MutationObserver and focus events, then for the frame that shows it:
 * requestAnimationFrame, then a message-channel task, which runs once that frame's rendering work
 * is done. `load` measures the same from the navigation's start (time 0). Every write to the
 * residents' store is timed when its transaction completes, to tell when an answer is stored.
 */
function installProbe({ load }) {
  if (window.__bench) return;
  const stores = [];
  if (typeof IDBObjectStore !== 'undefined') {
    for (const method of ['put', 'add']) {
      const original = IDBObjectStore.prototype[method];
      IDBObjectStore.prototype[method] = function (value, ...rest) {
        const request = original.call(this, value, ...rest);
        if (this.name === 'residents') {
          const trail = value?.journey?.journey?.trail?.length ?? 0;
          this.transaction.addEventListener('complete', () => stores.push({ at: performance.now(), trail }));
        }
        return request;
      };
    }
  }
  // Event Timing (the measure behind INP): a click's entry ends when the frame drawn after its
  // handlers is presented. The rAF + message-channel measure below also counts whatever tasks the
  // browser runs before that message (the save's IndexedDB callbacks, a re-render they cause).
  const clickEntries = [];
  if (typeof PerformanceObserver !== 'undefined' && PerformanceObserver.supportedEntryTypes?.includes('event')) {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (entry.name === 'click') clickEntries.push(entry);
    }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  }
  /** When the frame after the click at `start` was presented, if the change was in the DOM by
   * the end of the click's handlers (`met`); NaN otherwise, or without an entry within a second. */
  const presented = async (start, met) => {
    const deadline = performance.now() + 1000;
    for (;;) {
      const entry = clickEntries.find((e) => Math.abs(e.startTime - start) < 1);
      if (entry) return met <= entry.processingEnd ? entry.startTime + entry.duration : NaN;
      if (performance.now() > deadline) return NaN;
      await new Promise((r) => setTimeout(r, 20));
    }
  };
  const afterPaint = () =>
    new Promise((resolve) =>
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now());
        channel.port2.postMessage(null);
      }),
    );
  const conditions = {
    heading: (s) => {
      const active = document.activeElement;
      return active !== null && active.tagName === 'H1' && (active !== s.node || active.textContent !== s.text);
    },
    selector: (s) => document.querySelector(s.arg) !== null,
    search: (s) => {
      const names = [...document.querySelectorAll('.file-card__name')];
      return names.length > 0 && names.every((n) => (n.textContent ?? '').toLowerCase().includes(s.arg));
    },
  };
  function watch(kind, arg, startEvent) {
    const h1 = document.querySelector('h1');
    const s = { arg, node: h1, text: h1?.textContent };
    return new Promise((resolve) => {
      let start = startEvent ? null : 0;
      let dispatched = start;
      let done = false;
      const observer = new MutationObserver(() => check());
      const cleanup = () => {
        observer.disconnect();
        document.removeEventListener('focusin', check, true);
      };
      const check = () => {
        if (done || start === null || !conditions[kind](s)) return;
        done = true;
        cleanup();
        const met = performance.now();
        const heading = document.activeElement?.tagName === 'H1' ? document.activeElement.textContent : document.querySelector('h1')?.textContent;
        afterPaint().then(async (painted) =>
          resolve({ start, dispatched, met, painted, heading, presented: startEvent === 'click' ? await presented(start, met) : NaN }),
        );
      };
      if (startEvent) {
        window.addEventListener(
          startEvent,
          (event) => {
            // A trusted event's timeStamp is when the browser received the input.
            dispatched = performance.now();
            start = event.isTrusted && event.timeStamp > 0 && event.timeStamp <= dispatched ? event.timeStamp : dispatched;
            queueMicrotask(check);
          },
          { capture: true, once: true },
        );
      }
      observer.observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
      document.addEventListener('focusin', check, true);
      if (!startEvent) check();
    });
  }
  const bench = {
    stores,
    pending: null,
    arm(kind, arg, startEvent) {
      bench.pending = watch(kind, arg, startEvent);
    },
    result(timeout) {
      return Promise.race([bench.pending, new Promise((r) => setTimeout(() => r(null), timeout))]);
    },
    /** Resolves with the time the residents' store held a trail of `length`, written after `after`. */
    async stored(after, length, timeout) {
      const deadline = performance.now() + timeout;
      for (;;) {
        const hit = stores.find((s) => s.at >= after && s.trail >= length);
        if (hit) return hit.at;
        if (performance.now() > deadline) return null;
        await new Promise((r) => setTimeout(r, 5));
      }
    },
    loaded: null,
  };
  window.__bench = bench;
  if (load) bench.loaded = watch(load, undefined, null);
}

/** The last largest-contentful-paint entry (read before any input, which ends LCP). */
async function readLcp(page) {
  return page.evaluate(
    () =>
      new Promise((resolve) => {
        let last = null;
        new PerformanceObserver((list) => {
          const entries = list.getEntries();
          last = entries[entries.length - 1] ?? last;
        }).observe({ type: 'largest-contentful-paint', buffered: true });
        setTimeout(() => {
          if (!last) return resolve(null);
          const el = last.element;
          // The home written into the page is replaced by the app's: its element is gone by now.
          const gone = `${last.id ? `#${last.id}` : `an element of ${Math.round(last.size)} px²`}, since replaced`;
          const what = el ? `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ')[0]}` : ''}` : gone;
          resolve({ time: last.startTime, what });
        }, 300);
      }),
  );
}

/* ------------------------------------------------------------------------------------------ */
/* Browsers, pages, clicks                                                                      */
/* ------------------------------------------------------------------------------------------ */

export async function openProfile(chromiumPath, options = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'passerelle-bench-floor-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: chromiumPath,
    headless: true,
    args: FLAGS,
    viewport: options.viewport ?? { width: 1024, height: 768 },
    locale: 'fr-FR',
  });
  let blank = context.pages()[0];
  return {
    context,
    /** A tab with the probe (and a load measure when `load` is given), its CPU slowed. */
    async page(load = null) {
      const page = blank ?? (await context.newPage());
      blank = undefined;
      await page.addInitScript(installProbe, { load });
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
      return { page, cdp };
    },
    async close() {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Arms the probe, clicks `selector` as a mouse would (a trusted click), and waits for the measure. */
async function timedClick(page, selector, kind, arg) {
  const point = await page.evaluate(
    ({ selector, kind, arg }) => {
      const target = document.querySelector(selector);
      if (!target) return null;
      target.scrollIntoView({ block: 'center' });
      window.__bench.arm(kind, arg, 'click');
      const box = target.getBoundingClientRect();
      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    },
    { selector, kind, arg },
  );
  if (!point) throw new Error(`nothing to click: ${selector}`);
  await page.mouse.click(point.x, point.y);
  const result = await page.evaluate(() => window.__bench.result(20_000));
  if (!result) throw new Error(`no ${kind} after clicking ${selector}`);
  return result;
}

const NEXT = '.step__nav button[type="submit"]';

/** Scripts the page fetched: URL → gzip -9 size of the body. */
function collectScripts(page) {
  const bodies = new Map();
  const pending = [];
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'script') return;
    pending.push(
      response
        .body()
        .then((body) => bodies.set(response.url(), { raw: body.length, gz: gzipSync(body, { level: 9 }).length }))
        .catch(() => undefined),
    );
  });
  return {
    async settled() {
      // Until no new script for a second: what an idle preload starts is in.
      let seen = -1;
      while (seen !== pending.length) {
        seen = pending.length;
        await sleep(1000);
      }
      await Promise.all(pending);
      return bodies;
    },
  };
}

/** The scripts' request start times (resource timing, same clock as marks) and the preload mark. */
async function scriptTimings(page) {
  return page.evaluate((mark) => {
    const markEntry = performance.getEntriesByName(mark, 'mark')[0];
    return {
      mark: markEntry ? markEntry.startTime : null,
      starts: Object.fromEntries(performance.getEntriesByType('resource').map((e) => [e.name, e.startTime])),
    };
  }, PRELOAD_MARK);
}

/* ------------------------------------------------------------------------------------------ */
/* 1. Step click → next question painted                                                        */
/* ------------------------------------------------------------------------------------------ */

export async function appStepRound(page, url, { wantPlan }) {
  await page.goto(`${url}#/accompagner/nouveau`);
  await page.getByLabel('Prénom ou surnom').fill('Banc');
  await page.getByRole('checkbox').check();
  await page.getByRole('button', { name: 'Créer le dossier et commencer' }).click();
  await page.locator('form[id^="question-"]').waitFor();
  const samples = [];
  for (let trail = 1; trail < 60; trail++) {
    const screen = await currentScreen(page);
    if (screen.kind === 'recap') break;
    if (screen.kind === 'question') await fillQuestion(page, screen.id, ANSWERS);
    else if (screen.kind === 'orientation') await page.locator(`#parcours-${PARCOURS}`).check();
    else throw new Error(`unexpected screen ${screen.kind}`);
    if (PAUSE > 0) await sleep(PAUSE);
    const r = await timedClick(page, NEXT, 'heading');
    const stored = await page.evaluate(({ after, trail }) => window.__bench.stored(after, trail, 10_000), { after: r.start, trail });
    samples.push({
      screen: screen.kind === 'question' ? screen.id : screen.kind,
      painted: r.painted - r.start,
      presented: r.presented - r.start,
      focused: r.met - r.start,
      input: r.dispatched - r.start,
      stored: stored === null ? NaN : stored - r.start,
    });
  }
  let planHash = null;
  if (wantPlan) {
    try {
      await page.getByRole('button', { name: 'Voir mon plan' }).click();
      const shared = await page.locator('img[data-share-url]').first().getAttribute('data-share-url', { timeout: 30_000 });
      planHash = shared ? shared.slice(shared.indexOf('#')) : null;
    } catch {
      planHash = null;
    }
  }
  return { samples, planHash };
}

async function floorStepRound(page, floorUrl, clicks) {
  // Loaded once, like the app's page (its rounds only change the fragment): the questions cycle.
  if (page.url() !== floorUrl) {
    await page.goto(floorUrl);
    await page.locator('form[id^="question-"]').waitFor();
    await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
  }
  const samples = [];
  for (let i = 0; i < clicks; i++) {
    const screen = await currentScreen(page);
    if (screen.kind !== 'question') throw new Error(`floor: unexpected screen ${screen.kind}`);
    await fillQuestion(page, screen.id);
    if (PAUSE > 0) await sleep(PAUSE);
    const r = await timedClick(page, NEXT, 'heading');
    samples.push({ screen: screen.id, painted: r.painted - r.start, presented: r.presented - r.start, focused: r.met - r.start, input: r.dispatched - r.start });
  }
  return samples;
}

async function benchStepClicks(chromiumPath, url, floorUrl) {
  console.log(`\n== 1. Step click → next question painted (CPU slowed ${CPU_SLOWDOWN}×, ${STEP_ROUNDS} alternating rounds${PAUSE > 0 ? `, Next clicked ${PAUSE} ms after the choice` : ''}) ==`);
  const appProfile = await openProfile(chromiumPath);
  const floorProfile = await openProfile(chromiumPath);
  const app = [];
  const floor = [];
  const roundRatios = [];
  let planHash = null;
  try {
    const appTab = await appProfile.page();
    const floorTab = await floorProfile.page();
    for (let round = 1; round <= STEP_ROUNDS; round++) {
      const result = await appStepRound(appTab.page, url, { wantPlan: round === 1 });
      planHash ??= result.planHash;
      app.push(...result.samples);
      // The floor clicks as often as the app did: the same number of samples each.
      floor.push(...(await floorStepRound(floorTab.page, floorUrl, result.samples.length)));
      const floorRound = floor.slice(-result.samples.length);
      roundRatios.push(median(result.samples.map((s) => s.painted)) / median(floorRound.map((s) => s.painted)));
      console.log(`  round ${round}: app ${stats(result.samples.map((s) => s.painted))} · floor ${stats(floorRound.map((s) => s.painted))}`);
      if (VERBOSE) {
        console.log(`    app:   ${result.samples.map((s) => `${s.screen} ${s.painted.toFixed(0)}`).join(', ')}`);
        console.log(`    floor: ${floorRound.map((s) => s.painted.toFixed(0)).join(', ')}`);
      }
    }
    if (PROFILE) await profileSteps(appTab, url);
  } finally {
    await appProfile.close();
    await floorProfile.close();
  }
  const painted = app.map((s) => s.painted);
  const floorPainted = floor.map((s) => s.painted);
  const stored = app.map((s) => s.stored).filter((v) => !Number.isNaN(v));
  const both = app.map((s) => Math.max(s.focused, s.stored));
  console.log(`App,   click → painted:             ${stats(painted)}`);
  console.log(`Floor, click → painted:             ${stats(floorPainted)}`);
  console.log(`Ratio: median ${(median(painted) / median(floorPainted)).toFixed(2)}× (target ≤ 1.3×), p95 ${(p95(painted) / p95(floorPainted)).toFixed(2)}× (target ≤ 1.5×)`);
  console.log(`  ratio of the medians round by round (drift of the machine cancels): ${roundRatios.map((x) => `${x.toFixed(2)}×`).join(', ')}`);
  const presented = app.map((s) => s.presented).filter((v) => !Number.isNaN(v));
  const floorPresented = floor.map((s) => s.presented).filter((v) => !Number.isNaN(v));
  console.log(`App,   click → frame presented:     ${stats(presented)} · floor: ${stats(floorPresented)}`);
  console.log(`  (Event Timing, in steps of 8 ms: the frame drawn after the click's handlers, which already show the next question)`);
  console.log(`Ratio (presented): median ${(median(presented) / median(floorPresented)).toFixed(2)}× (target ≤ 1.3×), p95 ${(p95(presented) / p95(floorPresented)).toFixed(2)}× (target ≤ 1.5×)`);
  console.log(`App,   click → heading focused:     ${stats(app.map((s) => s.focused))} · floor: ${stats(floor.map((s) => s.focused))}`);
  console.log(`Input → click handler (both pages):  app ${stats(app.map((s) => s.input))} · floor ${stats(floor.map((s) => s.input))}`);
  console.log(`App,   click → answer in IndexedDB: ${stats(stored)}`);
  console.log(`App,   click → both (issue 4, p95 ≤ 100): ${stats(both)}, max ${ms(Math.max(...both))}`);
  const slowest = [...app].sort((a, b) => b.painted - a.painted).slice(0, 5);
  console.log(`  slowest app steps: ${slowest.map((s) => `${s.screen} ${ms(s.painted)}`).join(', ')}`);
  return { painted, floorPainted, presented, floorPresented, stored, both, planHash };
}

/** A CPU profile of five step clicks of the app at `url`, in a profile of its own. */
export async function profileStepClicks({ url, chromiumPath }) {
  const profile = await openProfile(chromiumPath);
  try {
    await profileSteps(await profile.page(), url);
  } finally {
    await profile.close();
  }
}

/** BENCH_PROFILE: a CPU profile of five step clicks, self time summed by script and by function
 * (mapped to the sources when the build has source maps: `vite build --sourcemap`). */
async function profileSteps({ page, cdp }, url) {
  await page.goto(`${url}#/accompagner/nouveau`);
  await page.getByLabel('Prénom ou surnom').fill('Profil');
  await page.getByRole('checkbox').check();
  await page.getByRole('button', { name: 'Créer le dossier et commencer' }).click();
  await page.locator('form[id^="question-"]').waitFor();
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  let profile;
  let clicks = 0;
  for (let trail = 1; clicks < 5 && trail < 60; trail++) {
    const screen = await currentScreen(page);
    if (screen.kind === 'question') await fillQuestion(page, screen.id, ANSWERS);
    else if (screen.kind === 'orientation') await page.locator(`#parcours-${PARCOURS}`).check();
    else break;
    await cdp.send('Profiler.start');
    const r = await timedClick(page, NEXT, 'heading');
    await page.evaluate(({ after, trail }) => window.__bench.stored(after, trail, 10_000), { after: r.start, trail });
    const part = (await cdp.send('Profiler.stop')).profile;
    profile = profile ? [...profile, part] : [part];
    clicks++;
  }
  await printProfile(profile ?? [], `${clicks} step clicks`);
}

/** Self time of CPU profiles summed by script and by function, mapped to the sources when the
 * build has source maps (`vite build --sourcemap`). */
async function printProfile(parts, what) {
  const maps = new Map();
  /** The original place of a function, where the build left a source map beside its chunk. */
  const original = async (script, line, column) => {
    if (!maps.has(script)) {
      maps.set(
        script,
        await fetch(`${script}.map`)
          .then((r) => (r.ok ? r.json() : null))
          .then((payload) => (payload ? new SourceMap(payload) : null))
          .catch(() => null),
      );
    }
    const entry = maps.get(script)?.findEntry(line, column);
    return entry?.originalSource ? { source: entry.originalSource.replace(/^.*?(node_modules\/|src\/|machines\/)/, '$1'), line: entry.originalLine + 1, name: entry.name } : null;
  };
  const byFile = new Map();
  const byFunction = new Map();
  const inFile = new Map();
  let total = 0;
  const byAppFrame = new Map();
  const isApp = (place) => place && /^(src|machines|data)\//.test(place.source);
  for (const part of parts) {
    const nodes = new Map(part.nodes.map((n) => [n.id, n]));
    const parents = new Map(part.nodes.flatMap((n) => (n.children ?? []).map((c) => [c, n.id])));
    const deltas = part.timeDeltas;
    /** The nearest frame of the app's own code (src/, machines/) on the sample's stack. */
    const appFrame = async (id) => {
      for (let at = id; at !== undefined; at = parents.get(at)) {
        const frame = nodes.get(at).callFrame;
        if (!frame.url) continue;
        const place = await original(frame.url, frame.lineNumber, frame.columnNumber);
        if (isApp(place)) return `${place.name || frame.functionName || '(anonymous)'} ${place.source}:${place.line}`;
      }
      return '(no app frame: React scheduling, events, the browser)';
    };
    for (let i = 0; i < part.samples.length; i++) {
      const { url: script, functionName, lineNumber, columnNumber } = nodes.get(part.samples[i]).callFrame;
      if (functionName === '(idle)' || functionName === '(program)') continue;
      const dt = (deltas[i + 1] ?? 0) / 1000;
      total += dt;
      const place = script ? await original(script, lineNumber, columnNumber) : null;
      const file = place ? place.source : script ? new URL(script).pathname.split('/').pop() : functionName;
      const fn = place ? `${place.name || functionName || '(anonymous)'} ${place.source}:${place.line}` : `${functionName || '(anonymous)'} ${file}:${lineNumber + 1}:${columnNumber + 1}`;
      byFile.set(file, (byFile.get(file) ?? 0) + dt);
      byFunction.set(fn, (byFunction.get(fn) ?? 0) + dt);
      if (!inFile.has(file)) inFile.set(file, new Map());
      const name = place ? `${place.name || functionName || '(anonymous)'}:${place.line}` : functionName || '(anonymous)';
      inFile.get(file).set(name, (inFile.get(file).get(name) ?? 0) + dt);
      const owner = await appFrame(part.samples[i]);
      byAppFrame.set(owner, (byAppFrame.get(owner) ?? 0) + dt);
    }
  }
  const top = (map, n) => [...map].sort((a, b) => b[1] - a[1]).slice(0, n);
  console.log(`\n  CPU profile of ${what} (throttled ${CPU_SLOWDOWN}×): ${ms(total)} busy in the page${maps.size && [...maps.values()].some(Boolean) ? ', mapped to the sources' : ' (no source maps: build with --sourcemap to see the sources)'}`);
  console.log('  self time by file:');
  for (const [file, t] of top(byFile, 12)) {
    console.log(`    ${ms(t).padStart(7)}  ${file || '(native)'}  — ${top(inFile.get(file), 4).map(([name, u]) => `${name} ${ms(u)}`).join(', ')}`);
  }
  console.log('  self time by function:');
  for (const [fn, t] of top(byFunction, 20)) console.log(`    ${ms(t).padStart(7)}  ${fn}`);
  console.log('  time by the nearest app function on the stack (library and browser time included):');
  for (const [fn, t] of top(byAppFrame, 15)) console.log(`    ${ms(t).padStart(7)}  ${fn}`);
}

/* ------------------------------------------------------------------------------------------ */
/* 2. Cold loads: home screen (JavaScript, LCP), floor, plan from a QR code                     */
/* ------------------------------------------------------------------------------------------ */

/** Loads `address` in `tab` and returns its first screen painted, LCP and scripts. */
async function measureLoad(tab, address, { scripts = false } = {}) {
  const collector = scripts ? collectScripts(tab.page) : null;
  await tab.page.goto(address);
  const loaded = await tab.page.evaluate(() => Promise.race([window.__bench.loaded, new Promise((r) => setTimeout(() => r(null), 30_000))]));
  if (!loaded) throw new Error(`${address}: no heading took focus`);
  const lcp = await readLcp(tab.page);
  const result = { painted: loaded.painted, heading: loaded.heading, lcp: lcp?.time ?? NaN, lcpElement: lcp?.what ?? '?' };
  if (!collector) return result;
  // The home's idle preload makes a mark: wait for it a while, then for the network to rest.
  await tab.page.waitForFunction((mark) => performance.getEntriesByName(mark, 'mark').length > 0, PRELOAD_MARK, { timeout: 6000 }).catch(() => undefined);
  const bodies = await collector.settled();
  const { mark, starts } = await scriptTimings(tab.page);
  const files = [...bodies].map(([name, size]) => ({ name: new URL(name).pathname, start: starts[name] ?? NaN, ...size }));
  const first = files.filter((f) => mark === null || !(f.start >= mark));
  const preloaded = files.filter((f) => mark !== null && f.start >= mark);
  return { ...result, mark, files, first, preloaded };
}

const gz = (files) => files.reduce((s, f) => s + f.gz, 0);

async function benchLoads(chromiumPath, url, floorUrl, planHash) {
  console.log(`\n== 2. Home screen (cold profile, CPU slowed ${CPU_SLOWDOWN}×, ${LOAD_ROUNDS} alternating rounds: app, floor, plan from a QR code) ==`);
  const r = { home: [], homeWarm: [], homeOffline: [], floor: [], floorWarm: [], plan: [], js: [], preloadJs: [], floorJs: [], planJs: [], marks: 0, sample: null };
  const hash = planHash ?? FIXTURE_PLAN;
  for (let round = 1; round <= LOAD_ROUNDS; round++) {
    // The app's home: a fresh profile, so no service worker yet; then warm (its service worker
    // controls the new tab) and offline.
    const app = await openProfile(chromiumPath);
    try {
      const tab = await app.page('heading');
      const cold = await measureLoad(tab, url, { scripts: true });
      r.home.push(cold);
      r.js.push(gz(cold.first));
      r.preloadJs.push(gz(cold.preloaded));
      if (cold.mark !== null) r.marks++;
      r.sample ??= cold;
      const ready = await tab.page.evaluate(() => Promise.race([navigator.serviceWorker.ready.then(() => true), new Promise((ok) => setTimeout(() => ok(false), 30_000))]));
      if (ready) {
        await sleep(500);
        try {
          r.homeWarm.push(await measureLoad(await app.page('heading'), url));
          await app.context.setOffline(true);
          r.homeOffline.push(await measureLoad(await app.page('heading'), url));
        } catch (error) {
          console.log(`  warm/offline load failed: ${error.message}`);
        }
      }
    } finally {
      await app.close();
    }
    const floor = await openProfile(chromiumPath);
    try {
      const cold = await measureLoad(await floor.page('heading'), floorUrl, { scripts: true });
      r.floor.push(cold);
      r.floorJs.push(gz(cold.files));
      r.floorWarm.push(await measureLoad(await floor.page('heading'), floorUrl));
    } finally {
      await floor.close();
    }
    // The plan opened from its QR code on a phone: nothing installed, a phone's screen.
    const phone = await openProfile(chromiumPath, { viewport: { width: 390, height: 844 } });
    try {
      const cold = await measureLoad(await phone.page('heading'), `${url}${hash}`, { scripts: true });
      r.plan.push(cold);
      r.planJs.push(gz(cold.files));
    } finally {
      await phone.close();
    }
    console.log(
      `  round ${round}: home LCP ${ms(r.home.at(-1).lcp)} · floor LCP ${ms(r.floor.at(-1).lcp)} · plan painted ${ms(r.plan.at(-1).painted)} (« ${r.plan.at(-1).heading} »)`,
    );
  }
  const s = r.sample;
  console.log(`Home screen scripts (first cold load; ${s.mark === null ? `no « ${PRELOAD_MARK} » mark: every script until the network rests` : `before the « ${PRELOAD_MARK} » mark at ${ms(s.mark)}`}):`);
  for (const f of s.first) console.log(`  ${f.name}  ${kb(f.raw)} raw, ${kb(f.gz)} gzip, requested at ${ms(f.start)}`);
  if (s.preloaded.length) {
    console.log('Preloaded after the mark:');
    for (const f of s.preloaded) console.log(`  ${f.name}  ${kb(f.raw)} raw, ${kb(f.gz)} gzip, requested at ${ms(f.start)}`);
  }
  console.log(`Home screen JavaScript: ${kb(median(r.js))} gzip (target ≤ 90 KB); preloaded: ${kb(median(r.preloadJs))} gzip; mark seen in ${r.marks}/${r.home.length} loads`);
  console.log(`Floor JavaScript: ${kb(median(r.floorJs))} gzip`);
  const lcp = (list) => list.map((x) => x.lcp).filter((v) => !Number.isNaN(v));
  const painted = (list) => list.map((x) => x.painted);
  console.log(`Home LCP, cold:      ${stats(lcp(r.home))}; LCP element ${s.lcpElement}`);
  console.log(`Floor LCP, cold:     ${stats(lcp(r.floor))}; LCP element ${r.floor[0]?.lcpElement}`);
  console.log(`Ratio (median): ${(median(lcp(r.home)) / median(lcp(r.floor))).toFixed(2)}× (target ≤ 1.15×)`);
  console.log(`  round by round: ${r.home.map((h, i) => `${(h.lcp / r.floor[i].lcp).toFixed(2)}×`).join(', ')}`);
  console.log(`Home heading painted, cold: ${stats(painted(r.home))} · floor: ${stats(painted(r.floor))}`);
  if (r.homeWarm.length) {
    console.log(`Home LCP, warm (service worker): ${stats(lcp(r.homeWarm))} · offline: ${stats(lcp(r.homeOffline))} · floor warm (HTTP cache): ${stats(lcp(r.floorWarm))}`);
  } else {
    console.log('Home LCP, warm: n/a (the service worker did not get ready)');
  }
  return { ...r, lcpHome: lcp(r.home), lcpFloor: lcp(r.floor), planPainted: painted(r.plan), planLcp: lcp(r.plan), hash };
}

/* ------------------------------------------------------------------------------------------ */
/* 3. JavaScript loaded by the first question, 5. kiosk after a reset                           */
/* ------------------------------------------------------------------------------------------ */

/** Sums the scripts whose request started before the first question was on screen. */
async function firstQuestionScripts(tab, collector) {
  await tab.page.locator('form[id^="question-"]').waitFor();
  const at = await tab.page.evaluate(() => performance.now());
  const bodies = await collector.settled();
  const { starts } = await scriptTimings(tab.page);
  const files = [...bodies].map(([name, size]) => ({ name: new URL(name).pathname, start: starts[name] ?? 0, ...size }));
  return { before: files.filter((f) => f.start <= at), after: files.filter((f) => f.start > at) };
}

async function benchFirstQuestion(chromiumPath, url) {
  console.log(`\n== 3. JavaScript loaded by the first question (cold profile, CPU slowed ${CPU_SLOWDOWN}×) ==`);
  const result = {};
  const mediator = await openProfile(chromiumPath);
  try {
    const tab = await mediator.page('heading');
    const collector = collectScripts(tab.page);
    await tab.page.goto(url);
    await tab.page.evaluate(() => window.__bench.loaded);
    await tab.page.getByRole('link', { name: /Accompagner une personne/ }).click();
    await tab.page.getByRole('link', { name: 'Nouveau dossier' }).click();
    await tab.page.getByLabel('Prénom ou surnom').fill('Banc');
    await tab.page.getByRole('checkbox').check();
    await tab.page.getByRole('button', { name: 'Créer le dossier et commencer' }).click();
    result.mediator = await firstQuestionScripts(tab, collector);
  } finally {
    await mediator.close();
  }
  const kiosk = await openProfile(chromiumPath);
  const tab = await kiosk.page('heading');
  const collector = collectScripts(tab.page);
  await tab.page.goto(url);
  await tab.page.evaluate(() => window.__bench.loaded);
  await tab.page.getByRole('link', { name: /Borne en libre-service/ }).click();
  await tab.page.getByLabel('Code du personnel (4 à 8 chiffres)').fill(PIN);
  await tab.page.getByLabel('Retapez le même code').fill(PIN);
  await tab.page.getByRole('button', { name: 'Enregistrer le code et démarrer la borne' }).click();
  await tab.page.locator('.kiosk-attract__start').click();
  result.kiosk = await firstQuestionScripts(tab, collector);
  for (const [path, { before, after }] of Object.entries(result)) {
    console.log(`${path === 'mediator' ? 'Home → Accompagner une personne → new file → first question' : 'Home → Borne en libre-service → PIN → start → first question'}: ${kb(gz(before))} gzip in ${before.length} scripts (target ≤ 150 KB)${after.length ? `; ${kb(gz(after))} more fetched after it` : ''}`);
    for (const f of before) console.log(`  ${f.name}  ${kb(f.gz)} gzip`);
  }
  // The kiosk stays open for figure 5.
  return { mediator: gz(result.mediator.before), kiosk: gz(result.kiosk.before), kioskProfile: kiosk, kioskTab: tab };
}

async function benchKiosk(chromiumPath, url, { kioskProfile, kioskTab }) {
  console.log(`\n== 5. Kiosk after a reset (CPU slowed ${CPU_SLOWDOWN}×, ${KIOSK_ROUNDS} rounds) ==`);
  const toAttract = [];
  const toQuestion = [];
  const reloaded = [];
  const reloadedLcp = [];
  const afterReload = [];
  try {
    const tab = kioskTab;
    for (let round = 1; round <= KIOSK_ROUNDS; round++) {
      // A resident answered the first question; the next one is on screen. Then « Effacer mes réponses ».
      await fillQuestion(tab.page, 'age', { age: '22' });
      await timedClick(tab.page, NEXT, 'heading');
      const reset = await timedClick(tab.page, '.kiosk-button--erase', 'heading');
      toAttract.push(reset.painted - reset.start);
      const start = await timedClick(tab.page, '.kiosk-attract__start', 'heading');
      toQuestion.push(start.painted - start.start);
      if (round === KIOSK_ROUNDS) {
        // The kiosk's device restarted: a new tab comes back to the attract screen.
        for (let i = 0; i < 3; i++) {
          const fresh = await kioskProfile.page('heading');
          const load = await measureLoad(fresh, url);
          reloaded.push(load.painted);
          // What a person sees first: the start screen written into the built page (first-screen.ts).
          reloadedLcp.push(load.lcp);
          const first = await timedClick(fresh.page, '.kiosk-attract__start', 'heading');
          afterReload.push(first.painted - first.start);
          await fresh.page.close();
        }
      }
    }
  } finally {
    await kioskProfile.close();
  }
  console.log(`Reset → attract screen painted:         ${stats(toAttract)}`);
  console.log(`Touch after a reset → first question:   ${stats(toQuestion)}`);
  console.log(`Kiosk reloaded → attract screen painted: ${stats(reloaded)}`);
  console.log(`Kiosk reloaded, LCP (built-in screen):  ${stats(reloadedLcp.filter((v) => !Number.isNaN(v)))}`);
  console.log(`  then touch → first question:           ${stats(afterReload)}`);
  return { toAttract, toQuestion, reloaded, reloadedLcp: reloadedLcp.filter((v) => !Number.isNaN(v)), afterReload };
}

/* ------------------------------------------------------------------------------------------ */
/* 4. Caseload of 5,000 files                                                                   */
/* ------------------------------------------------------------------------------------------ */

/** One profile holding `size` files; each round opens a new tab on the home and clicks
 * « Accompagner une personne », after 2 s of idle home (warm) or as soon as it shows (cold). */
async function caseloadRounds(chromiumPath, url, size, modes, { withSearch }) {
  const profile = await openProfile(chromiumPath);
  const open = { warm: [], cold: [] };
  const profiles = { warm: [], cold: [] };
  const searchAfter = { warm: [], cold: [] };
  try {
    let tab = await profile.page();
    // The caseload opens the storage: the files are written once its tables exist.
    await tab.page.goto(`${url}#/accompagner`);
    await tab.page.locator('#caseload-search').waitFor();
    await tab.cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await seedCaseload(tab.page, size);
    for (const mode of modes) {
      await tab.page.close();
      tab = await profile.page('heading');
      await tab.page.goto(url);
      await tab.page.evaluate(() => window.__bench.loaded);
      // Warm: the home has been idle for 2 s, time for its preload.
      if (mode === 'warm') await sleep(2000);
      if (PROFILE) await tab.cdp.send('Profiler.enable').then(() => tab.cdp.send('Profiler.setSamplingInterval', { interval: 100 })).then(() => tab.cdp.send('Profiler.start'));
      const shown = await timedClick(tab.page, 'a.mode-card[href="#/accompagner"]', 'selector', '.file-list');
      open[mode].push(shown.painted - shown.start);
      if (PROFILE) profiles[mode].push((await tab.cdp.send('Profiler.stop')).profile);
      if (!withSearch) continue;
      await tab.page.evaluate(() => {
        document.getElementById('caseload-search').focus();
        window.__bench.arm('search', 'sekou 4', 'input');
      });
      // One trusted input event, as a paste (or the last key of the name) makes.
      await tab.page.keyboard.insertText('sekou 4');
      const found = await tab.page.evaluate(() => window.__bench.result(20_000));
      if (!found) throw new Error('the search showed nothing');
      searchAfter[mode].push(found.painted - found.start);
    }
  } finally {
    await profile.close();
  }
  for (const mode of ['warm', 'cold']) {
    if (profiles[mode].length) await printProfile(profiles[mode], `${profiles[mode].length} ${mode} clicks on « Accompagner une personne », ${size} files`);
  }
  return { ...open, searchAfter, search: [...searchAfter.warm, ...searchAfter.cold] };
}

async function benchCaseload(chromiumPath, url) {
  const big = CASELOAD_SIZE.toLocaleString('en');
  console.log(`\n== 4. Caseload (CPU slowed ${CPU_SLOWDOWN}×): ${SMALL_CASELOAD} files warm; ${big} files, warm and cold in turn ==`);
  const small = await caseloadRounds(chromiumPath, url, SMALL_CASELOAD, Array(CASELOAD_ROUNDS / 2).fill('warm'), { withSearch: false });
  const large = await caseloadRounds(chromiumPath, url, CASELOAD_SIZE, Array.from({ length: CASELOAD_ROUNDS }, (_, i) => (i % 2 ? 'cold' : 'warm')), { withSearch: true });
  console.log(`Click « Accompagner une personne » → list shown, ${SMALL_CASELOAD} files, warm: ${stats(small.warm)}`);
  console.log(`Click « Accompagner une personne » → list shown, ${big} files, warm: ${stats(large.warm)}`);
  console.log(`Click « Accompagner une personne » → list shown, ${big} files, cold: ${stats(large.cold)}`);
  console.log(`Type « sekou 4 » (one input event) → matches shown, ${big} files: ${stats(large.search)}`);
  console.log(`  typed as the list shows, after a warm click: ${stats(large.searchAfter.warm)}; after a cold click: ${stats(large.searchAfter.cold)}`);
  console.log('  (warm: the home idle for 2 s before the click; cold: clicked as soon as the home is painted, in a new tab)');
  return { warm: small.warm, largeWarm: large.warm, cold: large.cold, search: large.search };
}

/* ------------------------------------------------------------------------------------------ */

export async function buildFloor(root) {
  const { build } = await import('vite');
  const { default: react } = await import('@vitejs/plugin-react');
  const outDir = resolve(root, 'dist-floor');
  await build({
    root: resolve(root, 'scripts/floor'),
    configFile: false,
    logLevel: 'warn',
    plugins: [react()],
    build: { outDir, emptyOutDir: true, target: 'es2022', sourcemap: false },
  });
  return outDir;
}

function table(rows) {
  const head = ['figure', 'ours', 'floor', 'ratio / target', 'met'];
  const cells = rows.map((r) => [r.figure, r.ours, r.floor ?? '—', r.target, r.met === null ? 'n/a' : r.met ? 'yes' : 'no']);
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c) => `| ${c.map((x, i) => x.padEnd(widths[i])).join(' | ')} |`;
  console.log(line(head));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const c of cells) console.log(line(c));
}

export async function benchFloor({ url, chromiumPath, root }) {
  console.log('\n== Floor page (scripts/floor/, built now) ==');
  const outDir = await buildFloor(root);
  const server = await startPreview({ outDir });
  const floorUrl = server.url;
  console.log(`Floor served at ${floorUrl}, app at ${url}`);
  const rows = [];
  const ratioRow = (figure, ours, floor, limit) => {
    const ratio = ours / floor;
    return { figure, ours: ms(ours), floor: ms(floor), target: `${Number.isFinite(ratio) ? ratio.toFixed(2) : 'n/a'}× / ≤ ${limit}×`, met: Number.isFinite(ratio) ? ratio <= limit : null };
  };
  const budgetRow = (figure, ours, limit, floor) => ({ figure, ours: ms(ours), floor, target: `≤ ${ms(limit)}`, met: Number.isFinite(ours) && Number.isFinite(limit) ? ours <= limit : null });
  const sizeRow = (figure, bytes, limit, floor) => ({ figure, ours: kb(bytes), floor, target: `≤ ${limit} KB`, met: bytes <= limit * 1024 });
  // BENCH_PARTS=caseload (or steps,loads,…): only those figures, e.g. while working on one.
  const parts = new Set((process.env.BENCH_PARTS ?? 'steps,loads,first,caseload,kiosk').split(','));
  try {
    const steps = parts.has('steps') ? await benchStepClicks(chromiumPath, url, floorUrl) : null;
    if (steps) {
      rows.push(ratioRow('1. step click → presented, median', median(steps.presented), median(steps.floorPresented), 1.3));
      rows.push(ratioRow('1. step click → presented, p95', p95(steps.presented), p95(steps.floorPresented), 1.5));
      rows.push(ratioRow('   (rAF + next task, median)', median(steps.painted), median(steps.floorPainted), 1.3));
      rows.push(ratioRow('   (rAF + next task, p95)', p95(steps.painted), p95(steps.floorPainted), 1.5));
      rows.push(budgetRow('   (click → answer stored, p95)', p95(steps.stored), 100));
    }
    if (parts.has('caseload')) {
      const caseload = await benchCaseload(chromiumPath, url);
      rows.push(budgetRow(`4. caseload open, warm, ${SMALL_CASELOAD} files, median`, median(caseload.warm), 100));
      rows.push(budgetRow(`4. caseload open, warm, ${SMALL_CASELOAD} files, p95`, p95(caseload.warm), 100));
      rows.push(budgetRow('   (caseload open, warm, 5,000, median)', median(caseload.largeWarm), 100));
      rows.push(budgetRow('4. caseload open, cold 5,000, median', median(caseload.cold), 100));
      rows.push(budgetRow('4. caseload open, cold 5,000, p95', p95(caseload.cold), 100));
      rows.push(budgetRow('4. caseload search 5,000, median', median(caseload.search), 100));
      rows.push(budgetRow('4. caseload search 5,000, p95', p95(caseload.search), 100));
    }
    if (!parts.has('loads')) return;
    const loads = await benchLoads(chromiumPath, url, floorUrl, steps?.planHash);
    rows.push(sizeRow('2. home screen JS (gzip)', median(loads.js), 90, kb(median(loads.floorJs))));
    rows.push({ figure: '   (preloaded after the mark)', ours: kb(median(loads.preloadJs)), floor: '—', target: 'info', met: null });
    rows.push(ratioRow('2. home LCP, cold, median', median(loads.lcpHome), median(loads.lcpFloor), 1.15));
    rows.push({ ...ratioRow('   (home LCP, cold, p95)', p95(loads.lcpHome), p95(loads.lcpFloor), 1.15), met: null });
    const lcpBudget = 1.15 * median(loads.lcpFloor);

    const first = await benchFirstQuestion(chromiumPath, url);
    // The floor's whole JavaScript is what its first question needs.
    rows.push(sizeRow('3. JS by the first question (mediator)', first.mediator, 150, kb(median(loads.floorJs))));
    rows.push(sizeRow('3. JS by the first question (kiosk)', first.kiosk, 150, kb(median(loads.floorJs))));


    const kiosk = await benchKiosk(chromiumPath, url, first);
    const floorLcp = `LCP ${ms(median(loads.lcpFloor))}`;
    rows.push(budgetRow('5. kiosk: touch after reset → question, median', median(kiosk.toQuestion), lcpBudget, floorLcp));
    rows.push(budgetRow('   (kiosk: reset → attract painted, median)', median(kiosk.toAttract), lcpBudget, floorLcp));
    rows.push(budgetRow('5. kiosk reloaded → start screen, LCP, median', median(kiosk.reloadedLcp), lcpBudget, floorLcp));
    rows.push(budgetRow('   (kiosk reloaded → live start screen, heading focused, median)', median(kiosk.reloaded), lcpBudget, floorLcp));
    rows.push(budgetRow('   (kiosk reloaded, touch → question, median)', median(kiosk.afterReload), lcpBudget, floorLcp));
    rows.push(budgetRow('5. QR plan on a phone → painted, median', median(loads.planPainted), lcpBudget, floorLcp));
    rows.push(budgetRow('   (QR plan on a phone, LCP, median)', median(loads.planLcp), lcpBudget, floorLcp));
    console.log(`\nPlan from a QR code (${loads.hash === FIXTURE_PLAN ? 'the test fixture' : 'made by the step rounds'}): painted ${stats(loads.planPainted)}, LCP ${stats(loads.planLcp)}, ${kb(median(loads.planJs))} gzip of scripts`);
    console.log(`Budget for 5 (the home's LCP target): 1.15 × floor LCP = ${ms(lcpBudget)}`);
  } finally {
    server.stop();
    console.log(`\n== Issue 15 targets (CPU slowed ${CPU_SLOWDOWN}×, floor measured in this run) ==`);
    table(rows);
  }
}
