/** data/catalogue-plugin.ts: the catalogue, parsed with data/schemas.ts at build time. */
declare module 'virtual:passerelle-catalogue' {
  const catalogue: import('./schemas').Catalogue;
  export default catalogue;
}
