import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { KIND_ORDER, kindOf, type KindName } from '../../core/entities/index.js';
import { invalidInput, notFound } from '../../core/errors.js';
import {
  isVisible,
  listSortFor,
  presentEntity,
  visibilityConditions,
} from '../../core/presenters/entityPresenter.js';
import { buildListQuery, encodeCursor } from '../../core/usecases/listEntities.js';
import type { Actor, Stored } from '../../core/ports/store.js';
import {
  conflictsOfWrite,
  createEntity,
  retractEntity,
  updateEntity,
} from '../../core/usecases/writeEntities.js';
import { actorOf } from '../access.js';
import { formatParameter, negotiate, replyCsv } from '../csv.js';
import { itemsTable } from '../csvTables.js';
import { inRequestPart } from '../errorMapping.js';
import type { ApiDependencies } from '../server.js';
import { entityAnswer, entityListAnswer, entityWriteAnswer } from './entityAnswers.js';
import { idParams, listQuerySchema, noQuery, nulCharacterIssues, patchBody, retractBody } from './schemas.js';

const LIST_OPTIONS = new Set([
  'limit',
  'cursor',
  'sort',
  'from',
  'to',
  'dateMatch',
  'includeRetracted',
  'format',
]);

/** A list's CSV leads with what identifies each row; the rest follows by column name. */
const LIST_CSV_COLUMNS = { leading: ['id', 'version'] };

/** Runs before body validation on every write: a NUL character would fail in PostgreSQL as a 500. */
export async function refuseNulCharacters(request: FastifyRequest): Promise<void> {
  const issues = nulCharacterIssues(request.body);
  if (issues.length > 0) throw invalidInput(issues, 'the request is not valid');
}

/**
 * The data fields of a PUT or PATCH body. The fields a GET or a write answers with besides the data (`id`,
 * `version`, `createdAt`, `updatedAt`, `retracted`, `conflicts`) are accepted back, so read → edit → write
 * round-trips; they change nothing (the id must be the one in the path). Any other unknown field is refused by the
 * kind's schema.
 */
function writableFields(pathId: string, body: Record<string, unknown>): Record<string, unknown> {
  const {
    version: _version,
    id,
    createdAt: _created,
    updatedAt: _updated,
    retracted: _retracted,
    conflicts: _conflicts,
    ...data
  } = body;
  if (id !== undefined && id !== pathId)
    throw invalidInput([
      { path: ['body', 'id'], message: `the id in the body must be the one in the path (${pathId})` },
    ]);
  return data;
}

/** A write's answer: the entity as the role sees it, with the conflicts the write left about it (conflictsOfWrite). */
async function writeAnswer(dependencies: ApiDependencies, actor: Actor, kindName: KindName, stored: Stored) {
  const presented = presentEntity(kindName, stored, actor.role);
  const conflicts = await conflictsOfWrite(dependencies.context(actor), kindName, stored);
  return conflicts === undefined ? presented : { ...presented, conflicts };
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
    const written = entityWriteAnswer(kindName);

    api.get(
      base,
      {
        schema: {
          tags,
          summary: `List ${kind.collection} (JSON, or CSV with format=csv or Accept: text/csv)`,
          querystring: listQuerySchema(kindName).extend({ format: formatParameter }),
          response: { 200: entityListAnswer(kindName) },
        },
      },
      async (request, reply) => {
        const actor = actorOf(request);
        const query = request.query as Record<string, string | number | undefined>;
        const filters = Object.fromEntries(
          Object.entries(query).filter(([name, value]) => !LIST_OPTIONS.has(name) && value !== undefined),
        ) as Record<string, string>;
        const from = query.from as string | undefined;
        const to = query.to as string | undefined;
        const { sort, issues } = listSortFor(
          kindName,
          { sort: query.sort as string | undefined, from, to },
          actor.role,
        );
        if (issues.length > 0)
          throw invalidInput(
            issues.map((issue) => ({ ...issue, path: ['querystring', ...issue.path] })),
            'the list request is not valid for your role',
          );
        const listQuery = await inRequestPart('querystring', () =>
          buildListQuery(
            kindName,
            {
              filters,
              from,
              to,
              dateMatch: query.dateMatch as 'within' | 'overlaps' | undefined,
              sort,
              limit: query.limit as number | undefined,
              cursor: query.cursor as string | undefined,
              includeRetracted: query.includeRetracted === 'true',
            },
            dependencies.cursors,
          ),
        );
        listQuery.conditions.push(...visibilityConditions(kindName, actor.role));
        const page = await dependencies.store.list(kindName, listQuery);
        const answer = {
          items: page.items.map((item) => presentEntity(kindName, item, actor.role)),
          nextCursor: page.next ? encodeCursor(page.next, sort, dependencies.cursors) : null,
          limit: listQuery.limit,
        };
        if (!negotiate(request, reply, query.format as 'json' | 'csv' | undefined)) return answer;
        return replyCsv(request, reply, answer, (sent) => itemsTable(sent.items, LIST_CSV_COLUMNS), {
          name: kind.collection,
          at: dependencies.clock(),
          nextCursor: answer.nextCursor,
        });
      },
    );

    if (!skipGet.has(kindName)) {
      api.get(
        `${base}/:id`,
        {
          schema: {
            tags,
            summary: `Read one ${kind.label}`,
            params: idParams,
            querystring: noQuery,
            response: { 200: entityAnswer(kindName) },
          },
        },
        async (request) => {
          const actor = actorOf(request);
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
        schema: {
          tags,
          summary: `Record a ${kind.label}`,
          querystring: noQuery,
          body: bodySchema,
          response: { 201: written },
        },
        preValidation: refuseNulCharacters,
      },
      async (request, reply) => {
        const actor = actorOf(request);
        const stored = await inRequestPart('body', () =>
          createEntity(dependencies.context(actor), kindName, request.body),
        );
        return reply
          .status(201)
          .header('location', `${base}/${stored.id}`)
          .send(await writeAnswer(dependencies, actor, kindName, stored));
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
        schema: {
          tags,
          summary,
          params: idParams,
          querystring: noQuery,
          body: patchBody,
          response: { 200: written },
        },
        preValidation: refuseNulCharacters,
        handler: async (request) => {
          const actor = actorOf(request);
          const data = writableFields(
            request.params.id,
            request.body as { version: number } & Record<string, unknown>,
          );
          const { version } = request.body as { version: number };
          const stored = await inRequestPart('body', () =>
            updateEntity(dependencies.context(actor), kindName, request.params.id, { version, data, mode }),
          );
          return writeAnswer(dependencies, actor, kindName, stored);
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
          response: { 200: entityAnswer(kindName) },
        },
        preValidation: refuseNulCharacters,
      },
      async (request) => {
        const actor = actorOf(request);
        const stored = await inRequestPart('body', () =>
          retractEntity(dependencies.context(actor), kindName, request.params.id, request.body),
        );
        return presentEntity(kindName, stored, actor.role);
      },
    );
  }
}
