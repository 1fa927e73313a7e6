/** The communes of Centre-Val de Loire and the QPV entries, kept out of data/index.ts (size). */
import territoryJson from './territory.json';
import { TerritorySchema } from './schemas';

export const territory = TerritorySchema.parse(territoryJson);
