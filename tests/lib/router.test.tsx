import { Suspense, type ReactNode } from 'react';
import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { navigate, usePath } from '../../src/lib/router';
import { preloadable } from '../../src/lib/lazy-route';

/** A screen whose code arrives when the test says so, as a chunk from the service worker does. */
function laterScreen(text: string) {
  let arrive!: () => void;
  const arrived = new Promise<void>((resolve) => (arrive = resolve));
  const Screen = preloadable<{ default: () => ReactNode }, object>(() => arrived.then(() => ({ default: () => <h1>{text}</h1> })));
  return { Screen, arrive };
}

function Shell(props: { screens: Record<string, ReactNode> }) {
  const { path } = usePath();
  return <Suspense fallback={<p role="status">Chargement…</p>}>{props.screens[path] ?? <h1>Accueil</h1>}</Suspense>;
}

const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 20)));

describe('moving between screens (src/lib/router.ts)', () => {
  beforeEach(() => window.history.replaceState(null, '', '/#/'));
  afterEach(() => window.history.replaceState(null, '', '/#/'));

  it('keeps the screen on display, without « Chargement… », until the next screen’s code is in (issue 15)', async () => {
    const caseload = laterScreen('Les dossiers');
    render(<Shell screens={{ '/accompagner': <caseload.Screen /> }} />);
    expect(screen.getByRole('heading').textContent).toBe('Accueil');

    // A link: the browser changes the address, then fires hashchange.
    window.location.hash = '/accompagner';
    await settle();
    expect(screen.queryByText('Chargement…')).toBeNull();
    expect(screen.getByRole('heading').textContent).toBe('Accueil');

    await act(async () => caseload.arrive());
    await settle();
    expect(screen.getByRole('heading').textContent).toBe('Les dossiers');
    expect(screen.queryByText('Chargement…')).toBeNull();
  });

  it('takes a replaced screen down at once: nothing of it stays up while the next one loads', async () => {
    const start = laterScreen('Touchez l’écran');
    render(<Shell screens={{ '/borne': <start.Screen />, '/dossier': <h1>Dossier d’Awa</h1> }} />);
    await act(async () => navigate('/dossier'));
    await settle();
    expect(screen.getByRole('heading').textContent).toBe('Dossier d’Awa');

    // The kiosk's reset: the previous person's screen goes before the start screen is ready
    // (React keeps it in the page, hidden, until the fallback is replaced).
    act(() => navigate('/borne', { replace: true }));
    expect(screen.queryByRole('heading')).toBeNull();
    expect(screen.getByRole('status').textContent).toBe('Chargement…');

    await act(async () => start.arrive());
    await settle();
    expect(screen.getByRole('heading').textContent).toBe('Touchez l’écran');
  });

  it('follows Back to a screen already drawn', async () => {
    render(<Shell screens={{ '/a': <h1>Écran A</h1>, '/b': <h1>Écran B</h1> }} />);
    await act(async () => navigate('/a'));
    await settle();
    await act(async () => navigate('/b'));
    await settle();
    expect(screen.getByRole('heading').textContent).toBe('Écran B');
    await act(async () => window.history.back());
    await settle();
    expect(screen.getByRole('heading').textContent).toBe('Écran A');
  });
});
