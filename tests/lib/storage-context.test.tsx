import { describe, expect, it } from 'vitest';
import { Suspense, startTransition, useId, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { StorageLoader, StorageProvider, useRepository } from '../../src/lib/storage-context';
import type { ResilientRepository } from '../../src/db';

/** A screen that reads the storage and then uses hooks of its own, like the kiosk's routes. */
function Screen() {
  const repository = useRepository();
  const id = useId();
  const [count] = useState(1);
  return (
    <p id={id}>
      {(repository as unknown as { name: string }).name} {count}
    </p>
  );
}

function app(loader: StorageLoader) {
  return (
    <StorageProvider loader={loader}>
      <Suspense fallback={<p>Chargement…</p>}>
        <Screen />
      </Suspense>
    </StorageProvider>
  );
}

async function until(check: () => boolean) {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((wait) => setTimeout(wait, 5));
}

describe('the storage, opened when a screen first needs it', () => {
  it('lets a screen that was waiting for it render with its own hooks, without an error React must recover from', async () => {
    const repository = { name: 'stockage' } as unknown as ResilientRepository;
    // Opens in a microtask, while React is still in the middle of its concurrent render: React
    // then replays the waiting screen instead of starting it again (where #520 came from).
    const loader = new StorageLoader(() => Promise.resolve().then(() => repository));
    const recovered: unknown[] = [];
    const container = document.createElement('div');
    document.body.append(container);
    const root = createRoot(container, { onRecoverableError: (error) => recovered.push(error), onUncaughtError: (error) => recovered.push(error) });
    startTransition(() => root.render(app(loader)));
    await until(() => container.textContent === 'stockage 1');
    expect(container.textContent).toBe('stockage 1');
    expect(recovered).toEqual([]);
    root.unmount();
    container.remove();
  });

  it('renders at once, without waiting, once the storage is open', async () => {
    const repository = { name: 'ouvert' } as unknown as ResilientRepository;
    const loader = StorageLoader.of(repository);
    const container = document.createElement('div');
    const root = createRoot(container);
    const { flushSync } = await import('react-dom');
    flushSync(() => root.render(app(loader)));
    expect(container.textContent).toBe('ouvert 1');
    root.unmount();
  });
});
