import { describe, expect, it } from 'vitest';
import { fr } from '../../../src/messages/fr';
import { createTranslator, type Translator } from '../../../src/messages/i18n';
import { LANGUAGE_PACKS } from '../../../src/messages/languages';
import { formatDate, formatEuros } from '../../../src/features/plan/plan-text';
import { schemes } from '../../../data/plan-data';

/**
 * The plan writes its dates and euros without Intl (building the first Intl formatter of a page
 * is the slowest thing a plan opened from its QR code did, issue 15). They must read exactly as
 * Intl writes them in each language of the app, which is what the plan showed before.
 */
const INTL_LOCALES = { fr: 'fr-FR', en: 'en-GB', ar: 'ar-u-nu-latn' } as const;
type Lang = keyof typeof INTL_LOCALES;

async function translator(lang: Lang, mode: 'std' | 'falc' = 'std'): Promise<Translator> {
  if (lang === 'fr') return createTranslator(fr, mode, 'fr');
  const { messages, data } = await LANGUAGE_PACKS[lang]();
  return createTranslator(messages, mode, lang, data);
}

const isoDays = ['2026-12-01', '2025-01-31', '2024-02-29', '2027-03-09', '2030-04-15', '2026-05-01', '2026-06-30', '2026-07-14', '2026-08-15', '2026-09-22', '2026-10-05', '2026-11-11', '2099-12-31', '2000-01-01'];
const amounts = [0, 0.5, 7, 12.3, 224.68, 337, 492.22, 999.995, 1000, 1202.57, 1500, 1823.03, 12345.6, 1234567.89, ...schemes.flatMap((s) => s.pay.amounts.map((a) => a.eur))];

describe('the plan’s dates and amounts', () => {
  for (const lang of Object.keys(INTL_LOCALES) as Lang[]) {
    it(`read in ${lang} as Intl writes them`, async () => {
      const dates = new Intl.DateTimeFormat(INTL_LOCALES[lang], { dateStyle: 'long', timeZone: 'UTC' });
      const euros = new Intl.NumberFormat(INTL_LOCALES[lang], { style: 'currency', currency: 'EUR' });
      for (const mode of ['std', 'falc'] as const) {
        const t = await translator(lang, mode);
        expect(isoDays.map((iso) => formatDate(t, iso))).toEqual(isoDays.map((iso) => dates.format(new Date(`${iso}T00:00:00Z`))));
      }
      expect(amounts.map((eur) => formatEuros(lang, eur))).toEqual(amounts.map((eur) => euros.format(eur)));
    });
  }

  it('show anything that is not a day as it is', async () => {
    const t = await translator('fr');
    expect(['', '2026-13-01', '1er décembre', '2026-12-01T10:00'].map((iso) => formatDate(t, iso))).toEqual(['', '2026-13-01', '1er décembre', '2026-12-01T10:00']);
  });
});
