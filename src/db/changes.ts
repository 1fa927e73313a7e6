/**
 * Tells the other tabs of this browser that a file was written or forgotten, so that a
 * mediator who opened the caseload twice never answers on a stale copy: the other tab reloads
 * the file and says it changed elsewhere. BroadcastChannel never delivers to its own sender.
 */
export interface FileChange {
  id: string;
  deleted?: true;
}

type Listener = (changes: FileChange[]) => void;

export const CHANGES_CHANNEL = 'passerelle.files';

export class ChangeChannel {
  private readonly channel: BroadcastChannel | null =
    typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANGES_CHANNEL) : null;
  private readonly listeners = new Set<Listener>();

  constructor() {
    this.channel?.addEventListener('message', (event: MessageEvent<unknown>) => {
      const changes = parseChanges(event.data);
      if (changes.length > 0) for (const listener of this.listeners) listener(changes);
    });
  }

  announce(changes: FileChange[]): void {
    this.channel?.postMessage(changes);
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

/** Another tab may run another release: keep only what has the expected shape. */
function parseChanges(data: unknown): FileChange[] {
  if (!Array.isArray(data)) return [];
  return data.flatMap((c: unknown) => {
    const id = (c as { id?: unknown } | null)?.id;
    if (typeof id !== 'string') return [];
    return [(c as { deleted?: unknown }).deleted === true ? { id, deleted: true as const } : { id }];
  });
}
