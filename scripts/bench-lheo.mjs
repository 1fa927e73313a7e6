// LHÉO figures for issue 12, run by scripts/bench.mjs: a 200 MB export generated now (never
// committed) imported through the real worker in Chromium (time, peak memory of the browser's
// processes, whether the page kept answering), then the plan of a resident whose titre has
// about 20,000 sessions stored.
import { createWriteStream, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { HEAD, TAIL, formationXml } from './lheo-generator.mjs';
import { walkToRecap } from './journey-driver.mjs';

const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const TARGET_BYTES = 200 * 1024 * 1024;
const MB = (b) => `${(b / 1024 / 1024).toFixed(0)} MB`;

const PLACES = [
  { ville: 'Orléans', codepostal: '45000', departement: '45', insee: '45234', region: '24' },
  { ville: 'Tours', codepostal: '37000', departement: '37', insee: '37261', region: '24' },
  { ville: 'Bourges', codepostal: '18000', departement: '18', insee: '18033', region: '24' },
  { ville: 'Chartres', codepostal: '28000', departement: '28', insee: '28085', region: '24' },
  { ville: 'Châteauroux', codepostal: '36000', departement: '36', insee: '36044', region: '24' },
  { ville: 'Blois', codepostal: '41000', departement: '41', insee: '41018', region: '24' },
  { ville: 'Nantes', codepostal: '44000', departement: '44', insee: '44109', region: '52' },
  { ville: 'Lyon', codepostal: '69001', departement: '69', insee: '69381', region: '84' },
];
const TITLES = [
  ['Titre professionnel Assistant de vie aux familles', '37715'],
  ['Titre professionnel Employé polyvalent en restauration', 'RNCP38663'],
  ['Titre professionnel Agent de propreté et d’hygiène', ''],
  ['Bureautique et outils numériques', ''],
];

/** Writes ≈ 200 MB: about a third of the sessions to come in the region, the rest past or elsewhere. */
async function generate(path) {
  const out = createWriteStream(path);
  const write = async (text) => {
    if (!out.write(text)) await once(out, 'drain');
  };
  await write(HEAD);
  let n = 0;
  let kept = 0;
  let advf = 0;
  while (out.bytesWritten + out.writableLength < TARGET_BYTES - TAIL.length) {
    n++;
    const [intitule, rncp] = TITLES[n % TITLES.length];
    const place = PLACES[n % PLACES.length];
    const future = n % 2 === 0;
    const year = future ? 2029 + (n % 2) : 2025;
    const month = String(1 + (n % 12)).padStart(2, '0');
    const inRegion = place.region === '24';
    if (future && inRegion) {
      kept++;
      if (n % TITLES.length === 0) advf++;
    }
    await write(
      formationXml({
        numero: `B${n}`,
        intitule,
        rncp,
        formacodes: ['44055'],
        contact: { tel: '02 38 00 00 00', courriel: `contact${n % 97}@formation-exemple.fr`, web: 'https://formation-exemple.fr/' },
        organisme: { nom: `Organisme ${n % 211}`, place },
        actions: [{ numero: `B${n}-A1`, rythme: 'Temps plein', place, financeurs: ['2'], sessions: [{ numero: `B${n}-S1`, debut: `${year}${month}04`, fin: `${year}${month}28` }] }],
      }) + '\n',
    );
  }
  await write(TAIL);
  out.end();
  await once(out, 'finish');
  return { formations: n, kept, advf };
}

/** Resident memory of every process started with this profile (Linux /proc), in bytes. */
function profileRss(profile) {
  let total = 0;
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      if (!readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(profile)) continue;
      const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (rss) total += Number(rss[1]) * 1024;
    } catch {
      // the process ended between the listing and the read
    }
  }
  return total;
}

export async function benchLheo({ url, chromiumPath }) {
  const dir = mkdtempSync(join(tmpdir(), 'passerelle-bench-lheo-'));
  const file = join(dir, 'offre-generee-200mo.xml');
  const profile = mkdtempSync(join(tmpdir(), 'passerelle-bench-lheo-profile-'));
  try {
    const generated = await generate(file);
    console.log(`\n== LHÉO import (generated file ${MB(statSync(file).size)}, ${generated.formations} formations, ${generated.kept} sessions to keep) ==`);
    const context = await chromium.launchPersistentContext(profile, { executablePath: chromiumPath, headless: true, args: FLAGS });
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      await page.goto(`${url}#/accompagner/formations`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      const before = profileRss(profile);
      let peak = before;
      const sampler = setInterval(() => (peak = Math.max(peak, profileRss(profile))), 100);
      // the page must keep answering while the worker reads: the longest gap between frames
      await page.evaluate(() => {
        window.__gaps = { last: performance.now(), max: 0 };
        const tick = () => {
          const now = performance.now();
          window.__gaps.max = Math.max(window.__gaps.max, now - window.__gaps.last);
          window.__gaps.last = now;
          window.__gapsRaf = requestAnimationFrame(tick);
        };
        tick();
      });
      const started = Date.now();
      await page.locator('#trainings-file').setInputFiles(file);
      await page.getByRole('status').filter({ hasText: 'Import terminé' }).waitFor({ timeout: 30 * 60_000 });
      const seconds = (Date.now() - started) / 1000;
      clearInterval(sampler);
      const gap = await page.evaluate(() => (cancelAnimationFrame(window.__gapsRaf), window.__gaps.max));
      const summary = await page.getByTestId('trainings-current').textContent();
      console.log(`Import time: ${seconds.toFixed(1)} s (${(statSync(file).size / 1024 / 1024 / seconds).toFixed(1)} MB/s)`);
      console.log(`Peak memory of the browser's processes: ${MB(peak)} (${MB(before)} before the import; file ${MB(statSync(file).size)})`);
      console.log(`Longest frame gap on the page during the import: ${gap.toFixed(0)} ms`);
      console.log(`Kept: ${summary}`);

      // a resident whose titre (ADVF, RNCP37715) has ~1/4 of the stored sessions
      await page.goto(`${url}#/accompagner/nouveau`);
      await page.getByLabel('Prénom ou surnom').fill('Bench');
      await page.getByRole('checkbox').check();
      await page.getByRole('button', { name: 'Créer le dossier et commencer' }).click();
      await page.locator('form[id^="question-"]').waitFor();
      await walkToRecap(page, {
        answers: { age: '38', departement: '45', commune: '45234', diplome: 'cap-bep', rqth: 'non', francais: 'a2plus', situation: 'emploi', ecrit: 'facile', projetConnu: 'oui', secteur: 'services-personne', titreVise: 'advf', experience: 'aucune', modeFormation: 'centre', rythme: 'temps-plein', ccpAcquis: ['aucun'], freins: ['aucun'] },
        parcours: 'reconversion',
      });
      const times = [];
      for (let run = 0; run < 3; run++) {
        const t0 = Date.now();
        await page.getByRole('button', { name: 'Voir mon plan' }).click();
        await page.locator('.plan-step__sessions li').first().waitFor({ timeout: 120_000 });
        times.push(Date.now() - t0);
        await page.getByRole('button', { name: 'Revenir au récapitulatif' }).click();
        await page.locator('[data-screen="recap"]').waitFor();
      }
      console.log(`Plan with its next sessions (${generated.kept} sessions stored, ${generated.advf} of that titre): ${times.map((t) => `${t} ms`).join(', ')}`);
    } finally {
      await context.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(profile, { recursive: true, force: true });
  }
}
