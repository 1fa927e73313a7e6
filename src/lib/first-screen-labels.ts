/**
 * Read at build time only (vite.config.ts): the reading switch's label in each language, in the
 * standard wording a plan from its QR code starts in, for the built page's second inline script
 * (first-screen.ts, `firstScreenPlacer`). Not imported by the app: it holds every language's
 * messages.
 */
import { LANGUAGES, type Lang } from '../messages/language-list';
import { home } from '../messages/fr/home';
import { en } from '../messages/en';
import { ar } from '../messages/ar';

const READING_SWITCH = 'settings.readingMode';
type Labels = Partial<Record<typeof READING_SWITCH, { std: string }>>;
const CATALOGUES: Record<Lang, Labels> = { fr: home, en, ar };

/** A label a language lacks is the French one, as the app's translator does. */
export function readingSwitchLabels(): Record<Lang, string> {
  const french = home[READING_SWITCH].std;
  return Object.fromEntries(LANGUAGES.map((l) => [l.id, CATALOGUES[l.id][READING_SWITCH]?.std ?? french])) as Record<Lang, string>;
}
