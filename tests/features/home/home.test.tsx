import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../../src/App';
import { renderWithApp } from '../../support/render';

describe('the home screen', () => {
  it('names the three ways to use Passerelle as links to their screens', () => {
    renderWithApp(<App />);
    expect(screen.getByRole('heading', { level: 1 })).toHaveProperty('textContent', 'Passerelle, votre chemin vers une formation et un emploi');
    expect(screen.getByRole('link', { name: /Accompagner une personne/ }).getAttribute('href')).toBe('#/accompagner');
    expect(screen.getByRole('link', { name: /Animer un atelier/ }).getAttribute('href')).toBe('#/atelier');
    expect(screen.getByRole('link', { name: /Borne en libre-service/ }).getAttribute('href')).toBe('#/borne');
  });

  it('switches to easy-read wording and keeps the choice in the settings', async () => {
    const { repository } = renderWithApp(<App />);
    await userEvent.click(screen.getByRole('button', { name: 'Lecture facile' }));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Passerelle : votre chemin vers un métier');
    expect(await repository.settings.get('readingMode')).toBe('falc');
  });

  it('puts focus on the heading on arrival', () => {
    renderWithApp(<App />);
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1 }));
  });
});
