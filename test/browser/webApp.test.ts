import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../web/src/i18n/en.js';
import { es } from '../../web/src/i18n/es.js';
import { AGR } from '../../src/demo/public/agreementsUs.js';
import { launchChromium } from '../helpers/browser.js';
import type { ServerProcess } from '../helpers/serveProcess.js';
import { freshPostgresUrl } from '../helpers/stores.js';
import {
  expectAccessible,
  expectOnlyLanguage,
  openContext,
  screenshot,
  signIn,
  startDemoServer,
  type DemoAccount,
} from '../helpers/webApp.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- API answers read as data
const LOCALES = ['en', 'es'] as const;
const words = { en, es };

/** The API as a signed-in person of the demo, for finding what the pages should show. */
async function apiAs(base: string, account: DemoAccount) {
  const signedIn = await fetch(`${base}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(account),
  });
  const cookie = (signedIn.headers.get('set-cookie') ?? '').split(';')[0] as string;
  const { csrfToken } = (await signedIn.json()) as { csrfToken: string };
  return {
    get: async (path: string) =>
      (await (await fetch(`${base}${path}`, { headers: { cookie } })).json()) as Json,
    post: async (path: string, body: unknown) =>
      (await (
        await fetch(`${base}${path}`, {
          method: 'POST',
          headers: { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' },
          body: JSON.stringify(body),
        })
      ).json()) as Json,
  };
}

/** A demo person with an open legal clock, and the spelling of their surname with one letter wrong. */
async function personWithOpenClock(admin: Awaited<ReturnType<typeof apiAs>>) {
  const persons = (await admin.get('/api/persons?limit=500')).items as Json[];
  for (const person of persons.slice().reverse()) {
    const deadlines = (await admin.get(`/api/persons/${person.id}/deadlines`)).deadlines as Json[];
    if (!deadlines.some((deadline) => deadline.open)) continue;
    const full = await admin.get(`/api/persons/${person.id}`);
    const record = (full.records as Json[]).find(
      (candidate) => candidate.familyNames && candidate.givenNames,
    );
    if (!record) continue;
    const surname = String(record.familyNames).split(' ')[0] as string;
    const misspelt = surname.replace(/[aeiou]/, (vowel) => (vowel === 'a' ? 'e' : 'a'));
    return {
      personId: person.id as string,
      records: full.records as Json[],
      query: `${record.givenNames} ${misspelt}`,
    };
  }
  throw new Error('no demo person with an open clock');
}

async function visit(page: Page, url: string, locale: 'en' | 'es', name: string) {
  await page.goto(url);
  await page.locator('main').waitFor();
  await page.waitForLoadState('networkidle');
  await expect
    .poll(
      async () =>
        await page.locator('[role=status]').filter({ hasText: words[locale]['common.loading'] }).count(),
    )
    .toBe(0);
  await expectAccessible(page, `${name} (${locale})`);
  await expectOnlyLanguage(page, locale, `${name} (${locale})`);
  await screenshot(page, `${name}.${locale}`);
}

describe('the web app on SQLite', () => {
  let server: ServerProcess;
  let accounts: Awaited<ReturnType<typeof startDemoServer>>['accounts'];
  let browser: Browser;
  let folder: string;

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'custodia-web-'));
    ({ server, accounts } = await startDemoServer(['--db', join(folder, 'custodia.db')]));
    browser = await launchChromium();
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  it('shows the public overview and takes a family locator request without signing in, in both languages', async () => {
    for (const locale of LOCALES) {
      const context = await openContext(browser, locale);
      const page = await context.newPage();
      await visit(page, `${server.url}/`, locale, 'overview');
      await expect
        .poll(() => page.getByRole('heading', { level: 1 }).innerText())
        .toBe(words[locale]['overview.title']);
      await page.getByText(words[locale]['overview.transfers']).first().waitFor();
      expect(await page.locator('svg').count()).toBeGreaterThan(1);
      // The March 2025 flights to El Salvador: 261 (238 + 23), the breakdowns of the 238 never added.
      const salvador = page.locator('tr', { hasText: 'El Salvador' });
      await expect.poll(() => salvador.first().innerText()).toMatch(/\b261\b/);
      await salvador.first().getByRole('link').click();
      await page.getByRole('heading', { level: 1, name: words[locale]['counts.title'] }).waitFor();
      await expect.poll(() => page.locator('main').innerText()).toContain('238');
      await expectAccessible(page, `reported counts (${locale})`);
      await visit(page, `${server.url}/locator`, locale, 'locator');
      await page.getByLabel(words[locale]['locator.name']).fill('María Fernanda Quintero');
      await page.getByLabel(words[locale]['locator.birthDate']).fill('1991-04-02');
      await page.getByLabel(words[locale]['locator.contact']).fill('+58 414 000 0000');
      await page.getByRole('button', { name: words[locale]['locator.submit'] }).click();
      await expect.poll(() => page.getByRole('status').innerText()).toMatch(/R-[A-Z2-9]{4}-[A-Z2-9]{4}/);
      await screenshot(page, `locator-answer.${locale}`);
      await context.close();
    }
  }, 120_000);

  it('lets a viewer find a misspelt name, open the person, and see timeline, findings and an open deadline, with no identifier or birth day', async () => {
    const admin = await apiAs(server.url, accounts.admin);
    const target = await personWithOpenClock(admin);
    const secrets = target.records.flatMap((record) => [
      ...((record.identifiers as Json[] | undefined) ?? []).map((identifier) => String(identifier.value)),
      ...(typeof record.birthDate === 'string' && record.birthDate.length === 10
        ? [record.birthDate, record.birthDate.slice(0, 7)]
        : []),
    ]);
    // The person has an identifier and a full birth date for the test to look for (else it could not fail).
    expect(secrets.length).toBeGreaterThanOrEqual(2);
    for (const locale of LOCALES) {
      const context = await openContext(browser, locale);
      const page = await context.newPage();
      await signIn(page, server.url, accounts.viewer, locale);
      await page.goto(`${server.url}/persons`);
      await page.getByLabel(words[locale]['persons.searchLabel']).fill(target.query);
      await page.getByRole('button', { name: words[locale]['common.search'] }).click();
      await page.locator(`a[href="/persons/${target.personId}"]`).first().click();
      await page.locator('#timeline').waitFor();
      await page.locator('#deadlines').waitFor();
      await expect
        .poll(() => page.locator('main').innerText())
        .toContain(words[locale]['person.openDeadline'].split(':')[0] as string);
      await expectAccessible(page, `person (${locale})`);
      await expectOnlyLanguage(page, locale, `person (${locale})`);
      const text = await page.locator('body').innerText();
      for (const secret of secrets) expect(text, `a viewer's page shows ${secret}`).not.toContain(secret);
      await screenshot(page, `person.viewer.${locale}`);
      // Every other page a viewer can reach about this person shows none of it either.
      const transfers = (await admin.get(`/api/transfers?personId=${target.personId}&limit=5`))
        .items as Json[];
      const sourceId = (target.records[0]?.sourceIds as string[] | undefined)?.[0];
      for (const path of [
        ...transfers.map((transfer) => `/transfers/${transfer.id}`),
        '/findings',
        '/review',
        `/persons?q=${encodeURIComponent(target.query)}`,
        ...(sourceId ? [`/sources/${sourceId}`] : []),
      ]) {
        await page.goto(`${server.url}${path}`);
        await page.locator('main h1').first().waitFor();
        await page.waitForLoadState('networkidle');
        const shown = await page.locator('body').innerText();
        for (const secret of secrets) expect(shown, `${path} shows a viewer ${secret}`).not.toContain(secret);
      }
      await context.close();
    }
  }, 120_000);

  it('shows every page to an admin in both languages, accessible and in one language', async () => {
    const admin = await apiAs(server.url, accounts.admin);
    const target = await personWithOpenClock(admin);
    const transfer = (
      (await admin.get(`/api/transfers?personId=${target.personId}&limit=1`)).items as Json[]
    )[0] as Json;
    const facility = ((await admin.get('/api/facilities?limit=1')).items as Json[])[0] as Json;
    for (const locale of LOCALES) {
      const context = await openContext(browser, locale);
      const page = await context.newPage();
      await visit(page, `${server.url}/sign-in`, locale, 'sign-in');
      await signIn(page, server.url, accounts.admin, locale);
      for (const [name, path] of [
        ['agreements', '/agreements'],
        ['agreement', `/agreements/${AGR.usSlv}?at=2025-06-01`],
        ['facilities', '/facilities'],
        ['sources', '/sources'],
        ['reported-counts', '/reported-counts'],
        ['source', '/sources/src_ap_2025_03_16_cecot'],
        ['persons', `/persons?q=${encodeURIComponent(target.query)}`],
        ['person', `/persons/${target.personId}`],
        ['findings', '/findings'],
        ['transfers', '/transfers?destination=SLV'],
        ['transfer', `/transfers/${transfer.id}`],
        ['facility', `/facilities/${facility.id}`],
        ['review', '/review'],
        ['imports', '/imports'],
        ['conflicts', '/conflicts'],
        ['audit', `/audit`],
        ['users', '/users'],
      ] as const)
        await visit(page, `${server.url}${path}`, locale, name);
      await context.close();
    }
  }, 240_000);

  it('works with the keyboard alone: skip link, sign-in, the menu, a search', async () => {
    const context = await openContext(browser, 'en');
    const page = await context.newPage();
    const focused = () =>
      page.evaluate<string>(
        'document.activeElement?.getAttribute("name") ?? document.activeElement?.textContent ?? ""',
      );
    const tabTo = async (wanted: (text: string) => boolean) => {
      for (let presses = 0; presses < 40; presses += 1) {
        await page.keyboard.press('Tab');
        if (wanted(await focused())) return;
      }
      throw new Error('could not reach it with Tab');
    };
    await page.goto(`${server.url}/sign-in`);
    await page.locator('main h1').waitFor();
    await page.keyboard.press('Tab');
    expect(await focused()).toBe(en['app.skip']);
    await page.keyboard.press('Enter');
    expect(await page.evaluate<string>('document.activeElement?.id ?? ""')).toBe('content');
    await tabTo((text) => text === 'email');
    await page.keyboard.type(accounts.viewer.email);
    await page.keyboard.press('Tab');
    await page.keyboard.type(accounts.viewer.password);
    await page.keyboard.press('Enter');
    await page.getByText(accounts.viewer.email).waitFor();
    await page.goto(`${server.url}/`);
    await page.locator('main h1').waitFor();
    // The menu shows the viewer's pages once the session is read.
    await page.getByRole('link', { name: en['nav.persons'], exact: true }).waitFor();
    await tabTo((text) => text === en['nav.persons']);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/persons$/);
    await tabTo((text) => text === 'q');
    await page.keyboard.type('Jafari');
    await page.keyboard.press('Enter');
    await page.locator('main a[href^="/persons/per_"]').first().waitFor();
    await context.close();
  }, 120_000);

  it('is usable at 360 pixels wide: no page scrolls sideways (wide tables scroll in their own box)', async () => {
    const admin = await apiAs(server.url, accounts.admin);
    const target = await personWithOpenClock(admin);
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await page.goto(`${server.url}/`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await screenshot(page, 'overview.360px');
    await signIn(page, server.url, accounts.admin, 'en');
    for (const path of [
      '/',
      `/agreements/${AGR.usSlv}?at=2025-06-01`,
      `/persons/${target.personId}`,
      '/reported-counts',
      '/transfers?destination=SLV',
      '/findings',
      '/review',
    ]) {
      await page.goto(`${server.url}${path}`);
      await page.locator('main h1').first().waitFor();
      await page.waitForLoadState('networkidle');
      const overflow = await page.evaluate<number>(
        'document.documentElement.scrollWidth - document.documentElement.clientWidth',
      );
      expect(overflow, `${path} scrolls sideways at 360 px`).toBeLessThanOrEqual(0);
    }
    await screenshot(page, 'review.360px');
    await context.close();
  }, 120_000);
});

describe.each(['sqlite', 'postgres'] as const)('editing in the web app [%s]', (dialect) => {
  let server: ServerProcess;
  let accounts: Awaited<ReturnType<typeof startDemoServer>>['accounts'];
  let browser: Browser;
  let folder: string;

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'custodia-web-edit-'));
    const args =
      dialect === 'sqlite'
        ? ['--db', join(folder, 'custodia.db')]
        : ['--database-url', await freshPostgresUrl()];
    ({ server, accounts } = await startDemoServer(args));
    browser = await launchChromium();
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  it('records a stay and the findings of the transfer it covers change', async () => {
    const editor = await apiAs(server.url, accounts.editor);
    const transfers = (await editor.get('/api/transfers?basis=INA241&status=completed&limit=200'))
      .items as Json[];
    const transfer = transfers.find((candidate) => candidate.departureAt) as Json;
    const before = (await editor.get(`/api/transfers/${transfer.id}/findings`)).findings as Json[];
    const stayBefore = before
      .filter((finding) => finding.ruleId === 'US-STAY')
      .map((finding) => finding.outcome);
    const departure = new Date(transfer.departureAt.utc as string);
    const stayFrom = new Date(departure.getTime() - 2 * 86_400_000).toISOString().slice(0, 16);
    const context = await openContext(browser, 'es');
    const page = await context.newPage();
    await signIn(page, server.url, accounts.editor, 'es');
    await page.goto(`${server.url}/persons/${transfer.personId}`);
    const legal = page.locator('section[aria-labelledby=record-legal-event]');
    await legal.waitFor();
    await legal.getByLabel(es['person.eventType']).selectOption('stay');
    await legal.getByLabel(es['common.date'], { exact: true }).fill(stayFrom);
    await legal.getByLabel(es['person.court']).fill('9th Cir.');
    await legal.getByRole('button', { name: es['common.save'] }).click();
    await expect
      .poll(async () =>
        ((await editor.get(`/api/transfers/${transfer.id}/findings`)).findings as Json[])
          .filter((finding) => finding.ruleId === 'US-STAY')
          .map((finding) => finding.outcome),
      )
      .not.toEqual(stayBefore);
    await page.reload();
    await page.locator('section[aria-labelledby=timeline]').getByText(es['legal.stay']).first().waitFor();
    await context.close();
  }, 120_000);

  it('records a custody event, a transfer and a record checked in the page, splits a record off and undoes it, and shows a conflict instead of overwriting', async () => {
    const editor = await apiAs(server.url, accounts.editor);
    const persons = (await editor.get('/api/persons?limit=200')).items as Json[];
    let target: Json | undefined;
    for (const candidate of persons) {
      const full = await editor.get(`/api/persons/${candidate.id}`);
      if ((full.records as Json[]).length >= 2) {
        target = full;
        break;
      }
    }
    if (!target) throw new Error('no demo person with two records');
    const context = await openContext(browser, 'en');
    const page = await context.newPage();
    await signIn(page, server.url, accounts.editor, 'en');
    await page.goto(`${server.url}/persons/${target.id}`);
    const custody = page.locator('section[aria-labelledby=record-custody-event]');
    await custody.waitFor();
    // A date the schema refuses: the error shows beside the field, and nothing is sent.
    await custody.getByLabel(en['person.custodyDate']).fill('2025-13-40');
    await custody.getByRole('button', { name: en['common.save'] }).click();
    await custody.locator('#custody-date-error').waitFor();
    const before = ((await editor.get(`/api/custody-events?personId=${target.id}&limit=500`)).items as Json[])
      .length;
    await custody.getByLabel(en['person.custodyDate']).fill('2025-05-02');
    await custody.getByLabel(en['common.country']).fill('SLV');
    await custody.getByRole('button', { name: en['common.save'] }).click();
    await expect
      .poll(
        async () =>
          ((await editor.get(`/api/custody-events?personId=${target.id}&limit=500`)).items as Json[]).length,
      )
      .toBe(before + 1);

    // A transfer whose destination the schema refuses is stopped beside the field; a good one is recorded.
    const transferring = page.locator('section[aria-labelledby=record-transfer]');
    await transferring.getByLabel(en['person.fromCountry']).fill('USA');
    await transferring.getByLabel(en['person.toCountry']).fill('Atlantis');
    await transferring.getByLabel(en['person.custodyDate']).fill('2025-06-01');
    await transferring.getByRole('button', { name: en['common.save'] }).click();
    await transferring.locator('#transfer-toCountry-error').waitFor();
    const transfersBefore = (
      (await editor.get(`/api/transfers?personId=${target.id}&limit=500`)).items as Json[]
    ).length;
    await transferring.getByLabel(en['person.toCountry']).fill('Honduras');
    await transferring.getByRole('button', { name: en['common.save'] }).click();
    await expect
      .poll(
        async () =>
          ((await editor.get(`/api/transfers?personId=${target.id}&limit=500`)).items as Json[]).length,
      )
      .toBe(transfersBefore + 1);

    // A record with a birth date the schema refuses is stopped beside the field; a good one is added.
    const recording = page.locator('section[aria-labelledby=record-person-record]');
    await recording.getByLabel(en['person.givenNames']).fill('Eusebio');
    await recording.getByLabel(en['person.familyNames']).fill('Quintanilla Paz');
    await recording.getByLabel(en['person.recordBirthDate']).fill('1990-13');
    await recording.getByRole('button', { name: en['common.save'] }).click();
    await recording.locator('#record-birthDate-error').waitFor();
    await recording.getByLabel(en['person.recordBirthDate']).fill('1990-05');
    await recording.getByLabel(en['person.recordNationalities']).fill('Honduras, SLV');
    await recording.getByRole('button', { name: en['common.save'] }).click();
    await expect
      .poll(async () =>
        ((await editor.get(`/api/persons/${target.id}`)).records as Json[]).some(
          (record) => record.familyNames === 'Quintanilla Paz',
        ),
      )
      .toBe(true);

    // Split the second record off, then undo: the record comes back.
    const moving = (target.records as Json[])[1]?.id as string;
    const splitting = page.locator('section[aria-labelledby=split-merge]');
    await splitting.getByLabel(en['review.reason']).fill('two people with one name');
    await splitting.getByRole('checkbox', { name: moving }).check();
    await splitting.getByRole('button', { name: en['person.split'] }).click();
    await splitting.getByRole('status').waitFor();
    await expect
      .poll(async () =>
        ((await editor.get(`/api/persons/${target.id}`)).records as Json[]).map((record) => record.id),
      )
      .not.toContain(moving);
    await splitting.getByRole('button', { name: en['person.undo'] }).click();
    await expect
      .poll(async () =>
        ((await editor.get(`/api/persons/${target.id}`)).records as Json[]).map((record) => record.id),
      )
      .toContain(moving);

    // Someone else changes the person meanwhile: the page's split is refused with what changed, not applied.
    await page.reload();
    await splitting.getByLabel(en['review.reason']).fill('again');
    await splitting.getByRole('checkbox', { name: moving }).check();
    const other = await editor.post(`/api/persons/${target.id}/split`, {
      recordIds: [moving],
      reason: 'elsewhere',
    });
    expect(other.created?.id).toMatch(/^per_/);
    await splitting.getByRole('button', { name: en['person.split'] }).click();
    await splitting
      .getByRole('alert')
      .filter({ hasText: en['person.changedMeanwhile'].slice(0, 30) })
      .waitFor();
    await context.close();
  }, 120_000);

  it('accepts a match in the review queue', async () => {
    const editor = await apiAs(server.url, accounts.editor);
    const source = await editor.post('/api/sources', {
      kind: 'case_file',
      publisher: 'Browser test',
      title: 'Intake',
      fictional: true,
    });
    await editor.post('/api/person-records', {
      givenNames: 'Eustaquio',
      familyNames: 'Valdivieso',
      birthDate: '1984-02',
      nationalities: ['HND'],
      sourceIds: [source.id],
    });
    await editor.post('/api/person-records', {
      givenNames: 'Eustaquio',
      familyNames: 'Valdivieso',
      sourceIds: [source.id],
    });
    const context = await openContext(browser, 'en');
    const page = await context.newPage();
    await signIn(page, server.url, accounts.editor, 'en');
    await page.goto(`${server.url}/review`);
    const card = page.locator('section.card', { hasText: 'Valdivieso' }).first();
    await card.waitFor();
    await card.getByLabel(en['review.reason']).fill('same intake interview');
    await card.getByRole('button', { name: en['review.accept'] }).click();
    await expect
      .poll(async () =>
        ((await editor.get('/api/matches?status=accepted&limit=500')).items as Json[]).some(
          (match) => match.record?.familyNames === 'Valdivieso',
        ),
      )
      .toBe(true);
    await context.close();
  }, 120_000);

  it('uploads an import and downloads its report', async () => {
    const context = await openContext(browser, 'en');
    const page = await context.newPage();
    await signIn(page, server.url, accounts.editor, 'en');
    await page.goto(`${server.url}/imports`);
    await page
      .getByLabel(en['imports.file'], { exact: true })
      .setInputFiles(join(process.cwd(), 'test/fixtures/import/removal-tracker.csv'));
    await page.locator('select[name=profile]').selectOption('removal-tracker');
    await page.getByLabel(en['imports.dataset']).fill(`browser-${dialect}`);
    await page.getByRole('button', { name: en['imports.upload'] }).click();
    const row = page.locator('tr', { hasText: 'removal-tracker.csv' }).first();
    await expect.poll(() => row.innerText(), { timeout: 60_000 }).toMatch(/completed/);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      row.getByRole('link', { name: en['imports.report'] }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/report\.csv$/);
    // The import's page: its counts and report; a warning line opens the fact it travels with.
    await row.getByRole('link', { name: 'removal-tracker.csv' }).click();
    await page.getByRole('heading', { name: /removal-tracker\.csv/ }).waitFor();
    const scraped = page.locator('tr', { hasText: 'likely the date the page was scraped' }).first();
    await scraped.getByText(en['import.showFact']).click();
    await expect
      .poll(() => scraped.innerText())
      .toMatch(/1 warning on how this was read[\s\S]*likely the date the page was scraped/);
    // The same warning wherever the fact is shown: the reported counts page.
    await page.goto(`${server.url}/reported-counts?destination=GTM`);
    await expect
      .poll(() => page.locator('main').innerText())
      .toMatch(/1 warning on how this was read[\s\S]*likely the date the page was scraped/);
    // Notes that contradict the count: both readings kept, the other shown on the import page and the fact.
    const notes = join(folder, 'tracker-notes.csv');
    writeFileSync(
      notes,
      'destination_country,date,date_range_end,number_removed,origin_nationalities,source_urls,notes\n' +
        'MEXICO,2025-06-01,2025-06-30,6,Venezuelan,https://example.org/1,"At least 6,500 deported since June."\n',
    );
    await page.goto(`${server.url}/imports`);
    await page.getByLabel(en['imports.file'], { exact: true }).setInputFiles(notes);
    await page.locator('select[name=profile]').selectOption('removal-tracker');
    await page.getByLabel(en['imports.dataset']).fill(`browser-notes-${dialect}`);
    await page.getByRole('button', { name: en['imports.upload'] }).click();
    const notesRow = page.locator('tr', { hasText: 'tracker-notes.csv' }).first();
    await expect.poll(() => notesRow.innerText(), { timeout: 60_000 }).toMatch(/completed/);
    await notesRow.getByRole('link', { name: 'tracker-notes.csv' }).click();
    const line = page.locator('tr', { hasText: 'the notes give At least 6,500 deported' }).first();
    await line.getByText(en['import.showFact']).click();
    await expect
      .poll(() => line.innerText())
      .toMatch(/1 other reading, for a person to decide[\s\S]*count: 6500, qualifier: at_least/);
    await screenshot(page, `import.${dialect}`);
    // The import page in both languages: accessible, and in one language but for the file's own words.
    const importPath = new URL(page.url()).pathname;
    for (const locale of LOCALES) {
      const localized = await openContext(browser, locale);
      const reader = await localized.newPage();
      await signIn(reader, server.url, accounts.editor, locale);
      await visit(reader, `${server.url}${importPath}`, locale, `import.${dialect}`);
      await localized.close();
    }
    // A file with a mapping of one's own instead of a profile.
    await page.goto(`${server.url}/imports`);
    const fixtures = join(process.cwd(), 'test/fixtures/import');
    await page
      .getByLabel(en['imports.file'], { exact: true })
      .setInputFiles(join(fixtures, 'ngo-case-list.csv'));
    await page.getByLabel(en['imports.mapping']).setInputFiles(join(fixtures, 'ngo-case-list.mapping.json'));
    await page.getByLabel(en['imports.dataset']).fill(`browser-mapping-${dialect}`);
    await page.getByRole('button', { name: en['imports.upload'] }).click();
    const mapped = page.locator('tr', { hasText: 'ngo-case-list.csv' }).first();
    await expect.poll(() => mapped.innerText(), { timeout: 60_000 }).toMatch(/completed/);
    await context.close();
  }, 120_000);
});
