import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { KIND_ORDER, kindOf, type KindName } from '../../core/entities/index.js';
import { DomainError, invalidInput, notFound } from '../../core/errors.js';
import {
  assertMayRead,
  isVisible,
  presentEntity,
  visibilityConditions,
} from '../../core/presenters/entityPresenter.js';
import { roleAtLeast } from '../../core/roles.js';
import { buildListQuery, encodeCursor } from '../../core/usecases/listEntities.js';
import { createEntity, retractEntity, updateEntity } from '../../core/usecases/writeEntities.js';
import { actorOf } from '../actor.js';
import { inRequestPart } from '../errorMapping.js';
import type { ApiDependencies } from '../server.js';
import { idParams, listQuerySchema, noQuery, nulCharacterIssues, patchBody, retractBody } from './schemas.js';

const LIST_OPTIONS = new Set(['limit', 'cursor', 'sort', 'from', 'to', 'dateMatch', 'includeRetracted']);

/** Fails with forbidden below the editor role: viewers and the public only read. */
export function assertMayWrite(role: string): void {
  if (!roleAtLeast(role as 'admin', 'editor'))
    throw new DomainError('forbidden', 'changing the registry needs the editor role');
}

/** Runs before body validation on every write: a NUL character would fail in PostgreSQL as a 500. */
export async function refuseNulCharacters(request: FastifyRequest): Promise<void> {
  const issues = nulCharacterIssues(request.body);
  if (issues.length > 0) throw invalidInput(issues, 'the request is not valid');
}

/** Create, read, update, retract and list for every kind; persons and agreements add richer reads elsewhere. */
export function registerEntityRoutes(
  app: FastifyInstance,
  dependencies: ApiDependencies,
  skipGet: ReadonlySet<KindName>,
): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  for (const kindName of KIND_ORDER) {
    const kind = kindOf(kindName);
    const base = `/api/${kind.collection}`;
    const tags = [kind.collection];
    const bodySchema = kind.schema as z.ZodType<unknown>;

    api.get(
      base,
      { schema: { tags, summary: `List ${kind.collection}`, querystring: listQuerySchema(kindName) } },
      async (request) => {
        const actor = actorOf(request);
        assertMayRead(kindName, actor.role);
        const query = request.query as Record<string, string | number | undefined>;
        const filters = Object.fromEntries(
          Object.entries(query).filter(([name, value]) => !LIST_OPTIONS.has(name) && value !== undefined),
        ) as Record<string, string>;
        const sort = (query.sort as string | undefined) ?? 'date';
        const listQuery = await inRequestPart('querystring', () =>
          buildListQuery(kindName, {
            filters,
            from: query.from as string | undefined,
            to: query.to as string | undefined,
            dateMatch: query.dateMatch as 'within' | 'overlaps' | undefined,
            sort,
            limit: query.limit as number | undefined,
            cursor: query.cursor as string | undefined,
            includeRetracted: query.includeRetracted === 'true',
          }),
        );
        listQuery.conditions.push(...visibilityConditions(kindName, actor.role));
        const page = await dependencies.store.list(kindName, listQuery);
        return {
          items: page.items.map((item) => presentEntity(kindName, item, actor.role)),
          nextCursor: page.next ? encodeCursor(page.next, sort) : null,
          limit: listQuery.limit,
        };
      },
    );

    if (!skipGet.has(kindName)) {
      api.get(
        `${base}/:id`,
        { schema: { tags, summary: `Read one ${kind.label}`, params: idParams, querystring: noQuery } },
        async (request) => {
          const actor = actorOf(request);
          assertMayRead(kindName, actor.role);
          const stored = await dependencies.store.get(kindName, request.params.id);
          if (!stored || !isVisible(kindName, stored, actor.role))
            throw notFound(kind.label, request.params.id);
          return presentEntity(kindName, stored, actor.role);
        },
      );
    }

    api.post(
      base,
      {
        schema: { tags, summary: `Record a ${kind.label}`, querystring: noQuery, body: bodySchema },
        preValidation: refuseNulCharacters,
      },
      async (request, reply) => {
        const actor = actorOf(request);
        assertMayWrite(actor.role);
        const stored = await inRequestPart('body', () =>
          createEntity(dependencies.context(actor), kindName, request.body),
        );
        return reply
          .status(201)
          .header('location', `${base}/${stored.id}`)
          .send(presentEntity(kindName, stored, actor.role));
      },
    );

    // PUT replaces the record, PATCH merges the fields sent; both carry the version the caller read.
    for (const [method, mode, summary] of [
      ['put', 'replace', `Replace a ${kind.label} (send the version you read)`],
      ['patch', 'merge', `Change fields of a ${kind.label} (send the version you read)`],
    ] as const) {
      api.route({
        method: method.toUpperCase() as 'PUT' | 'PATCH',
        url: `${base}/:id`,
        schema: { tags, summary, params: idParams, querystring: noQuery, body: patchBody },
        preValidation: refuseNulCharacters,
        handler: async (request) => {
          const actor = actorOf(request);
          assertMayWrite(actor.role);
          const { version, ...data } = request.body as { version: number } & Record<string, unknown>;
          const stored = await inRequestPart('body', () =>
            updateEntity(dependencies.context(actor), kindName, request.params.id, { version, data, mode }),
          );
          return presentEntity(kindName, stored, actor.role);
        },
      });
    }

    api.post(
      `${base}/:id/retract`,
      {
        schema: {
          tags,
          summary: `Retract a ${kind.label} with a reason (nothing is deleted)`,
          params: idParams,
          querystring: noQuery,
          body: retractBody,
        },
        preValidation: refuseNulCharacters,
      },
      async (request) => {
        const actor = actorOf(request);
        assertMayWrite(actor.role);
        const stored = await inRequestPart('body', () =>
          retractEntity(dependencies.context(actor), kindName, request.params.id, request.body),
        );
        return presentEntity(kindName, stored, actor.role);
      },
    );
  }
}
