/**
 * Business rules, as pure functions of the answers. Thresholds come from data/parcours.json
 * (brief §3: « 16–25 (29 with RQTH) without a qualification → jeune; else French below A2 →
 * allophone; else RSA/ASS, jobless 12 months or more, or difficulty reading and writing →
 * reprise; else → reconversion »). Guards in machines/setup.ts call these by name.
 */
import { thresholds, getTitre, qpvCommunes, type Scheme } from '../data';
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

/** A situation that rules the scheme out (the CEJ does not combine with the RSA). */
export const isSituationExcluded = (scheme: Scheme, a: Answers): boolean =>
  oneOf(a.situation, scheme.eligibility.situationsExcluded);

/** Age limits, with the RQTH upper age (apprenticeship: no limit) and the situations open at any age. */
export const isAgeEligible = (scheme: Scheme, a: Answers): boolean => {
  const age = ageOf(a);
  if (age === undefined) return true; // unknown age: the referent checks
  const { ageMin, ageMax, ageMaxWithRqth, situationsAnyAge } = scheme.eligibility;
  if (ageMin !== undefined && age < ageMin) return false;
  const max = hasRqth(a) && ageMaxWithRqth !== undefined ? ageMaxWithRqth : ageMax;
  if (max !== undefined && age > max) {
    return situationsAnyAge.length > 0 && oneOf(a.situation, situationsAnyAge);
  }
  return true;
};

/** A scheme is offered only when it has started and not ended on the plan date. */
export const isActiveOn = (scheme: Scheme, isoDate: string): boolean =>
  (scheme.endsOn === undefined || scheme.endsOn >= isoDate) &&
  (scheme.startsOn === undefined || scheme.startsOn <= isoDate);
