/**
 * The part of the catalogue that only a plan needs: the schemes, the structures and the
 * deploying organisation's own addresses. Parsed at build time like data/index.ts, it is a
 * module of its own so that a question does not load it (issue 15).
 */
import catalogue from 'virtual:passerelle-catalogue-plan';
import { indexById } from './index';
import type { Scheme, StructureType } from './schemas';

export const schemes = catalogue.schemes;
export const structures = catalogue.structures;
export const structureTypes = structures.types;
export const structureSites = structures.sites;
export const localDirectory = catalogue.localDirectory;

const schemeById = indexById(schemes);
const structureTypeById = indexById(structureTypes);

export const getScheme = (id: string): Scheme | undefined => schemeById.get(id);
export const getStructureType = (id: string): StructureType | undefined => structureTypeById.get(id);
