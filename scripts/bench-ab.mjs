// Compares two builds of the app on issue 15's step figure, in one run: the machine's speed
// drifts by more than a small change buys, so rounds alternate A B B A … and each round's
// medians are paired. Prints each build's medians and the paired difference with a bootstrap
// 95 % interval. A benchmark, not a test: it never fails on a number.
//
//   node scripts/bench-ab.mjs <distA> <distB>     e.g. a worktree's dist/ against ./dist
//   BENCH_ROUNDS=8      rounds per build, 4 or more (each a whole parcours: about 19 clicks)
//   BENCH_PAUSE=600     (scripts/bench-floor.mjs) a pause between the choice and « Suivant »
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { appStepRound, median, openProfile } from './bench-floor.mjs';
import { percentile } from './bench-steps.mjs';
import { startPreview } from './preview-server.mjs';

const [distA, distB] = process.argv.slice(2).map((d) => resolve(d));
if (!distA || !distB || !existsSync(resolve(distA, 'index.html')) || !existsSync(resolve(distB, 'index.html'))) {
  console.error('usage: node scripts/bench-ab.mjs <distA> <distB> (two built apps)');
  process.exit(2);
}
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 8);
// Fewer pairs give an interval as narrow as the pairs themselves: a verdict from noise.
if (!Number.isInteger(ROUNDS) || ROUNDS < 4) {
  console.error(`BENCH_ROUNDS must be a whole number of rounds, 4 or more (got ${process.env.BENCH_ROUNDS})`);
  process.exit(2);
}
const chromiumPath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find((p) => p && existsSync(p));
if (!chromiumPath) {
  console.error('no Chromium: install it (apt-get install -y chromium) or set CHROMIUM_PATH');
  process.exit(2);
}
const FIGURES = ['presented', 'focused'];

/** A 95 % interval of the median of `values`, by resampling them (seeded, so runs compare). */
function bootstrap(values, draws = 2000) {
  let seed = 1;
  const random = () => ((seed = (seed * 48271) % 2147483647) / 2147483647);
  const medians = Array.from({ length: draws }, () => median(values.map(() => values[Math.floor(random() * values.length)])));
  return [percentile(medians, 2.5), percentile(medians, 97.5)];
}

const servers = { A: await startPreview({ outDir: distA }), B: await startPreview({ outDir: distB }) };
const profiles = { A: await openProfile(chromiumPath), B: await openProfile(chromiumPath) };
try {
  const tabs = { A: await profiles.A.page(), B: await profiles.B.page() };
  const rounds = { A: [], B: [] };
  for (let round = 0; round < ROUNDS; round++) {
    const order = round % 2 === 0 ? ['A', 'B'] : ['B', 'A'];
    for (const build of order) {
      const { samples } = await appStepRound(tabs[build].page, servers[build].url, { wantPlan: false });
      rounds[build].push(Object.fromEntries(FIGURES.map((f) => [f, median(samples.map((s) => s[f]).filter((v) => !Number.isNaN(v)))])));
    }
    console.log(`round ${round + 1}: ${FIGURES.map((f) => `${f} A ${rounds.A[round][f].toFixed(0)} / B ${rounds.B[round][f].toFixed(0)} ms`).join(' · ')}`);
  }
  console.log(`\nA = ${distA}\nB = ${distB}`);
  for (const figure of FIGURES) {
    const a = rounds.A.map((r) => r[figure]);
    const b = rounds.B.map((r) => r[figure]);
    const differences = b.map((v, i) => v - a[i]);
    const [low, high] = bootstrap(differences);
    const verdict = high < 0 ? 'B is faster' : low > 0 ? 'B is slower' : 'no difference this run can see';
    console.log(`click → ${figure}: A median ${median(a).toFixed(0)} ms, B ${median(b).toFixed(0)} ms; B − A, paired by round: median ${median(differences).toFixed(1)} ms, 95 % interval [${low.toFixed(1)}, ${high.toFixed(1)}]: ${verdict}`);
  }
} finally {
  await profiles.A.close();
  await profiles.B.close();
  servers.A.stop();
  servers.B.stop();
}
