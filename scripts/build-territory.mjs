// Builds data/territory.json: the six départements of Centre-Val de Loire and their current
// communes, from the official list carried by @etalab/decoupage-administratif, plus the QPV
// entries checked by hand (kept in data/qpv.source.json so a re-run never loses them).
// Usage: node scripts/build-territory.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const root = new URL('../', import.meta.url);
const pkg = require('@etalab/decoupage-administratif/package.json');
const departements = require('@etalab/decoupage-administratif/data/departements.json');
const communes = require('@etalab/decoupage-administratif/data/communes.json');

const REGION = '24'; // Centre-Val de Loire (INSEE code)
const deps = departements
  .filter((d) => d.region === REGION)
  .map((d) => ({ code: d.code, name: d.nom }))
  .sort((a, b) => a.code.localeCompare(b.code));

const depCodes = new Set(deps.map((d) => d.code));
const list = communes
  .filter((c) => c.type === 'commune-actuelle' && depCodes.has(c.departement))
  .map((c) => ({ code: c.code, name: c.nom, dep: c.departement }))
  .sort((a, b) => a.code.localeCompare(b.code));

const qpv = JSON.parse(readFileSync(new URL('data/qpv.source.json', root), 'utf8'));

const territory = {
  source: {
    package: `@etalab/decoupage-administratif@${pkg.version}`,
    url: 'https://github.com/etalab/decoupage-administratif',
    generatedBy: 'scripts/build-territory.mjs',
  },
  region: { code: REGION, name: 'Centre-Val de Loire' },
  departements: deps,
  communes: list,
  qpv,
};

// One commune per line keeps the file compact and its diffs readable.
const lines = [
  '{',
  `  "source": ${JSON.stringify(territory.source)},`,
  `  "region": ${JSON.stringify(territory.region)},`,
  `  "departements": ${JSON.stringify(deps)},`,
  '  "communes": [',
  list.map((c) => '    ' + JSON.stringify(c)).join(',\n'),
  '  ],',
  '  "qpv": [',
  qpv.map((q) => '    ' + JSON.stringify(q)).join(',\n'),
  '  ]',
  '}',
];
writeFileSync(new URL('data/territory.json', root), lines.join('\n') + '\n');
// The communes with a QPV entry, matched by name within the département (qpv.source.json is
// written by hand with names): machines/ reads this small file, not the 1,750 communes.
const RANK = { '2024': 0, 'likely-2024': 1, historical: 2 };
const qpvCommunes = [];
for (const entry of qpv) {
  const commune = list.find((c) => c.dep === entry.dep && c.name === entry.commune);
  if (!commune) throw new Error(`QPV ${entry.id}: no commune « ${entry.commune} » in ${entry.dep}`);
  let row = qpvCommunes.find((r) => r.code === commune.code);
  if (!row) qpvCommunes.push((row = { code: commune.code, name: commune.name, dep: commune.dep, status: entry.status, qpv: [] }));
  if (RANK[entry.status] < RANK[row.status]) row.status = entry.status;
  row.qpv.push(entry.id);
}
qpvCommunes.sort((a, b) => a.code.localeCompare(b.code));
writeFileSync(
  new URL('data/qpv-communes.json', root),
  ['{', '  "generatedBy": "scripts/build-territory.mjs from data/qpv.source.json",', '  "communes": [', qpvCommunes.map((c) => '    ' + JSON.stringify(c)).join(',\n'), '  ]', '}'].join('\n') + '\n',
);
console.log(`territory.json: ${deps.length} départements, ${list.length} communes, ${qpv.length} QPV`);
