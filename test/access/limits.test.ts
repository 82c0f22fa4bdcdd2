import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Application } from '../../src/app.js';
import { accountWithToken, TEST_PASSWORD } from '../helpers/access.js';
import { DIALECTS, freshApplication } from '../helpers/stores.js';

describe.each(DIALECTS)('limits for callers who are not signed in [%s]', (dialect) => {
  let application: Application;
  let api: FastifyInstance;
  let proxied: FastifyInstance;
  let now = new Date('2026-05-04T08:00:10Z');

  beforeAll(async () => {
    application = await freshApplication(dialect, () => now);
    api = await application.api({ access: { publicRequestsPerMinute: 30 } });
    proxied = await application.api({
      trustProxy: true,
      access: { publicRequestsPerMinute: 30, secureCookies: true },
    });
  });
  afterAll(async () => {
    await api.close();
    await proxied.close();
    await application.close();
  });

  it('limits anonymous requests per address per minute, in the database, and not signed-in users', async () => {
    const statuses: number[] = [];
    for (let request = 0; request < 32; request += 1)
      statuses.push((await api.inject({ method: 'GET', url: '/api/agreements' })).statusCode);
    expect(statuses.slice(0, 30).every((status) => status === 200)).toBe(true);
    const limited = await api.inject({ method: 'GET', url: '/api/agreements' });
    expect(limited.statusCode).toBe(429);
    expect(limited.json().error.code).toBe('rate_limited');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    // The other API instance counts against the same rows.
    expect((await proxied.inject({ method: 'GET', url: '/api/agreements' })).statusCode).toBe(429);
    const viewer = await accountWithToken(application, 'viewer');
    expect(
      (await api.inject({ method: 'GET', url: '/api/agreements', headers: viewer.headers })).statusCode,
    ).toBe(200);
    now = new Date(now.getTime() + 60_000);
    expect((await api.inject({ method: 'GET', url: '/api/agreements' })).statusCode).toBe(200);
  });

  it('takes the address from the proxy only when told to trust it', async () => {
    now = new Date(now.getTime() + 60_000);
    for (let request = 0; request < 30; request += 1)
      await proxied.inject({
        method: 'GET',
        url: '/api/health',
        headers: { 'x-forwarded-for': '203.0.113.9' },
      });
    const spent = await proxied.inject({
      method: 'GET',
      url: '/api/health',
      headers: { 'x-forwarded-for': '203.0.113.9' },
    });
    expect(spent.statusCode).toBe(429);
    const other = await proxied.inject({
      method: 'GET',
      url: '/api/health',
      headers: { 'x-forwarded-for': '198.51.100.7' },
    });
    expect(other.statusCode).toBe(200);
    // Without trust, a header anyone can send does not choose the address counted.
    const spoofed = await api.inject({
      method: 'GET',
      url: '/api/health',
      headers: { 'x-forwarded-for': '198.51.100.8' },
    });
    expect(spoofed.statusCode).toBe(200);
    const sessions = await application.store.auditEntries({ limit: 10, actions: ['sign_in_refused'] });
    expect(sessions).toEqual([]);
    const refused = await proxied.inject({
      method: 'POST',
      url: '/api/session',
      payload: { email: 'nobody@ngo.example', password: TEST_PASSWORD },
      headers: { 'x-forwarded-for': '192.0.2.44' },
    });
    expect(refused.statusCode).toBe(401);
    const [entry] = await application.store.auditEntries({ limit: 10, actions: ['sign_in_refused'] });
    expect(entry?.after).toMatchObject({ address: '192.0.2.44' });
  });

  it('limits what the public may send to POST /api/evaluate, by size and by rate', async () => {
    now = new Date(now.getTime() + 60_000);
    const big = await api.inject({
      method: 'POST',
      url: '/api/evaluate',
      payload: { version: 1, padding: 'x'.repeat(300 * 1024) },
    });
    expect(big.statusCode).toBe(413);
    const statuses: number[] = [];
    for (let request = 0; request < 21; request += 1)
      statuses.push(
        (await api.inject({ method: 'POST', url: '/api/evaluate', payload: { version: 1 } })).statusCode,
      );
    expect(statuses.slice(0, 19).every((status) => status !== 429)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
    const admin = await accountWithToken(application, 'admin');
    const signedIn = await api.inject({
      method: 'POST',
      url: '/api/evaluate',
      payload: { version: 1, padding: 'x'.repeat(300 * 1024) },
      headers: admin.headers,
    });
    expect(signedIn.statusCode).not.toBe(413);
  });

  it('sets Secure cookies behind an https address, and lets an admin list and end a user’s sessions', async () => {
    now = new Date(now.getTime() + 60_000);
    const user = await accountWithToken(application, 'editor');
    const signIn = await proxied.inject({
      method: 'POST',
      url: '/api/session',
      payload: { email: user.email, password: TEST_PASSWORD },
      headers: { 'x-forwarded-for': '192.0.2.50' },
    });
    expect([signIn.headers['set-cookie']].flat().join()).toMatch(/; Secure/);
    const admin = await accountWithToken(application, 'admin');
    const listed = await api.inject({
      method: 'GET',
      url: `/api/users/${user.userId}/sessions`,
      headers: admin.headers,
    });
    expect(listed.json().items).toEqual([expect.objectContaining({ active: true, address: '192.0.2.50' })]);
    expect(JSON.stringify(listed.json())).not.toContain(signIn.json().csrfToken);
    const ended = await api.inject({
      method: 'DELETE',
      url: `/api/users/${user.userId}/sessions`,
      headers: admin.headers,
    });
    expect(ended.json()).toEqual({ ended: 1 });
    const cookie = [signIn.headers['set-cookie']].flat()[0]?.split(';')[0] as string;
    expect((await api.inject({ method: 'GET', url: '/api/persons', headers: { cookie } })).statusCode).toBe(
      401,
    );
  });
});
