import { describe, expect, it } from 'vitest';
import { staffDateTime } from '../../src/lib/dates';

/**
 * Staff read a file's date as Intl writes it in French (« 1 décembre 2026 à 14:05 »); the app
 * writes it itself, so that no click waits for Intl to load its French data (issue 15).
 */
describe('the date and time beside a file', () => {
  it('reads as Intl writes it in French, for every month, day and hour, in the device’s time zone', () => {
    const intl = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeStyle: 'short' });
    const moments: Date[] = [];
    for (let month = 0; month < 12; month++) {
      for (const day of [1, 9, 10, 28]) moments.push(new Date(2026, month, day, month * 2, month * 5));
    }
    for (let hour = 0; hour < 24; hour++) moments.push(new Date(2025, 1, 28, hour, 59), new Date(2024, 1, 29, hour, 0));
    moments.push(new Date(0), new Date(2099, 11, 31, 23, 59), new Date(2000, 0, 1, 0, 1));
    const ours = staffDateTime();
    expect(moments.map((m) => ours.format(m.getTime()))).toEqual(moments.map((m) => intl.format(m)));
    expect(moments.map((m) => ours.format(m))).toEqual(moments.map((m) => intl.format(m)));
  });

  it('writes nothing for a date that is not one, where Intl would throw', () => {
    expect(staffDateTime().format(Number.NaN)).toBe('');
    expect(() => new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeStyle: 'short' }).format(Number.NaN)).toThrow();
  });
});
