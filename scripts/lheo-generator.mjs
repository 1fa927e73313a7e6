// Writes LHÉO 2.3 XML (lheo > offres > formation > action > session), as the Carif-Oref
// exports do: for the test fixture (scripts/make-lheo-fixture.mjs) and for the benchmark's
// generated 200 MB file (never committed).

const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** One <adresse>; `place` = { ville, codepostal, departement, insee, region }. */
function adresse(place, ligne) {
  return [
    '<adresse>',
    ligne ? `<ligne>${esc(ligne)}</ligne>` : '',
    `<codepostal>${place.codepostal}</codepostal>`,
    `<ville>${esc(place.ville)}</ville>`,
    `<departement>${place.departement}</departement>`,
    place.insee ? `<code-INSEE-commune>${place.insee}</code-INSEE-commune>` : '',
    `<region>${place.region}</region>`,
    '<pays>FR</pays>',
    '</adresse>',
  ].join('');
}

/**
 * `formation` = { numero, intitule, rncp?, formacodes: [], contact: { tel, courriel, web },
 *   organisme: { nom, place }, actions: [{ numero, rythme, place, financeurs: [], url?,
 *   sessions: [{ numero, debut, fin, etat? }] }] }
 */
export function formationXml(f) {
  const actions = f.actions
    .map((a) =>
      [
        `<action numero="${esc(a.numero)}" datemaj="20261115" datecrea="20260901">`,
        `<rythme-formation>${esc(a.rythme)}</rythme-formation>`,
        '<code-public-vise ref="V12">15041</code-public-vise>',
        '<niveau-entree-obligatoire>0</niveau-entree-obligatoire>',
        '<modalites-alternance>Stage en entreprise de 4 semaines</modalites-alternance>',
        '<modalites-enseignement>0</modalites-enseignement>',
        '<conditions-specifiques>Entretien et tests de positionnement</conditions-specifiques>',
        '<prise-en-charge-frais-possible>1</prise-en-charge-frais-possible>',
        `<lieu-de-formation><coordonnees><nom>${esc(f.organisme.nom)}</nom>${adresse(a.place, a.ligne ?? '12 rue des Écoles')}<telfixe><numtel>${esc(f.contact.tel)}</numtel></telfixe></coordonnees></lieu-de-formation>`,
        '<modalites-entrees-sorties>0</modalites-entrees-sorties>',
        a.url ? `<url-action><urlweb>${esc(a.url)}</urlweb></url-action>` : '',
        ...a.sessions.map((s) =>
          [
            `<session numero="${esc(s.numero)}">`,
            `<periode><debut>${s.debut}</debut><fin>${s.fin}</fin></periode>`,
            `<adresse-inscription>${adresse(a.place)}</adresse-inscription>`,
            s.etat ? `<etat-recrutement>${s.etat}</etat-recrutement>` : '',
            '</session>',
          ].join(''),
        ),
        '<nombre-heures-centre>600</nombre-heures-centre>',
        '<nombre-heures-entreprise>140</nombre-heures-entreprise>',
        ...a.financeurs.map((c) => `<organisme-financeur><code-financeur>${c}</code-financeur><nb-places-financees>12</nb-places-financees></organisme-financeur>`),
        '</action>',
      ].join('\n'),
    )
    .join('\n');
  return [
    `<formation numero="${esc(f.numero)}" datemaj="20261115" datecrea="20260901">`,
    `<domaine-formation>${f.formacodes.map((c) => `<code-FORMACODE ref="V12">${c}</code-FORMACODE>`).join('')}</domaine-formation>`,
    `<intitule-formation>${esc(f.intitule)}</intitule-formation>`,
    '<objectif-formation>Acquérir les compétences du métier et se présenter à la certification.</objectif-formation>',
    '<resultats-attendus>Certification visée.</resultats-attendus>',
    '<contenu-formation>Modules du référentiel, période en entreprise, préparation à l’examen.</contenu-formation>',
    `<certifiante>${f.rncp ? 1 : 0}</certifiante>`,
    `<contact-formation><coordonnees><telfixe><numtel>${esc(f.contact.tel)}</numtel></telfixe><courriel>${esc(f.contact.courriel)}</courriel><web><urlweb>${esc(f.contact.web)}</urlweb></web></coordonnees></contact-formation>`,
    '<parcours-de-formation>1</parcours-de-formation>',
    '<code-niveau-entree>0</code-niveau-entree>',
    f.rncp ? `<certification><code-RNCP>${esc(f.rncp)}</code-RNCP></certification>` : '',
    actions,
    '<organisme-formation-responsable>',
    '<numero-activite>24450000045</numero-activite>',
    '<SIRET-organisme-formation><SIRET>12345678900012</SIRET></SIRET-organisme-formation>',
    `<nom-organisme>${esc(f.organisme.nom)}</nom-organisme>`,
    `<raison-sociale>${esc(f.organisme.nom)}</raison-sociale>`,
    `<coordonnees-organisme><coordonnees>${adresse(f.organisme.place, '1 avenue de la Gare')}</coordonnees></coordonnees-organisme>`,
    `<contact-organisme><coordonnees><telfixe><numtel>${esc(f.contact.tel)}</numtel></telfixe></coordonnees></contact-organisme>`,
    '</organisme-formation-responsable>',
    '</formation>',
  ].join('\n');
}

export const HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n<lheo xmlns="http://www.lheo.org/2.2">\n<offres>\n';
export const TAIL = '\n</offres>\n</lheo>\n';
