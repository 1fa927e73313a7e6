import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { baseURL, deName, expectNoAxeViolations, listDatabases, openSession, printToPdf, type Session } from './harness';

let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

/** The text of each page of a PDF, read back with pdf.js. */
async function pdfPages(pdf: Buffer): Promise<string[]> {
  const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' ').replace(/\s+/g, ' ').trim());
  }
  await doc.destroy();
  return pages;
}

/** Everything the page keeps: every row of every IndexedDB store, and both Web Storage areas. */
async function everythingStored(page: Page): Promise<string> {
  const databases = await listDatabases(page);
  const rows = await page.evaluate(async (names) => {
    const out: unknown[] = [];
    for (const name of names) {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const r = indexedDB.open(name);
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
      for (const store of Array.from(db.objectStoreNames)) {
        out.push(
          await new Promise((resolve, reject) => {
            const all = db.transaction(store, 'readonly').objectStore(store).getAll();
            all.onsuccess = () => resolve({ name, store, rows: all.result });
            all.onerror = () => reject(all.error);
          }),
        );
      }
      db.close();
    }
    const web = [localStorage, sessionStorage].map((s) => Object.fromEntries(Array.from({ length: s.length }, (_, i) => [s.key(i), s.getItem(s.key(i)!)])));
    return JSON.stringify({ out, web });
  }, databases);
  return rows;
}

const GROUP = ['Awa', 'Bilal', 'Chloé', 'Dario', 'Emma', 'Farid', 'Gaëlle', 'Hugo', 'Inès', 'Jules', 'Kenza', 'Léo'];

describe('the workshop on paper', { timeout: 180_000 }, () => {
  it('prints the group’s 12 plans in one go, each starting on a new page with its own QR code, and forgets them on leaving', async () => {
    session = await openSession({ viewport: { width: 1280, height: 720 } });
    const { page } = session;
    await page.goto(`${baseURL()}#/atelier/groupe`);
    await page.getByRole('heading', { level: 1, name: 'Les plans du groupe' }).waitFor();
    const situations = ['rsa', 'demandeur-emploi', 'emploi'];
    for (const [i, label] of GROUP.entries()) {
      await page.getByLabel('Prénom ou numéro').fill(label);
      await page.getByLabel('Votre âge ?').fill(String(18 + i * 3));
      await page.getByLabel('Que faites-vous en ce moment ?').selectOption(situations[i % 3]!);
      if (i % 4 === 1) await page.getByLabel('Vous parlez français ?').selectOption('debutant');
      await page.getByRole('button', { name: 'Ajouter', exact: true }).click();
      await page.getByText(`${label} : plan prêt.`).waitFor();
    }
    await page.getByRole('heading', { name: 'Le groupe : 12' }).waitFor();
    await expectNoAxeViolations(page, 'the group with 12 plans');
    // nothing of the group is stored while the workshop runs
    const during = await everythingStored(page);
    for (const label of GROUP) expect(during).not.toContain(label);

    await page.waitForFunction(() => document.querySelectorAll('.ws-batch__sheet img.plan-qr__image').length === 12);
    // each sheet carries the QR code of its own plan: plans of different parcours never share one
    const sheets = await page.locator('.ws-batch__sheet').evaluateAll((all) =>
      all.map((s) => ({ label: s.getAttribute('data-participant'), url: s.querySelector('img.plan-qr__image')?.getAttribute('data-share-url') })),
    );
    expect(sheets.map((s) => s.label)).toEqual(GROUP);
    const parcoursOf = await page.locator('.ws-batch__list li').evaluateAll((items) => items.map((li) => li.getAttribute('data-parcours') ?? ''));
    for (let a = 0; a < 12; a++) {
      for (let b = a + 1; b < 12; b++) {
        const sameParcours = parcoursOf[a] === parcoursOf[b];
        if (!sameParcours) expect(sheets[a]!.url, `${GROUP[a]} and ${GROUP[b]}`).not.toBe(sheets[b]!.url);
      }
    }
    expect(new Set(parcoursOf).size).toBeGreaterThan(1);

    const pages = await pdfPages(await printToPdf(page));
    console.log(`12 plans: ${pages.length} pages`);
    const headerPage = GROUP.map((label) => pages.findIndex((text) => text.includes(`Le plan ${deName(label)} `) || text.endsWith(`Le plan ${deName(label)}`)));
    expect(headerPage.every((p) => p >= 0), JSON.stringify(headerPage)).toBe(true);
    // in order, one plan per sheet: each header opens its page, no page holds two
    expect([...headerPage].sort((a, b) => a - b)).toEqual(headerPage);
    expect(new Set(headerPage).size).toBe(12);
    for (const p of headerPage) {
      expect(pages[p]!.startsWith('Passerelle')).toBe(true);
      expect(pages[p]!.match(/Le plan (de |d’)/g)).toHaveLength(1);
    }
    expect(pages.join(' ')).not.toMatch(/Ajouter au groupe|Imprimer les 12 plans/);

    // leaving asks first, then forgets everything
    await page.getByRole('button', { name: 'Quitter l’atelier' }).click();
    await page.getByRole('dialog', { name: 'Quitter et oublier les plans ?' }).waitFor();
    await page.getByRole('button', { name: 'Oublier et quitter' }).click();
    await page.getByRole('link', { name: /Animer un atelier/ }).waitFor();
    const after = await everythingStored(page);
    for (const label of GROUP) expect(after).not.toContain(label);
    await page.goto(`${baseURL()}#/atelier/groupe`);
    await page.getByText('Personne pour l’instant.').waitFor();
    session.assertClean();
  });

  it('asks before a link out of the workshop drops the group, and keeps it when the facilitator stays', async () => {
    session = await openSession({ viewport: { width: 1280, height: 720 } });
    const { page } = session;
    await page.goto(`${baseURL()}#/atelier/groupe`);
    await page.getByLabel('Prénom ou numéro').fill('7');
    await page.getByRole('button', { name: 'Ajouter', exact: true }).click();
    await page.getByText('7 : plan prêt.').waitFor();
    await page.getByRole('link', { name: 'Passerelle' }).click();
    await page.getByRole('dialog', { name: 'Quitter et oublier les plans ?' }).waitFor();
    await page.getByRole('button', { name: 'Rester', exact: true }).click();
    await page.getByRole('heading', { name: 'Le groupe : 1' }).waitFor();
    expect(await page.evaluate(() => location.hash)).toBe('#/atelier/groupe');
    session.assertClean();
  });

  it('prints a blank hand-out of each parcours on one A4 page each, and the « Mes prochaines étapes » sheet', async () => {
    session = await openSession({ viewport: { width: 1280, height: 720 } });
    const { page } = session;
    await page.goto(`${baseURL()}#/atelier/fiches`);
    await page.getByRole('heading', { level: 1, name: 'Fiches à imprimer' }).waitFor();
    const titles = await page.locator('.ws-handout .ws-sheet__title').allInnerTexts();
    expect(titles).toHaveLength(4);
    const pages = await pdfPages(await printToPdf(page));
    console.log(`hand-outs: ${pages.length} pages`);
    expect(pages).toHaveLength(5);
    for (const [i, title] of titles.entries()) expect(pages[i]!.replace(/\s+/g, ' ')).toContain(title.replace(/\s+/g, ' ').trim());
    expect(pages[4]).toContain('Mes prochaines étapes');
    expect(pages.join(' ')).not.toContain('Imprimer les 5 fiches');
    session.assertClean();
  });
});
