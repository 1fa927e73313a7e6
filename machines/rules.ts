/**
 * Business rules, as pure functions of the answers. Thresholds come from data/parcours.json
 * (brief §3: « 16–25 (29 with RQTH) without a qualification → jeune; else French below A2 →
 * allophone; else RSA/ASS, jobless 12 months or more, or difficulty reading and writing →
 * reprise; else → reconversion »). Guards in machines/setup.ts call these by name.
 */
import { thresholds, getTitre, qpvCommunes, type Eligibility, type RuleName, type Scheme, type StructureType } from '../data';
import { UNKNOWN, type AnswerValue, type Answers } from './types';

export const asString = (v: AnswerValue | undefined): string | undefined =>
  typeof v === 'string' ? v : undefined;
export const asList = (v: AnswerValue | undefined): string[] =>
  Array.isArray(v) ? v : typeof v === 'string' && v !== UNKNOWN ? [v] : [];
export const ageOf = (a: Answers): number | undefined =>
  typeof a.age === 'number' ? a.age : undefined;
const oneOf = (v: AnswerValue | undefined, list: readonly string[]) => {
  const s = asString(v);
  return s !== undefined && list.includes(s);
};

export const hasRqth = (a: Answers) => a.rqth === 'oui';

/** The six départements of Centre-Val de Loire: the commune is asked only there. */
const REGION_DEPARTEMENTS = ['18', '28', '36', '37', '41', '45'];
export const livesInRegionDepartement = (a: Answers) => oneOf(a.departement, REGION_DEPARTEMENTS);

/** The INSEE code of the person's commune, when they gave it (never a street address). */
export const communeOf = (a: Answers): string | undefined => {
  const code = asString(a.commune);
  return code !== undefined && code !== UNKNOWN ? code : undefined;
};

/**
 * Whether the person's commune has a quartier prioritaire (QPV) confirmed in the 2024 map
 * (territory.json, status 2024 or likely-2024): true, false, or undefined when the commune is
 * not known. It says the commune has one, not that the person lives in it: schemes reserved
 * to QPV residents (adultes-relais) still need the referent to check the address.
 */
export const livesInQpvCommune = (a: Answers): boolean | undefined => {
  const code = communeOf(a);
  if (code === undefined) return undefined;
  const row = qpvCommunes.find((c) => c.code === code);
  if (row === undefined) return false;
  // only older QPV names were seen for this commune: not confirmed either way
  return row.status === 'historical' ? undefined : true;
};

/** Upper youth age: 25, or 29 with a RQTH. */
export const youthAgeMax = (a: Answers) =>
  hasRqth(a) ? thresholds.youth.ageMaxWithRqth : thresholds.youth.ageMax;

export const isInYouthAgeRange = (a: Answers) => {
  const age = ageOf(a);
  return age !== undefined && age >= thresholds.youth.ageMin && age <= youthAgeMax(a);
};

export const isUnderYouthAge = (a: Answers) => {
  const age = ageOf(a);
  return age !== undefined && age < thresholds.youth.ageMin;
};

/** No diploma, or does not know (the Mission locale checks it with the young person). */
export const hasNoQualification = (a: Answers) =>
  oneOf(a.diplome, thresholds.noQualification) || a.diplome === UNKNOWN || a.diplome === undefined;

export const isYoungWithoutQualification = (a: Answers) => isInYouthAgeRange(a) && hasNoQualification(a);
export const hasFrenchBelowA2 = (a: Answers) => oneOf(a.francais, thresholds.frenchBelowA2);
export const isOnMinimumIncome = (a: Answers) => oneOf(a.situation, thresholds.minimumIncome);
/** RSA is followed by the Département (with France Travail since 2025); ASS is paid by France Travail. */
export const isOnRsa = (a: Answers) => a.situation === 'rsa';
export const isLongTermJobless = (a: Answers) => oneOf(a.sansEmploiDepuis, thresholds.longTermJobless);
export const hasWritingDifficulty = (a: Answers) => oneOf(a.ecrit, thresholds.writingDifficulty);
export const isFarFromEmployment = (a: Answers) =>
  isOnMinimumIncome(a) || isLongTermJobless(a) || hasWritingDifficulty(a);
export const isNotJobless = (a: Answers) => oneOf(a.situation, thresholds.notJobless);

// --- inside a parcours -------------------------------------------------------------------

export const basicSkillNeeds = (a: Answers) => asList(a.besoinsSavoirs).filter((v) => v !== 'aucun');
/** Needs basic skills when a need is named, or when the person does not know (a positioning test says). */
export const needsBasicSkills = (a: Answers) =>
  basicSkillNeeds(a).length > 0 || a.besoinsSavoirs === UNKNOWN;
export const knowsTargetJob = (a: Answers) => a.projetConnu === 'oui';
export const chosenTitre = (a: Answers) => {
  const id = asString(a.titreVise);
  return id && id !== UNKNOWN ? getTitre(id) : undefined;
};
export const hasChosenSector = (a: Answers) => typeof a.secteur === 'string' && a.secteur !== UNKNOWN;
export const hasChosenTitre = (a: Answers) => chosenTitre(a) !== undefined;
export const hasVaeExperience = (a: Answers) =>
  hasChosenTitre(a) && oneOf(a.experience, thresholds.vaeExperience);
export const learnsWhileWorking = (a: Answers) => a.modeFormation === 'en-travaillant';
export const learnsInCentre = (a: Answers) => a.modeFormation === 'centre';
export const isSingleUnitTitre = (a: Answers) => chosenTitre(a)?.singleUnit === true;
export const acquiredCcp = (a: Answers) => asList(a.ccpAcquis).filter((v) => v !== 'aucun');
export const hasPartialTitre = (a: Answers) => acquiredCcp(a).length > 0;
export const freinsOf = (a: Answers) => asList(a.freins).filter((v) => v !== 'aucun');
export const hasNoFreins = (a: Answers) => freinsOf(a).length === 0 && a.freins !== UNKNOWN;

/** CCP blocks left to obtain, in the titre's order; 'manquants' when the blocks are not in the catalogue. */
export const missingCcp = (a: Answers): string[] => {
  const titre = chosenTitre(a);
  const acquired = acquiredCcp(a);
  if (!titre || acquired.length === 0) return [];
  if (titre.ccp.length === 0) return ['manquants'];
  return titre.ccp.map((c) => c.id).filter((id) => !acquired.includes(id));
};

export const hasForeignDiploma = (a: Answers) => a.diplome === 'etranger';

/** The rules data/ may name (RuleNameSchema): one implementation each. */
export const RULES: Record<RuleName, (a: Answers) => boolean> = {
  hasRqth,
  isOnRsa,
  learnsInCentre,
  learnsWhileWorking,
  hasForeignDiploma,
};

/**
 * Facts derived from the answers that eligibility rules may require beside the answers
 * themselves (`requires: { habiteQpv: ['oui'] }`).
 *
 * `habiteQpv` is only ever derived as 'non': a commune without any QPV rules it out, but a
 * commune with one says nothing about the person's street, so it stays unknown (and unknown
 * never excludes: the referent checks the address).
 */
export const factsOf = (a: Answers): Answers =>
  livesInQpvCommune(a) === false && a.habiteQpv === undefined ? { ...a, habiteQpv: 'non' } : a;

/**
 * Who a scheme or a structure accepts (data/schemas.ts EligibilitySchema): age limits (the
 * RQTH upper age; situations open at any age), situations excluded, answers required. What the
 * person does not know never excludes: the referent checks it.
 */
export const isEligible = (e: Eligibility, a: Answers): boolean => {
  const age = ageOf(a);
  if (age !== undefined) {
    if (e.ageMin !== undefined && age < e.ageMin) return false;
    const max = hasRqth(a) && e.ageMaxWithRqth !== undefined ? e.ageMaxWithRqth : e.ageMax;
    if (max !== undefined && age > max && !oneOf(a.situation, e.situationsAnyAge)) return false;
  }
  if (oneOf(a.situation, e.situationsExcluded)) return false;
  const facts = factsOf(a);
  for (const [question, accepted] of Object.entries(e.requires)) {
    const value = facts[question];
    const given = asList(value);
    if (value === undefined || value === UNKNOWN || given.length === 0) continue;
    if (!given.some((v) => accepted.includes(v))) return false;
  }
  return true;
};

export const isSchemeEligible = (scheme: Scheme, a: Answers) => isEligible(scheme.eligibility, a);
export const isStructureEligible = (structure: StructureType, a: Answers) => isEligible(structure.eligibility, a);

/** A scheme is offered only when it has started and not ended on the plan date. */
export const isActiveOn = (scheme: Scheme, isoDate: string): boolean =>
  (scheme.endsOn === undefined || scheme.endsOn >= isoDate) &&
  (scheme.startsOn === undefined || scheme.startsOn <= isoDate);
