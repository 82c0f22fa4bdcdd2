import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Application } from '../../src/app.js';
import { launchChromium } from '../helpers/browser.js';
import { freshApplication } from '../helpers/stores.js';

describe('the API documentation under the content security policy, in Chromium', () => {
  let application: Application;
  let browser: Browser;
  let base: string;
  let close: () => Promise<void>;

  beforeAll(async () => {
    application = await freshApplication('sqlite');
    const api = await application.api();
    base = await api.listen({ host: '127.0.0.1', port: 0 });
    close = () => api.close();
    browser = await launchChromium();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await close?.();
    await application?.close();
  });

  it('renders the operations with no script or style refused by the policy', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const refused: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) refused.push(message.text());
    });
    page.on('pageerror', (error) => refused.push(error.message));
    const response = await page.goto(`${base}/api/docs`);
    expect(response?.headers()['content-security-policy']).toMatch(/script-src 'self'/);
    await page.locator('.swagger-ui .info .title').waitFor({ timeout: 20_000 });
    expect(await page.locator('.swagger-ui .info .title').innerText()).toContain('Custodia API');
    await page.locator('.opblock-summary-path', { hasText: '/api/session' }).first().waitFor();
    expect(await page.locator('.opblock').count()).toBeGreaterThan(50);
    expect(refused).toEqual([]);
    await context.close();
  }, 60_000);
});
