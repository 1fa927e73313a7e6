/**
 * The date and time staff read beside a file (« 1 décembre 2026 à 14:05 »). Building an
 * `Intl.DateTimeFormat` loads the locale's data: about 110 ms on a slow tablet the first time,
 * which was most of the first click on « Accompagner une personne » (issue 15). One formatter is
 * made for the whole page, when the home screen is idle (`warmDateFormats`), not on that click.
 */
let staff: Intl.DateTimeFormat | undefined;

export function staffDateTime(): Intl.DateTimeFormat {
  staff ??= new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeStyle: 'short' });
  return staff;
}

export function warmDateFormats(): void {
  staffDateTime().format(0);
}
