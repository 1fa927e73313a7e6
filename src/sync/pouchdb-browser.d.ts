// PouchDB ships no types; the part used is typed in ./pouch.ts.
declare module 'pouchdb-browser' {
  const PouchDB: unknown;
  export default PouchDB;
}
