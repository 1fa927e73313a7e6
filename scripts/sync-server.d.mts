export const SYNC_ADMIN: { username: string; password: string };
export function startSyncServer(): Promise<{ origin: string; stop(): void }>;
export function createStructure(origin: string, database: string, devices: { username: string; password: string }[]): Promise<string>;
export function serverDocuments(origin: string, database: string): Promise<Array<Record<string, unknown> & { _id: string; _rev: string }>>;
