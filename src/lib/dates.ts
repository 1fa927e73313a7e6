/**
 * The date and time staff read beside a file (« 1 décembre 2026 à 14:05 »), in the device's
 * time zone: what `Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeStyle: 'short' })`
 * writes, written here. Building the first Intl formatter of a page loads the locale's data:
 * about 100 ms on a slow tablet, which landed on the first click on « Accompagner une personne »,
 * or in the home screen's idle time just before it (issue 15).
 * `tests/lib/dates.test.ts` compares the two over every month and hour.
 */
// Staff screens are in French whatever the interface language, as Intl's fr-FR was. The plan's
// own month names (`date.month.*`) are translated messages, with the plan's words, which the
// caseload does not load.
const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

const twoDigits = (n: number) => String(n).padStart(2, '0');

export interface StaffDateFormat {
  format(date: number | Date): string;
}

const staff: StaffDateFormat = {
  format(date) {
    const d = new Date(date);
    if (Number.isNaN(d.getTime())) return '';
    return `${d.getDate()} ${MONTHS[d.getMonth()]} ${d.getFullYear()} à ${twoDigits(d.getHours())}:${twoDigits(d.getMinutes())}`;
  },
};

export function staffDateTime(): StaffDateFormat {
  return staff;
}
