import type { SettingsRepository } from '../db';

/** Where and as whom this device syncs. The structure passphrase is not kept: only the key
 * derived from it, as a non-extractable CryptoKey that IndexedDB stores as it is. */
export interface SyncConfig {
  /** The structure's database, e.g. https://sync.example.org/cs-bourges */
  url: string;
  deviceName: string;
  username: string;
  password: string;
  key: CryptoKey;
}

export const SETTING_SYNC = 'sync.config';
/** Ids of the files this device chose not to share when sync was turned on. */
export const SETTING_SYNC_EXCLUDED = 'sync.excluded';

/**
 * The sync server's origin is fixed when the app is built (VITE_SYNC_ORIGIN), because the
 * Content-Security-Policy's connect-src must name it. `scheme://host:*` allows any port of
 * that host (the browser tests' server takes a free port).
 */
export const SYNC_ORIGIN: string = (import.meta.env.VITE_SYNC_ORIGIN as string | undefined) ?? '';

export type AddressProblem = 'invalid' | 'insecure' | 'otherHost' | 'noDatabase' | 'notConfigured';

function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '127.0.0.1' || hostname === '[::1]';
}

/** Checks a database address against what this build may reach; undefined when it is fine. */
export function addressProblem(address: string, allowed: string = SYNC_ORIGIN): AddressProblem | undefined {
  if (!allowed) return 'notConfigured';
  let url: URL;
  try {
    url = new URL(address.trim());
  } catch {
    return 'invalid';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'invalid';
  if (url.protocol === 'http:' && !isLoopback(url.hostname)) return 'insecure';
  const anyPort = allowed.endsWith(':*');
  const allowedOrigin = anyPort ? allowed.slice(0, -2) : allowed;
  const origin = anyPort ? `${url.protocol}//${url.hostname}` : url.origin;
  if (origin !== allowedOrigin) return 'otherHost';
  // A reverse proxy may put CouchDB under a prefix; the last segment is the structure's database.
  if (!/^(\/[A-Za-z0-9._~-]+)*\/[a-z][a-z0-9_$()+-]*\/?$/.test(url.pathname)) return 'noDatabase';
  return undefined;
}

export async function loadSyncConfig(settings: SettingsRepository): Promise<SyncConfig | undefined> {
  return settings.get<SyncConfig>(SETTING_SYNC);
}
