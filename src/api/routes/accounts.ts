import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DomainError } from '../../core/errors.js';
import { presentSession, presentToken, presentUser } from '../../core/presenters/accountPresenter.js';
import { findUser } from '../../core/usecases/access/accounts.js';
import { addUser } from '../../core/usecases/access/addUser.js';
import { createApiToken, revokeApiToken } from '../../core/usecases/access/apiTokens.js';
import { changeUser } from '../../core/usecases/access/changeUser.js';
import { removeSecondFactor } from '../../core/usecases/access/secondFactor.js';
import { endUserSessions, listUserSessions } from '../../core/usecases/access/sessions.js';
import { resetPassword } from '../../core/usecases/access/setPassword.js';
import { roleAtLeast } from '../../core/roles.js';
import { actorOf } from '../access.js';
import { inRequestPart } from '../errorMapping.js';
import type { ApiDependencies } from '../server.js';
import { refuseNulCharacters } from './entities.js';
import { idParams, noQuery, versionField } from './schemas.js';
import { sessionSchema, tokenSchema, userSchema } from './accountSchemas.js';

const USER_TAGS = ['users'];
const TOKEN_TAGS = ['tokens'];

const newUserBody = z
  .object({
    email: z.string().min(1).max(254),
    role: z.enum(['admin', 'editor', 'viewer']),
    password: z.string().min(1).max(1024).optional(),
  })
  .strict();
const userChangeBody = z
  .object({
    version: versionField.optional(),
    role: z.enum(['admin', 'editor', 'viewer']).optional(),
    disabled: z.boolean().optional(),
  })
  .strict();
const passwordBody = z.object({ password: z.string().min(1).max(1024).optional() }).strict();
const withPassword = z.object({ user: userSchema, password: z.string().nullable() });

/** Accounts (admins), and each user's own API tokens. */
export function registerAccountRoutes(app: FastifyInstance, dependencies: ApiDependencies): void {
  registerUserRoutes(app, dependencies);
  registerUserSessionRoutes(app, dependencies);
  registerTokenRoutes(app, dependencies);
}

function registerUserRoutes(app: FastifyInstance, dependencies: ApiDependencies): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const context = (request: Parameters<typeof actorOf>[0]) => dependencies.context(actorOf(request));

  api.get(
    '/api/users',
    {
      schema: {
        tags: USER_TAGS,
        summary: 'Every account (admin)',
        querystring: noQuery,
        response: { 200: z.object({ items: z.array(userSchema) }) },
      },
    },
    async () => ({ items: (await dependencies.store.listUsers()).map(presentUser) }),
  );

  api.post(
    '/api/users',
    {
      schema: {
        tags: USER_TAGS,
        summary: 'Add an account (admin); without a password one is generated and answered once',
        querystring: noQuery,
        body: newUserBody,
        response: { 201: withPassword },
      },
      preValidation: refuseNulCharacters,
    },
    async (request, reply) => {
      const { user, generatedPassword } = await inRequestPart('body', () =>
        addUser(context(request), request.body),
      );
      return reply
        .status(201)
        .header('location', `/api/users/${user.id}`)
        .send({ user: presentUser(user), password: generatedPassword });
    },
  );

  api.patch(
    '/api/users/:id',
    {
      schema: {
        tags: USER_TAGS,
        summary: "Change an account's role, or disable it (its sessions and tokens end at once) or enable it",
        params: idParams,
        querystring: noQuery,
        body: userChangeBody,
        response: { 200: z.object({ user: userSchema }) },
      },
    },
    async (request) => ({
      user: presentUser(
        await inRequestPart('body', () => changeUser(context(request), request.params.id, request.body)),
      ),
    }),
  );

  api.post(
    '/api/users/:id/password',
    {
      schema: {
        tags: USER_TAGS,
        summary: "Reset an account's password (admin): the one sent, or a generated one answered once",
        params: idParams,
        querystring: noQuery,
        body: passwordBody,
        response: { 200: withPassword },
      },
      preValidation: refuseNulCharacters,
    },
    async (request) => {
      const { user, generatedPassword } = await inRequestPart('body', () =>
        resetPassword(context(request), request.params.id, request.body.password),
      );
      return { user: presentUser(user), password: generatedPassword };
    },
  );

  api.delete(
    '/api/users/:id/second-factor',
    {
      schema: {
        tags: USER_TAGS,
        summary: "Remove an account's second factor (a lost device); it can enrol again",
        params: idParams,
        querystring: noQuery,
        response: { 200: z.object({ user: userSchema }) },
      },
    },
    async (request) => ({
      user: presentUser(await removeSecondFactor(context(request), request.params.id, { byAdmin: true })),
    }),
  );
}

function registerUserSessionRoutes(app: FastifyInstance, dependencies: ApiDependencies): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.get(
    '/api/users/:id/sessions',
    {
      schema: {
        tags: USER_TAGS,
        summary: "An account's sessions, newest first (admin); ?all=true includes ended ones",
        params: idParams,
        querystring: z.object({ all: z.enum(['true', 'false']).optional() }).strict(),
        response: { 200: z.object({ items: z.array(sessionSchema) }) },
      },
    },
    async (request) => {
      const sessions = await listUserSessions(
        dependencies.context(actorOf(request)),
        request.params.id,
        request.query.all !== 'true',
      );
      const now = dependencies.clock().toISOString();
      return { items: sessions.map((session) => presentSession(session, now)) };
    },
  );
  api.delete(
    '/api/users/:id/sessions',
    {
      schema: {
        tags: USER_TAGS,
        summary: 'End every session of an account (admin)',
        params: idParams,
        querystring: noQuery,
        response: { 200: z.object({ ended: z.number().int() }) },
      },
    },
    async (request) => ({
      ended: await endUserSessions(dependencies.context(actorOf(request)), request.params.id),
    }),
  );
}

function registerTokenRoutes(app: FastifyInstance, dependencies: ApiDependencies): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.get(
    '/api/tokens',
    {
      schema: {
        tags: TOKEN_TAGS,
        summary:
          'My API tokens; an admin may ask for any account with ?user=EMAIL|ID or for all with ?user=*',
        querystring: z.object({ user: z.string().min(1).max(254).optional() }).strict(),
        response: { 200: z.object({ items: z.array(tokenSchema) }) },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const asked = request.query.user;
      if (asked !== undefined && !roleAtLeast(actor.role, 'admin'))
        throw new DomainError('forbidden', "only an admin lists other accounts' tokens");
      const userId =
        asked === undefined
          ? actor.id
          : asked === '*'
            ? undefined
            : (await findUser(dependencies.store, asked)).id;
      const now = dependencies.clock().toISOString();
      return {
        items: (await dependencies.store.listTokens(userId)).map((token) => presentToken(token, now)),
      };
    },
  );
  api.post(
    '/api/tokens',
    {
      schema: {
        tags: TOKEN_TAGS,
        summary: 'Create an API token for myself: answered once, then only its last four characters are kept',
        querystring: noQuery,
        body: z
          .object({
            name: z.string().min(1).max(100).optional(),
            scope: z.enum(['read', 'write']),
            expires: z.string().max(10).optional(),
          })
          .strict(),
        response: { 201: z.object({ token: z.string(), stored: tokenSchema }) },
      },
      preValidation: refuseNulCharacters,
    },
    async (request, reply) => {
      const user = request.principal.user;
      if (!user) throw new DomainError('unauthenticated', 'sign in to create a token');
      const { token, stored } = await inRequestPart('body', () =>
        createApiToken(dependencies.context(actorOf(request)), user, request.body),
      );
      return reply.status(201).send({ token, stored: presentToken(stored, stored.createdAt) });
    },
  );
  api.delete(
    '/api/tokens/:id',
    {
      schema: {
        tags: TOKEN_TAGS,
        summary: 'Revoke an API token (mine, or any as admin)',
        params: idParams,
        querystring: noQuery,
        response: { 200: tokenSchema },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const revoked = await revokeApiToken(
        dependencies.context(actor),
        request.params.id,
        roleAtLeast(actor.role, 'admin'),
      );
      return presentToken(revoked, dependencies.clock().toISOString());
    },
  );
}
