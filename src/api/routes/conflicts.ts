import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { CursorCodec } from '../../core/access/cursors.js';
import { CONFLICT_CODES, type ConflictCode } from '../../core/conflicts/types.js';
import { invalidInput } from '../../core/errors.js';
import { MAX_PAGE_SIZE } from '../../core/usecases/listEntities.js';
import { listConflicts, type ConflictListPosition } from '../../core/usecases/listConflicts.js';
import type { ApiDependencies } from '../server.js';
import { answerObject, conflictAnswer, nextCursorAnswer } from './answerSchemas.js';

const codeList = new RegExp(`^(${CONFLICT_CODES.join('|')})(,(${CONFLICT_CODES.join('|')}))*$`);
const personIdPattern = /^per_[0-9A-Za-z_-]{1,64}$/;

const conflictsQuery = z
  .object({
    code: z
      .string()
      .regex(codeList, `expected conflict codes (${CONFLICT_CODES.join(', ')}), comma-separated`)
      .optional(),
    personId: z.string().regex(personIdPattern, 'expected a person id (per_…)').optional(),
    limit: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).optional(),
    cursor: z.string().max(1000).optional(),
  })
  .strict();

/** A page of conflicts, each with its person; a page may hold fewer than asked and still have a next cursor. */
const conflictListAnswer = answerObject({
  items: z.array(conflictAnswer.extend({ personId: z.string() })),
  nextCursor: nextCursorAnswer,
  limit: z.number().int(),
  personsExamined: z
    .number()
    .int()
    .meta({ description: 'how many persons this page examined (at most 1,000)' }),
});

/** What a sealed cursor of this list holds: the person it stopped at, and where in their conflicts (or null). */
const cursorPayload = z.tuple([
  z.string().regex(personIdPattern),
  z.tuple([z.number().int().min(0), z.string().max(100), z.string().max(100)]).nullable(),
]);

function decodeCursor(text: string, cursors: CursorCodec): ConflictListPosition {
  const parsed = cursorPayload.safeParse(cursors.open(text));
  if (!parsed.success)
    throw invalidInput([
      { path: ['querystring', 'cursor'], message: 'not a cursor from this list: start again without it' },
    ]);
  const [personId, position] = parsed.data;
  return { personId, position };
}

/** Facts that contradict each other, across the registry, for editors. */
export function registerConflictRoutes(app: FastifyInstance, dependencies: ApiDependencies): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    '/api/conflicts',
    {
      schema: {
        tags: ['conflicts'],
        summary:
          'Facts of a person that contradict each other, person by person; a page examines at most 1,000 persons, so follow nextCursor until it is null',
        querystring: conflictsQuery,
        response: { 200: conflictListAnswer },
      },
    },
    async (request) => {
      const query = request.query;
      const limit = query.limit ?? 50;
      const page = await listConflicts(
        dependencies.store,
        {
          codes: query.code?.split(',') as ConflictCode[] | undefined,
          personId: query.personId,
          limit,
          after: query.cursor ? decodeCursor(query.cursor, dependencies.cursors) : undefined,
        },
        dependencies.clock(),
      );
      return {
        items: page.items,
        nextCursor: page.next ? dependencies.cursors.seal([page.next.personId, page.next.position]) : null,
        limit,
        personsExamined: page.personsExamined,
      };
    },
  );
}
