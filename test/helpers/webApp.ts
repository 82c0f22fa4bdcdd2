import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import { en } from '../../web/src/i18n/en.js';
import { es } from '../../web/src/i18n/es.js';
import { REPO_ROOT, startCustodiaServe, type ServerProcess } from './serveProcess.js';

/** Where every run of the browser tests writes its screenshots (git-ignored; the README names it). */
export const SCREENSHOTS = join(REPO_ROOT, 'test-output', 'screenshots');

export interface DemoAccount {
  email: string;
  password: string;
}

/** `custodia serve` on the demo (seeded on first start), with the demo accounts it printed. */
export async function startDemoServer(
  databaseArgs: string[],
): Promise<{ server: ServerProcess; accounts: Record<'admin' | 'editor' | 'viewer', DemoAccount> }> {
  const server = await startCustodiaServe(
    databaseArgs,
    ['--seed-demo-if-empty', '--log-level', 'warn', '--public-rate-limit', '100000'],
    {
      timeoutMs: 180_000,
    },
  );
  const accounts = {} as Record<'admin' | 'editor' | 'viewer', DemoAccount>;
  for (const match of server
    .output()
    .matchAll(/^\s+(admin|editor|viewer)\s+(\S+@custodia\.invalid)\s+(\S+)\s*$/gm)) {
    accounts[match[1] as 'admin'] = { email: match[2] as string, password: match[3] as string };
  }
  expect(Object.keys(accounts).sort(), server.output()).toEqual(['admin', 'editor', 'viewer']);
  return { server, accounts };
}

/** A fresh browser context in the given language (kept as the app keeps it: in local storage). */
export async function openContext(browser: Browser, locale: 'en' | 'es'): Promise<BrowserContext> {
  const context = await browser.newContext({
    locale: locale === 'es' ? 'es-ES' : 'en-GB',
    viewport: { width: 1200, height: 900 },
  });
  await context.addInitScript({
    content: `window.localStorage.setItem('custodia.locale', ${JSON.stringify(locale)});`,
  });
  return context;
}

/** Signs in through the sign-in page, as a person would. */
export async function signIn(
  page: Page,
  base: string,
  account: DemoAccount,
  locale: 'en' | 'es',
): Promise<void> {
  const words = locale === 'es' ? es : en;
  await page.goto(`${base}/sign-in`);
  await page.getByLabel(words['signIn.email']).fill(account.email);
  await page.getByLabel(words['signIn.password']).fill(account.password);
  await page.getByRole('button', { name: words['signIn.submit'] }).click();
  await page.getByText(account.email).waitFor();
}

/** No serious or critical accessibility violation on the page (axe-core). */
export async function expectAccessible(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((violation) =>
    ['serious', 'critical'].includes(violation.impact ?? ''),
  );
  expect(
    serious.map(
      (violation) =>
        `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join('; ')})`,
    ),
    label,
  ).toEqual([]);
}

/**
 * No interface word of the other language on the page: every catalogue message that differs between the two
 * languages and is long enough to be unambiguous must not appear in a page shown in the other one, outside the
 * data the page marks as shown as written (`data-as-written`).
 */
export async function expectOnlyLanguage(page: Page, locale: 'en' | 'es', label: string): Promise<void> {
  const other = locale === 'es' ? en : es;
  const mine = locale === 'es' ? es : en;
  // Data is shown as written (names, source titles): the pages mark it, and only the interface's words count here.
  const text = await page.evaluate<string>(`(() => {
    const copy = document.body.cloneNode(true);
    copy.querySelectorAll('[data-as-written], script, style').forEach((element) => element.remove());
    return copy.textContent ?? '';
  })()`);
  const foreign = Object.entries(other).filter(
    ([id, message]) =>
      message !== mine[id as keyof typeof en] &&
      message.length >= 12 &&
      !message.includes('{') &&
      text.includes(message),
  );
  expect(
    foreign.map(([id]) => id),
    label,
  ).toEqual([]);
}

/**
 * A full-page screenshot under test-output/screenshots, and a small one of the first screen (`.small.jpeg`, what
 * the README shows: docs/screenshots holds three of them).
 */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
  const { width } = page.viewportSize() ?? { width: 1200 };
  await page.screenshot({
    path: join(SCREENSHOTS, `${name}.small.jpeg`),
    type: 'jpeg',
    quality: 55,
    clip: { x: 0, y: 0, width, height: Math.round(width * 0.75) },
  });
}
