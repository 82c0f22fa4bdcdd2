import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DomainError } from '../../core/errors.js';
import { presentUser } from '../../core/presenters/accountPresenter.js';
import type { Principal } from '../../core/usecases/access/authenticate.js';
import { changeOwnPassword } from '../../core/usecases/access/setPassword.js';
import {
  confirmSecondFactor,
  removeSecondFactor,
  startSecondFactor,
} from '../../core/usecases/access/secondFactor.js';
import { signOut } from '../../core/usecases/access/sessions.js';
import { signIn } from '../../core/usecases/access/signIn.js';
import {
  actorOf,
  clearSessionCookie,
  SESSION_COOKIE,
  sessionCookieOptions,
  type AccessOptions,
} from '../access.js';
import { inRequestPart } from '../errorMapping.js';
import type { ApiDependencies } from '../server.js';
import { refuseNulCharacters } from './entities.js';
import { noQuery } from './schemas.js';
import { sessionAnswer, userSchema } from './accountSchemas.js';

const TAGS = ['session'];

const signInBody = z
  .object({
    email: z.string().min(1).max(254),
    password: z.string().min(1).max(1024),
    code: z.string().max(20).optional(),
  })
  .strict();
const passwordBody = z
  .object({ currentPassword: z.string().min(1).max(1024), newPassword: z.string().min(1).max(1024) })
  .strict();
const codeBody = z.object({ code: z.string().min(1).max(20) }).strict();

function describe(principal: Principal, options: AccessOptions) {
  if (principal.user === null) return { signedIn: false as const, role: principal.actor.role };
  return {
    signedIn: true as const,
    role: principal.actor.role,
    user: presentUser(principal.user),
    via: principal.session ? ('session' as const) : ('token' as const),
    csrfToken: principal.session?.csrfToken ?? null,
    expiresAt: principal.session?.expiresAt ?? principal.token?.expiresAt ?? null,
    idleMinutes: principal.session ? options.sessions.idleMinutes : null,
    secondFactor: principal.session?.secondFactor ?? null,
  };
}

/** Signing in and out with a session cookie, and one's own password and second factor. */
export function registerSessionRoutes(app: FastifyInstance, dependencies: ApiDependencies): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const options = dependencies.access;

  api.post(
    '/api/session',
    {
      schema: {
        tags: TAGS,
        summary: 'Sign in: sets the session cookie and answers with the CSRF token writes must carry',
        querystring: noQuery,
        body: signInBody,
        response: { 200: sessionAnswer },
      },
      preValidation: refuseNulCharacters,
    },
    async (request, reply) => {
      const { session, secret, user } = await inRequestPart('body', () =>
        signIn(
          dependencies.context(actorOf(request)),
          {
            ...request.body,
            address: request.ip,
            userAgent: request.headers['user-agent'],
          },
          options.sessions,
        ),
      );
      reply.setCookie(SESSION_COOKIE, secret, {
        ...sessionCookieOptions(options),
        expires: new Date(session.expiresAt),
      });
      return describe({ actor: { id: user.id, role: user.role }, user, session, token: null }, options);
    },
  );

  api.get(
    '/api/session',
    {
      schema: {
        tags: TAGS,
        summary: 'Who am I: signed in or not, my role, and the CSRF token for writes',
        querystring: noQuery,
        response: { 200: sessionAnswer },
      },
    },
    async (request) => describe(request.principal, options),
  );

  api.delete(
    '/api/session',
    { schema: { tags: TAGS, summary: 'Sign out: ends this session', querystring: noQuery } },
    async (request, reply) => {
      const { session } = request.principal;
      if (!session)
        throw new DomainError(
          'invalid_input',
          'only a session signs out; revoke a token with DELETE /api/tokens/:id',
        );
      await signOut(dependencies.context(actorOf(request)), session);
      clearSessionCookie(reply, options);
      return reply.status(204).send();
    },
  );

  api.post(
    '/api/session/password',
    {
      schema: {
        tags: TAGS,
        summary: 'Change my password: every session and token of mine ends, this one included',
        querystring: noQuery,
        body: passwordBody,
        response: { 200: z.object({ user: userSchema }) },
      },
      preValidation: refuseNulCharacters,
    },
    async (request, reply) => {
      const principal = request.principal;
      const user = await inRequestPart('body', () =>
        changeOwnPassword(
          dependencies.context(actorOf(request)),
          (principal.user as { id: string }).id,
          request.body,
        ),
      );
      clearSessionCookie(reply, options);
      return { user: presentUser(user) };
    },
  );

  registerSecondFactorRoutes(app, dependencies);
}

function registerSecondFactorRoutes(app: FastifyInstance, dependencies: ApiDependencies): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const userIdOf = (principal: Principal) => (principal.user as { id: string }).id;

  api.post(
    '/api/session/second-factor',
    {
      schema: {
        tags: TAGS,
        summary: 'Start enrolling a second factor (TOTP): the secret and otpauth:// address, shown once',
        querystring: noQuery,
        response: { 200: z.object({ secret: z.string(), uri: z.string() }) },
      },
    },
    async (request) => {
      const started = await startSecondFactor(
        dependencies.context(actorOf(request)),
        userIdOf(request.principal),
      );
      return { secret: started.secret, uri: started.uri };
    },
  );

  api.post(
    '/api/session/second-factor/confirm',
    {
      schema: {
        tags: TAGS,
        summary: 'Confirm the second factor with a current code from the authenticator app',
        querystring: noQuery,
        body: codeBody,
        response: { 200: z.object({ user: userSchema }) },
      },
    },
    async (request) => {
      const user = await inRequestPart('body', () =>
        confirmSecondFactor(
          dependencies.context(actorOf(request)),
          userIdOf(request.principal),
          request.body.code,
        ),
      );
      return { user: presentUser(user) };
    },
  );

  api.delete(
    '/api/session/second-factor',
    {
      schema: {
        tags: TAGS,
        summary: 'Remove my second factor, with a current code',
        querystring: noQuery,
        body: codeBody,
        response: { 200: z.object({ user: userSchema }) },
      },
    },
    async (request) => {
      const principal = request.principal;
      if (principal.user?.role === 'admin' && dependencies.access.sessions.requireSecondFactorForAdmins)
        throw new DomainError('forbidden', 'admins must keep a second factor on this server (--require-2fa)');
      const user = await inRequestPart('body', () =>
        removeSecondFactor(dependencies.context(actorOf(request)), userIdOf(principal), {
          code: request.body.code,
        }),
      );
      return { user: presentUser(user) };
    },
  );
}
