// Writes tests/fixtures/lheo/offre-centre-val-de-loire.xml: a realistic LHÉO 2.3 export of the
// Region's offer, written for the tests (organismes, addresses and phone numbers are invented).
// 36 formations across the six départements and two outside the region; sessions past, to come,
// of unknown date and closed; titres with an RNCP code (both spellings) and without.
// Future sessions are dated 2029–2030 so the tests keep passing for a few years; the unit
// tests also read the file with an earlier `today`.
// Usage: node scripts/make-lheo-fixture.mjs
import { writeFileSync } from 'node:fs';
import { HEAD, TAIL, formationXml } from './lheo-generator.mjs';

const P = {
  orleans: { ville: 'Orléans', codepostal: '45000', departement: '45', insee: '45234', region: '24' },
  montargis: { ville: 'Montargis', codepostal: '45200', departement: '45', insee: '45208', region: '24' },
  fleury: { ville: 'Fleury-les-Aubrais', codepostal: '45400', departement: '45', insee: '45147', region: '24' },
  gien: { ville: 'Gien', codepostal: '45500', departement: '45', insee: '45155', region: '24' },
  tours: { ville: 'Tours', codepostal: '37000', departement: '37', insee: '37261', region: '24' },
  joue: { ville: 'Joué-lès-Tours', codepostal: '37300', departement: '37', insee: '37122', region: '24' },
  amboise: { ville: 'Amboise', codepostal: '37400', departement: '37', insee: '37003', region: '24' },
  bourges: { ville: 'Bourges', codepostal: '18000', departement: '18', insee: '18033', region: '24' },
  vierzon: { ville: 'Vierzon', codepostal: '18100', departement: '18', insee: '18279', region: '24' },
  chartres: { ville: 'Chartres', codepostal: '28000', departement: '28', insee: '28085', region: '24' },
  dreux: { ville: 'Dreux', codepostal: '28100', departement: '28', insee: '28134', region: '24' },
  chateauroux: { ville: 'Châteauroux', codepostal: '36000', departement: '36', insee: '36044', region: '24' },
  issoudun: { ville: 'Issoudun', codepostal: '36100', departement: '36', insee: '36088', region: '24' },
  blois: { ville: 'Blois', codepostal: '41000', departement: '41', insee: '41018', region: '24' },
  vendome: { ville: 'Vendôme', codepostal: '41100', departement: '41', insee: '41269', region: '24' },
  romorantin: { ville: 'Romorantin-Lanthenay', codepostal: '41200', departement: '41', insee: '41194', region: '24' },
  paris: { ville: 'Paris', codepostal: '75011', departement: '75', insee: '75111', region: '11' },
  lemans: { ville: 'Le Mans', codepostal: '72000', departement: '72', insee: '72181', region: '52' },
};

const ORGS = [
  ['AFPA Centre-Val de Loire', 'orleans'],
  ['GRETA Loiret', 'orleans'],
  ['GRETA Val de Loire', 'tours'],
  ['GRETA Berry', 'bourges'],
  ['GRETA Eure-et-Loir', 'chartres'],
  ['Forma Centre Indre', 'chateauroux'],
  ['Institut de formation du Loir-et-Cher', 'blois'],
  ['CFPPA Transport Centre', 'fleury'],
];

// [intitulé, RNCP (as written in the file), formacodes]
const TITLES = [
  ['Titre professionnel Assistant de vie aux familles', '37715', ['44055']],
  ['Titre professionnel Employé polyvalent en restauration', 'RNCP38663', ['42752']],
  ['Titre professionnel Serveur en restauration', '39534', ['42776']],
  ['Titre professionnel Conducteur du transport routier de marchandises sur tous véhicules', 'RNCP39795', ['31812']],
  ['Titre professionnel Conducteur de transport en commun sur route', '37878', ['31829']],
  ['Titre professionnel Médiateur social accès aux droits et services', 'RNCP36241', ['44092']],
  ['Titre professionnel Agent de propreté et d\'hygiène', '', ['42811']],
  ['Titre professionnel Cariste d\'entrepôt', '', ['31854']],
  ['Remise à niveau et savoirs de base', '', ['15040']],
  ['Français langue étrangère à visée professionnelle', '', ['15235']],
];

const formations = [];
let n = 0;
const add = (title, org, actions) => {
  const [intitule, rncp, formacodes] = TITLES[title];
  const [nom, home] = ORGS[org];
  n++;
  formations.push({
    numero: `F${String(n).padStart(4, '0')}`,
    intitule,
    rncp,
    formacodes,
    contact: { tel: `02 ${38 + (n % 10)} ${String(10 + n).slice(-2)} 00 ${String(n).padStart(2, '0')}`, courriel: `contact${n}@formation-exemple.fr`, web: `https://formation-exemple.fr/offre/${n}` },
    organisme: { nom, place: P[home] },
    actions: actions.map(([place, rythme, financeurs, sessions], i) => ({
      numero: `F${n}-A${i + 1}`,
      rythme,
      place: P[place],
      financeurs,
      sessions: sessions.map(([debut, fin, etat], j) => ({ numero: `F${n}-A${i + 1}-S${j + 1}`, debut, fin, ...(etat ? { etat } : {}) })),
    })),
  });
};

const PLEIN = 'Temps plein';
const PARTIEL = 'Temps partiel, 3 jours par semaine';
// ADVF: the browser test's resident lives in Orléans (45234).
add(0, 0, [['orleans', PLEIN, ['2'], [['20290302', '20290928'], ['20250901', '20260315']]]]); // next in Orléans + one started
add(0, 1, [['montargis', PLEIN, ['2', '4'], [['20290115', '20290710']]]]);
add(0, 2, [['tours', PARTIEL, ['2'], [['20290108', '20290920']]]]);
add(0, 3, [['bourges', PLEIN, ['4'], [['20290405', '20291030'], ['00000000', '00000000']]]]);
add(0, 4, [['chartres', PLEIN, ['2'], [['20290601', '20291201', '2']]]]); // closed
add(0, 0, [['paris', PLEIN, ['2'], [['20290110', '20290701']]]]); // outside the region
// EPR, Serveur
add(1, 0, [['orleans', PLEIN, ['2'], [['20291005', '20300215']]], ['gien', PLEIN, ['2'], [['20290920', '20300130']]]]);
add(1, 2, [['joue', PLEIN, ['2'], [['20290315', '20290715']]]]);
add(1, 6, [['blois', PARTIEL, ['15'], [['20250110', '20250601']]]]); // past
add(2, 5, [['chateauroux', PLEIN, ['2'], [['20290201', '20290630']]]]);
add(2, 6, [['vendome', PLEIN, ['2'], [['20290902', '20300201']]]]);
add(2, 2, [['amboise', PLEIN, ['2'], [['20300106', '20300520']]]]);
// transport
add(3, 7, [['fleury', PLEIN, ['2', '4'], [['20290107', '20290503'], ['20290902', '20300131']]]]);
add(3, 4, [['dreux', PLEIN, ['4'], [['20290211', '20290628']]]]);
add(3, 3, [['vierzon', PLEIN, ['2'], [['20290506', '20290927']]]]);
add(4, 7, [['orleans', PLEIN, ['2'], [['20290304', '20290712']]]]);
add(4, 2, [['tours', PLEIN, ['2'], [['20291104', '20300322']]]]);
add(4, 7, [['lemans', PLEIN, ['2'], [['20290204', '20290601']]]]); // outside the region
// médiateur social
add(5, 1, [['orleans', PARTIEL, ['2'], [['20290917', '20300630']]]]);
add(5, 2, [['tours', PLEIN, ['2'], [['20291001', '20300531']]]]);
add(5, 3, [['bourges', PLEIN, ['11'], [['20250303', '20251215']]]]); // past
// without an RNCP code in the file: matched by title only
add(6, 0, [['orleans', PLEIN, ['2'], [['20290510', '20290830']]]]);
add(6, 5, [['issoudun', PLEIN, ['2'], [['20290118', '20290412']]]]);
add(6, 6, [['romorantin', PARTIEL, ['2'], [['20290925', '20291220']]]]);
add(7, 7, [['fleury', PLEIN, ['4'], [['20290121', '20290301']]]]);
add(7, 4, [['chartres', PLEIN, ['4'], [['20290415', '20290531']]]]);
add(7, 3, [['vierzon', PLEIN, ['2'], [['20250512', '20250620']]]]); // past
// no titre
add(8, 1, [['orleans', PARTIEL, ['2'], [['20290107', '20290405']]], ['montargis', PARTIEL, ['2'], [['20290204', '20290503']]]]);
add(8, 2, [['tours', PARTIEL, ['2'], [['20290114', '20290412']]]]);
add(8, 3, [['bourges', PARTIEL, ['2'], [['20290121', '20290419']]]]);
add(8, 4, [['dreux', PARTIEL, ['2'], [['20290128', '20290426']]]]);
add(8, 5, [['chateauroux', PARTIEL, ['2'], [['20290204', '20290503']]]]);
add(8, 6, [['blois', PARTIEL, ['2'], [['20290211', '20290510']]]]);
add(9, 1, [['fleury', PARTIEL, ['2'], [['20290301', '20290628']]]]);
add(9, 2, [['joue', PARTIEL, ['3'], [['20290308', '20290705']]]]);
add(9, 6, [['vendome', PARTIEL, ['2'], [['20290100', '20290600']]]]); // month only

const xml = HEAD + formations.map(formationXml).join('\n') + TAIL;
writeFileSync(new URL('../tests/fixtures/lheo/offre-centre-val-de-loire.xml', import.meta.url), xml);
console.log(`${formations.length} formations, ${formations.reduce((s, f) => s + f.actions.reduce((t, a) => t + a.sessions.length, 0), 0)} sessions, ${xml.length} characters`);

// Hostile files: each must be refused with its own French message, the previous import kept.
const dir = new URL('../tests/fixtures/lheo/', import.meta.url);
const laughs = ['<!ENTITY lol0 "lol">', ...Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`)].join('\n');
writeFileSync(new URL('hostile-billion-laughs.xml', dir), `<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE lheo [\n${laughs}\n]>\n<lheo xmlns="http://www.lheo.org/2.2"><offres><formation><intitule-formation>&lol9;</intitule-formation></formation></offres></lheo>\n`);
writeFileSync(new URL('hostile-external-entity.xml', dir), `<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE lheo [<!ENTITY xxe SYSTEM "http://127.0.0.1:9/secret">]>\n<lheo xmlns="http://www.lheo.org/2.2"><offres><formation><intitule-formation>&xxe;</intitule-formation></formation></offres></lheo>\n`);
writeFileSync(new URL('hostile-truncated.xml', dir), xml.slice(0, Math.floor(xml.length * 0.6)));
writeFileSync(new URL('hostile-wrong-root.xml', dir), '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>Actualités</title></channel></rss>\n');
const good = Buffer.from(HEAD + formationXml(formations[0]) + TAIL, 'utf8');
const at = good.indexOf(Buffer.from('Assistant'));
writeFileSync(new URL('hostile-invalid-utf8.xml', dir), Buffer.concat([good.subarray(0, at), Buffer.from([0xc3, 0x28, 0xff]), good.subarray(at)]));
