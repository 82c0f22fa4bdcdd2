import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import * as OTPAuth from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI_ACTOR, type Application } from '../../src/app.js';
import { addUser } from '../../src/core/usecases/access/addUser.js';
import { changeUser } from '../../src/core/usecases/access/changeUser.js';
import { accountWithToken, TEST_PASSWORD } from '../helpers/access.js';
import { build } from '../helpers/factories.js';
import { DIALECTS, freshApplication } from '../helpers/stores.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- answers are checked field by field

/** The session cookie a sign-in set, as a browser would send it back. */
function cookieOf(response: LightMyRequestResponse): string {
  const header = [response.headers['set-cookie'] ?? []]
    .flat()
    .find((line) => line.startsWith('custodia_session='));
  if (!header) throw new Error(`no session cookie in ${JSON.stringify(response.headers)}`);
  return header.split(';')[0] as string;
}

function totpCode(secret: string, at: Date): string {
  return new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret), digits: 6, period: 30 }).generate({
    timestamp: at.getTime(),
  });
}

describe.each(DIALECTS)('signing in [%s]', (dialect) => {
  let application: Application;
  let api: FastifyInstance;
  let strictApi: FastifyInstance;
  let now = new Date('2026-03-02T09:00:00Z');
  const email = 'ana.lawyer@ngo.example';

  async function signIn(body: Json, headers: Record<string, string> = {}, on = api) {
    return on.inject({ method: 'POST', url: '/api/session', payload: body, headers });
  }
  const later = (minutes: number) => {
    now = new Date(now.getTime() + minutes * 60_000);
  };

  beforeAll(async () => {
    application = await freshApplication(dialect, () => now);
    api = await application.api({ access: { publicRequestsPerMinute: 100_000 } });
    strictApi = await application.api({
      access: {
        publicRequestsPerMinute: 100_000,
        sessions: { idleMinutes: 30, absoluteHours: 12, requireSecondFactorForAdmins: true },
      },
    });
    await addUser(application.context(CLI_ACTOR), { email, role: 'editor', password: TEST_PASSWORD });
  });
  afterAll(async () => {
    await api.close();
    await strictApi.close();
    await application.close();
  });

  it('signs in with a session cookie that is HttpOnly and SameSite=Lax, and says who I am', async () => {
    const response = await signIn({ email: 'Ana.Lawyer@NGO.example', password: TEST_PASSWORD });
    expect(response.statusCode, response.body).toBe(200);
    const line = [response.headers['set-cookie']].flat().join('\n');
    expect(line).toMatch(/HttpOnly/);
    expect(line).toMatch(/SameSite=Lax/);
    expect(line).not.toMatch(/Secure/);
    expect(line).not.toContain(TEST_PASSWORD);
    const body = response.json() as Json;
    expect(body).toMatchObject({ signedIn: true, role: 'editor', via: 'session', user: { email } });
    expect(JSON.stringify(body)).not.toMatch(/passwordHash|argon2/);
    const me = await api.inject({
      method: 'GET',
      url: '/api/session',
      headers: { cookie: cookieOf(response) },
    });
    expect(me.json()).toMatchObject({ signedIn: true, role: 'editor', csrfToken: body.csrfToken });
    expect((await api.inject({ method: 'GET', url: '/api/session' })).json()).toEqual({
      signedIn: false,
      role: 'public',
    });
  });

  it('answers a wrong password and an unknown e-mail alike, and audits both without the password', async () => {
    const wrong = await signIn({ email, password: 'not-the-password-at-all' });
    const unknown = await signIn({ email: 'nobody@ngo.example', password: TEST_PASSWORD });
    for (const answer of [wrong, unknown]) {
      expect(answer.statusCode).toBe(401);
      expect(answer.json().error).toMatchObject({ code: 'invalid_credentials' });
    }
    expect(wrong.json().error.message).toBe(unknown.json().error.message);
    const refused = await application.store.auditEntries({ limit: 100, actions: ['sign_in_refused'] });
    expect(refused.map((entry) => (entry.after as Json).email)).toEqual(
      expect.arrayContaining([email, 'nobody@ngo.example']),
    );
    expect(JSON.stringify(refused)).not.toContain('not-the-password-at-all');
    const signIns = await application.store.auditEntries({ limit: 100, actions: ['sign_in'] });
    expect(signIns.length).toBeGreaterThan(0);
    expect(signIns[0]?.actorId).toMatch(/^usr_/);
  });

  it('needs the CSRF token for writes made with the cookie, not for reads', async () => {
    const session = await signIn({ email, password: TEST_PASSWORD });
    const cookie = cookieOf(session);
    const csrf = session.json().csrfToken as string;
    const without = await api.inject({
      method: 'POST',
      url: '/api/sources',
      payload: build.source(),
      headers: { cookie },
    });
    expect(without.statusCode).toBe(403);
    expect(without.json().error.code).toBe('csrf_token_invalid');
    const forged = await api.inject({
      method: 'POST',
      url: '/api/sources',
      payload: build.source(),
      headers: { cookie, 'x-csrf-token': `${csrf.slice(0, -1)}x` },
    });
    expect(forged.statusCode).toBe(403);
    const made = await api.inject({
      method: 'POST',
      url: '/api/sources',
      payload: build.source(),
      headers: { cookie, 'x-csrf-token': csrf },
    });
    expect(made.statusCode, made.body).toBe(201);
    expect((await api.inject({ method: 'GET', url: '/api/persons', headers: { cookie } })).statusCode).toBe(
      200,
    );
  });

  it('ends a session after 30 idle minutes and after 12 hours whatever the activity, and on sign-out', async () => {
    const cookie = cookieOf(await signIn({ email, password: TEST_PASSWORD }));
    const read = () => api.inject({ method: 'GET', url: '/api/persons', headers: { cookie } });
    later(29);
    expect((await read()).statusCode).toBe(200);
    later(29);
    expect((await read()).statusCode).toBe(200);
    later(31);
    const idle = await read();
    expect(idle.statusCode).toBe(401);
    expect(idle.json().error.message).toMatch(/30 minutes without activity/);
    expect([idle.headers['set-cookie']].flat().join()).toMatch(/custodia_session=;/);

    const long = cookieOf(await signIn({ email, password: TEST_PASSWORD }));
    let minutes = 0;
    let answer: LightMyRequestResponse;
    do {
      later(20);
      minutes += 20;
      answer = await api.inject({ method: 'GET', url: '/api/persons', headers: { cookie: long } });
    } while (answer.statusCode === 200 && minutes < 13 * 60);
    expect(answer.statusCode).toBe(401);
    expect(answer.json().error.message).toMatch(/expired after 12 hours/);
    expect(minutes).toBe(12 * 60);

    const session = await signIn({ email, password: TEST_PASSWORD });
    const out = await api.inject({
      method: 'DELETE',
      url: '/api/session',
      headers: { cookie: cookieOf(session), 'x-csrf-token': session.json().csrfToken },
    });
    expect(out.statusCode).toBe(204);
    const after = await api.inject({
      method: 'GET',
      url: '/api/persons',
      headers: { cookie: cookieOf(session) },
    });
    expect(after.statusCode).toBe(401);
  });

  it('limits failed sign-ins per account in the database, with Retry-After, then lets the owner in again', async () => {
    const target = 'limited@ngo.example';
    await addUser(application.context(CLI_ACTOR), { email: target, role: 'viewer', password: TEST_PASSWORD });
    for (let attempt = 0; attempt < 5; attempt += 1)
      expect((await signIn({ email: target, password: `wrong-guess-${attempt}-xyz` })).statusCode).toBe(401);
    // The right password is refused too while the account is locked: a guesser cannot tell it was right.
    const locked = await signIn({ email: target, password: TEST_PASSWORD });
    expect(locked.statusCode).toBe(429);
    expect(locked.json().error.code).toBe('rate_limited');
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
    // Another process over the same database counts against the same limit.
    expect((await signIn({ email: target, password: TEST_PASSWORD }, {}, strictApi)).statusCode).toBe(429);
    later(16);
    expect((await signIn({ email: target, password: TEST_PASSWORD })).statusCode).toBe(200);
  });

  it('disabling a user or changing their password ends their sessions and tokens at the next request', async () => {
    const owner = await accountWithToken(application, 'viewer');
    const cookie = cookieOf(await signIn({ email: owner.email, password: TEST_PASSWORD }));
    const readWith = (headers: Record<string, string>) =>
      api.inject({ method: 'GET', url: '/api/persons', headers });
    expect((await readWith({ cookie })).statusCode).toBe(200);
    expect((await readWith(owner.headers)).statusCode).toBe(200);
    await changeUser(application.context(CLI_ACTOR), owner.email, { disabled: true });
    expect((await readWith({ cookie })).statusCode).toBe(401);
    expect((await readWith(owner.headers)).statusCode).toBe(401);
    expect((await signIn({ email: owner.email, password: TEST_PASSWORD })).json().error.message).toMatch(
      /disabled/,
    );
    await changeUser(application.context(CLI_ACTOR), owner.email, { disabled: false });

    const session = await signIn({ email: owner.email, password: TEST_PASSWORD });
    const changed = await api.inject({
      method: 'POST',
      url: '/api/session/password',
      payload: { currentPassword: TEST_PASSWORD, newPassword: 'amber-tidal-notebook-61-vesper' },
      headers: { cookie: cookieOf(session), 'x-csrf-token': session.json().csrfToken },
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect((await readWith({ cookie: cookieOf(session) })).statusCode).toBe(401);
    const weak = await api.inject({
      method: 'POST',
      url: '/api/users',
      payload: { email: 'x@y.org', role: 'viewer', password: 'password1234' },
      headers: (await accountWithToken(application, 'admin')).headers,
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error.code).toBe('weak_password');
    expect(weak.body).not.toContain('password1234');
  });

  it('narrows a caller with X-Custodia-Role and never raises one; read-scoped tokens only GET', async () => {
    const viewer = await accountWithToken(application, 'viewer', { scope: 'read' });
    const admin = await accountWithToken(application, 'admin');
    const asViewer = await api.inject({
      method: 'GET',
      url: '/api/session',
      headers: { ...admin.headers, 'x-custodia-role': 'viewer' },
    });
    expect(asViewer.json()).toMatchObject({ role: 'viewer', user: { role: 'admin' } });
    const raised = await api.inject({
      method: 'GET',
      url: '/api/users',
      headers: { ...viewer.headers, 'x-custodia-role': 'admin' },
    });
    expect(raised.statusCode).toBe(403);
    const write = await api.inject({
      method: 'POST',
      url: '/api/tokens',
      payload: { scope: 'read' },
      headers: viewer.headers,
    });
    expect(write.statusCode).toBe(403);
    expect(write.json().error.message).toMatch(/read scope/);
    const bad = await api.inject({
      method: 'GET',
      url: '/api/persons',
      headers: { authorization: 'Bearer ctk_nope' },
    });
    expect(bad.statusCode).toBe(401);
  });

  it('signs in with a second factor, refuses a replayed code, and makes admins enrol one when required', async () => {
    const admin = 'second.factor@ngo.example';
    await addUser(application.context(CLI_ACTOR), { email: admin, role: 'admin', password: TEST_PASSWORD });
    // With --require-2fa, an admin without a second factor may only enrol one.
    const first = await signIn({ email: admin, password: TEST_PASSWORD }, {}, strictApi);
    expect(first.json()).toMatchObject({ secondFactor: 'enrolment_required' });
    const headers = { cookie: cookieOf(first), 'x-csrf-token': first.json().csrfToken as string };
    const blocked = await strictApi.inject({ method: 'GET', url: '/api/users', headers });
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().error.code).toBe('second_factor_enrolment_required');
    const started = await strictApi.inject({ method: 'POST', url: '/api/session/second-factor', headers });
    expect(started.json().uri).toMatch(/^otpauth:\/\/totp\/Custodia:/);
    const secret = started.json().secret as string;
    const code = totpCode(secret, now);
    const confirmed = await strictApi.inject({
      method: 'POST',
      url: '/api/session/second-factor/confirm',
      payload: { code },
      headers,
    });
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    expect((await strictApi.inject({ method: 'GET', url: '/api/users', headers })).statusCode).toBe(200);

    const noCode = await signIn({ email: admin, password: TEST_PASSWORD }, {}, strictApi);
    expect(noCode.json().error.code).toBe('second_factor_required');
    const replay = await signIn({ email: admin, password: TEST_PASSWORD, code }, {}, strictApi);
    expect(replay.statusCode).toBe(401);
    later(1);
    const next = await signIn(
      { email: admin, password: TEST_PASSWORD, code: totpCode(secret, now) },
      {},
      strictApi,
    );
    expect(next.json()).toMatchObject({ signedIn: true, secondFactor: 'verified' });
  });

  it('audits reads of person data by user and route, for "who looked at this person"', async () => {
    const admin = await accountWithToken(application, 'admin');
    const viewer = await accountWithToken(application, 'viewer');
    const source = await api.inject({
      method: 'POST',
      url: '/api/sources',
      payload: build.source(),
      headers: admin.headers,
    });
    const record = await api.inject({
      method: 'POST',
      url: '/api/person-records',
      payload: build.personRecord(source.json().id),
      headers: admin.headers,
    });
    const personId = record.json().personId as string;
    await api.inject({ method: 'GET', url: `/api/persons/${personId}/timeline`, headers: viewer.headers });
    const who = await api.inject({
      method: 'GET',
      url: `/api/audit?personId=${personId}&action=read`,
      headers: admin.headers,
    });
    expect(who.statusCode, who.body).toBe(200);
    const reads = (who.json().items as Json[]).filter((entry) => entry.actorId === viewer.userId);
    expect(reads).toEqual([
      expect.objectContaining({
        action: 'read',
        entityId: personId,
        actorEmail: viewer.email,
        actorVia: expect.stringMatching(/^token:tok_/),
        after: { route: 'GET /api/persons/:id/timeline' },
      }),
    ]);
    expect((await api.inject({ method: 'GET', url: '/api/audit', headers: viewer.headers })).statusCode).toBe(
      403,
    );
  });

  it('refuses a field the schema does not know, naming it, and takes a GET answer back on PUT', async () => {
    const admin = await accountWithToken(application, 'admin');
    const source = await api.inject({
      method: 'POST',
      url: '/api/sources',
      payload: build.source(),
      headers: admin.headers,
    });
    const typo = await api.inject({
      method: 'POST',
      url: '/api/person-records',
      payload: { ...build.personRecord(source.json().id), birthdate: '1990-01-01', nationalitys: ['SLV'] },
      headers: admin.headers,
    });
    expect(typo.statusCode).toBe(400);
    const paths = (typo.json().error.issues as Json[]).map((issue) => issue.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        ['body', 'birthdate'],
        ['body', 'nationalitys'],
      ]),
    );
    const read = await api.inject({
      method: 'GET',
      url: `/api/sources/${source.json().id}`,
      headers: admin.headers,
    });
    const edited = { ...read.json(), title: 'Edited title' };
    const put = await api.inject({
      method: 'PUT',
      url: `/api/sources/${source.json().id}`,
      payload: edited,
      headers: admin.headers,
    });
    expect(put.statusCode, put.body).toBe(200);
    expect(put.json()).toMatchObject({ title: 'Edited title', version: 2 });
  });
});
