import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { MemoryRepository, ResilientRepository } from '../../src/db';
import { App } from '../../src/App';
import { renderWithApp } from '../support/render';

// A page that never goes idle: only the person's gesture can start the read-ahead here.
vi.mock('../../src/lib/idle', () => ({ whenIdle: () => undefined }));

describe('the home screen’s read-ahead', () => {
  it('starts when a finger touches « Accompagner une personne », before the page is idle', async () => {
    const memory = new MemoryRepository();
    let firstPageReads = 0;
    const newest = memory.residents.newest.bind(memory.residents);
    memory.residents.newest = (limit) => {
      firstPageReads++;
      return newest(limit);
    };
    renderWithApp(<App />, { repository: new ResilientRepository(memory, 'ok') });
    await new Promise((wait) => setTimeout(wait, 100));
    expect(firstPageReads).toBe(0);
    expect(performance.getEntriesByName('passerelle:preload')).toHaveLength(0);

    // A touch on the heading is not a choice of mode; one on a mode card is.
    fireEvent.pointerDown(screen.getByRole('heading', { level: 1 }));
    await new Promise((wait) => setTimeout(wait, 50));
    expect(firstPageReads).toBe(0);
    fireEvent.pointerDown(screen.getByRole('link', { name: /Accompagner une personne/ }));
    await waitFor(() => expect(firstPageReads).toBe(1), { timeout: 5000 });
    expect(performance.getEntriesByName('passerelle:preload')).toHaveLength(1);
  });
});
