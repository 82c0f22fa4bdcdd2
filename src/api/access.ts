import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { policyOf, type RoutePolicy } from '../core/access/policy.js';
import { constantTimeEqual } from '../core/access/secrets.js';
import { DomainError } from '../core/errors.js';
import type { Actor, Store } from '../core/ports/store.js';
import { ROLES, roleAtLeast, type Role } from '../core/roles.js';
import {
  authenticateSession,
  authenticateToken,
  publicPrincipal,
  viewAs,
  type Principal,
  type SessionSettings,
} from '../core/usecases/access/authenticate.js';
import { countHit } from '../core/usecases/access/rateLimits.js';
import { personIdsIn, personReadEvents } from '../core/usecases/access/recordReads.js';
import { ReadAuditWriter } from './readAudit.js';

export const SESSION_COOKIE = 'custodia_session';
export const ROLE_HEADER = 'x-custodia-role';
export const CSRF_HEADER = 'x-csrf-token';

/** How the API decides who is calling. */
export interface AccessOptions {
  sessions: SessionSettings;
  /** `Secure` cookies: set when the public address is https. */
  secureCookies: boolean;
  /** Requests per minute per address for callers who are not signed in (database-backed, every process). */
  publicRequestsPerMinute: number;
  /**
   * `off` only for the access benchmark: every request acts as an admin, unaudited, to measure what access
   * costs. Nothing but bench/ sets it.
   */
  mode?: 'enforce' | 'off';
}

export const DEFAULT_ACCESS: AccessOptions = {
  sessions: { idleMinutes: 30, absoluteHours: 12, requireSecondFactorForAdmins: false },
  secureCookies: false,
  publicRequestsPerMinute: 300,
  mode: 'enforce',
};

declare module 'fastify' {
  interface FastifyRequest {
    /** Who is calling, as the access hook decided: the only identity routes may use. */
    principal: Principal;
    /** This request reads person data and owes the read audit its entries (or its abandonment). */
    auditsRead: boolean;
  }
  interface FastifyContextConfig {
    policy?: RoutePolicy;
  }
  interface FastifyInstance {
    /** Every route registered, with the policy the access hook enforces on it (for the route-policy test). */
    routePolicies: Array<{ method: string; url: string; policy: RoutePolicy }>;
  }
}

/** The acting user of a request (after any `X-Custodia-Role` narrowing). */
export function actorOf(request: FastifyRequest): Actor {
  return request.principal.actor;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const BENCH_ACTOR: Actor = { id: 'bench', role: 'admin', via: 'bench' };

function requestedRole(request: FastifyRequest): Role | undefined {
  const header = request.headers[ROLE_HEADER];
  if (header === undefined) return undefined;
  const value = Array.isArray(header) ? header[0] : header;
  if (!ROLES.includes(value as Role))
    throw new DomainError('invalid_input', `header X-Custodia-Role must be one of ${ROLES.join(', ')}`, {
      issues: [{ path: ['headers', ROLE_HEADER], message: `unknown role "${value}"` }],
    });
  return value as Role;
}

function bearerOf(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  if (header === undefined) return undefined;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match)
    throw new DomainError('unauthenticated', 'the Authorization header must be "Bearer <API token>"');
  return match[1];
}

async function identify(
  store: Store,
  options: AccessOptions,
  request: FastifyRequest,
  now: Date,
): Promise<Principal> {
  const bearer = bearerOf(request);
  if (bearer !== undefined) return authenticateToken(store, bearer, now);
  const secret = request.cookies[SESSION_COOKIE];
  if (secret === undefined || secret === '') return publicPrincipal(request.ip);
  return authenticateSession(store, secret, options.sessions, now, request.ip);
}

function refuseBelow(policy: RoutePolicy, principal: Principal): void {
  const { role } = principal.actor;
  if (roleAtLeast(role, policy.least)) return;
  if (principal.user === null) {
    const why = principal.endedSession ? `your session ${principal.endedSession}: sign in again` : 'sign in';
    throw new DomainError('unauthenticated', `this needs the ${policy.least} role: ${why}`);
  }
  throw new DomainError('forbidden', `this needs the ${policy.least} role; you act as ${role}`);
}

function refuseWrongMeans(policy: RoutePolicy, principal: Principal, request: FastifyRequest): void {
  if (SAFE_METHODS.has(request.method)) return;
  if (principal.token?.scope === 'read')
    throw new DomainError('forbidden', 'this API token has the read scope: it may only GET');
  if (principal.session !== null && !policy.csrfExempt) {
    const sent = request.headers[CSRF_HEADER];
    if (typeof sent !== 'string' || !constantTimeEqual(sent, principal.session.csrfToken))
      throw new DomainError(
        'csrf_token_invalid',
        'a change made with the session cookie must carry the X-CSRF-Token header given at sign-in (GET /api/session)',
      );
  }
}

function refuseUntilEnrolled(policy: RoutePolicy, principal: Principal): void {
  const session = principal.session;
  if (session?.secondFactor !== 'enrolment_required' || policy.duringEnrolment) return;
  // Enrolling in this very session counts: the code was proved after the session began.
  const enrolledAt = principal.user?.totpEnabledAt ?? null;
  if (enrolledAt !== null && enrolledAt >= session.createdAt) return;
  throw new DomainError(
    'second_factor_enrolment_required',
    'admins must have a second factor here: enrol one (POST /api/session/second-factor) before anything else',
  );
}

async function limitPublic(
  store: Store,
  options: AccessOptions,
  policy: RoutePolicy,
  request: FastifyRequest,
  now: Date,
): Promise<void> {
  const limits = [
    { bucket: `public:${request.ip}`, max: options.publicRequestsPerMinute, windowSeconds: 60 },
  ];
  if (policy.publicLimits) {
    const length = Number(request.headers['content-length'] ?? 0);
    if (length > policy.publicLimits.bodyBytes)
      throw new DomainError(
        'payload_too_large',
        `without signing in, this route takes at most ${policy.publicLimits.bodyBytes} bytes`,
      );
    const route = request.routeOptions.url ?? '';
    limits.push({
      bucket: `public:${route}:${request.ip}`,
      max: policy.publicLimits.perMinute,
      windowSeconds: 60,
    });
  }
  for (const limit of limits) await countHit(store, limit, now, 'too many requests from this address');
}

/**
 * One access hook for every route: the route's policy comes from the one table (src/core/access/policy.ts), the
 * caller from a token or a session cookie (never from a header they can set), and the answer's person data is
 * audited before it leaves. A route missing from the table stops the API from starting.
 */
export function registerAccess(
  app: FastifyInstance,
  store: Store,
  options: AccessOptions,
  clock: () => Date,
): void {
  const reads = new ReadAuditWriter(store);
  app.decorateRequest('principal', null as unknown as Principal);
  app.decorateRequest('auditsRead', false);
  app.decorate('routePolicies', []);
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) {
      const policy = policyOf(method, route.url);
      if (!policy)
        throw new Error(`route ${method} ${route.url} has no access policy in src/core/access/policy.ts`);
      route.config = { ...(route.config ?? {}), policy } as typeof route.config;
      app.routePolicies.push({ method, url: route.url, policy });
    }
  });
  app.addHook('onRequest', async (request, reply) => {
    const policy = request.routeOptions.config.policy;
    if (!policy) return; // Not a route (404): the not-found handler answers, with no data.
    if (options.mode === 'off') {
      request.principal = { actor: BENCH_ACTOR, user: null, session: null, token: null };
      return;
    }
    const now = clock();
    const identified = await identify(store, options, request, now);
    if (identified.endedSession !== undefined) clearSessionCookie(reply, options);
    const principal = viewAs(identified, requestedRole(request));
    request.principal = principal;
    if (principal.user === null) await limitPublic(store, options, policy, request, now);
    refuseBelow(policy, principal);
    refuseUntilEnrolled(policy, principal);
    refuseWrongMeans(policy, principal, request);
    if (policy.personData === 'person' && roleAtLeast(principal.actor.role, 'viewer')) {
      request.auditsRead = true;
      reads.begin();
    }
  });
  app.addHook('preSerialization', async (request: FastifyRequest, reply: FastifyReply, payload: unknown) => {
    if (!request.auditsRead) return payload;
    request.auditsRead = false;
    if (reply.statusCode >= 300) {
      reads.abandon();
      return payload;
    }
    const route = `${request.method} ${request.routeOptions.url ?? ''}`;
    await reads.record(
      request.principal.actor,
      clock().toISOString(),
      personReadEvents(personIdsIn(payload), route),
    );
    return payload;
  });
  // A read that ended without a serialized answer (a stream, an aborted connection) owes the group nothing.
  const release = async (request: FastifyRequest) => {
    if (!request.auditsRead) return;
    request.auditsRead = false;
    reads.abandon();
  };
  app.addHook('onResponse', release);
  app.addHook('onClose', async () => reads.settle());
  app.addHook('onRequestAbort', release);
}

export function sessionCookieOptions(options: AccessOptions) {
  return {
    path: '/',
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: options.secureCookies,
  };
}

export function clearSessionCookie(reply: FastifyReply, options: AccessOptions): void {
  reply.clearCookie(SESSION_COOKIE, sessionCookieOptions(options));
}
