/** data/catalogue-plugin.ts: the catalogue and the territory, parsed with data/schemas.ts at build time. */
declare module 'virtual:passerelle-catalogue' {
  const catalogue: import('./schemas').Catalogue;
  export default catalogue;
}

declare module 'virtual:passerelle-territory' {
  const territory: import('./schemas').Territory;
  export default territory;
}
