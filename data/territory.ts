/** The communes of Centre-Val de Loire and the QPV entries, kept out of data/index.ts (size),
 * parsed at build time as the catalogue is (data/catalogue-plugin.ts). */
import territory from 'virtual:passerelle-territory';

export { territory };
