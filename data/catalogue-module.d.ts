/** data/catalogue-plugin.ts: the catalogue and the territory, parsed with data/schemas.ts at build time. */
declare module 'virtual:passerelle-catalogue' {
  const catalogue: import('./schemas').JourneyCatalogue;
  export default catalogue;
}

declare module 'virtual:passerelle-catalogue-plan' {
  const catalogue: import('./schemas').PlanCatalogue;
  export default catalogue;
}

declare module 'virtual:passerelle-territory' {
  const territory: import('./schemas').Territory;
  export default territory;
}
