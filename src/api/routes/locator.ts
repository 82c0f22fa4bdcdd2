import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { invalidInput } from '../../core/errors.js';
import { listLocateRequests, requestLocate } from '../../core/usecases/locate.js';
import { actorOf } from '../access.js';
import { inRequestPart } from '../errorMapping.js';
import type { ApiDependencies } from '../server.js';
import { answerObject, nextCursorAnswer } from './answerSchemas.js';
import { refuseNulCharacters } from './entities.js';
import { entityAnswer } from './entityAnswers.js';
import { noQuery } from './schemas.js';

const answer = z.object({ reference: z.string(), organisation: z.string(), contact: z.string() });

/** The requests as the families wrote them, each with the persons it may concern and their record (editors). */
const locateRequestsAnswer = answerObject({
  items: z.array(
    answerObject({
      id: z.string(),
      reference: z.string(),
      createdAt: z.string(),
      name: z.string(),
      birthDate: z.string(),
      nationality: z.string().nullable(),
      contact: z.string(),
      language: z.string(),
      address: z.string().nullable(),
      matches: z.array(
        answerObject({ personId: z.string(), probability: z.number(), record: entityAnswer('personRecord') }),
      ),
    }),
  ),
  nextCursor: nextCursorAnswer,
});

/** The family locator: the same answer for everyone; the requests, with possible matches, for editors. */
export function registerLocatorRoutes(app: FastifyInstance, dependencies: ApiDependencies): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.post(
    '/api/locate',
    {
      schema: {
        tags: ['locator'],
        summary:
          'Ask for a relative: always the same answer (a reference and who will call back), match or no match',
        querystring: noQuery,
        body: z.unknown(),
        response: { 200: answer },
      },
      preValidation: refuseNulCharacters,
    },
    async (request) =>
      inRequestPart('body', () =>
        requestLocate(
          dependencies.context(actorOf(request)),
          request.body,
          { address: request.ip },
          dependencies.locator,
        ),
      ),
  );
  api.get(
    '/api/locate-requests',
    {
      schema: {
        tags: ['locator'],
        summary: "The locator's requests, newest first, each with the persons it may concern (editors)",
        querystring: z
          .object({
            limit: z.coerce.number().int().min(1).max(100).optional(),
            cursor: z.string().max(500).optional(),
          })
          .strict(),
        response: { 200: locateRequestsAnswer },
      },
    },
    async (request) => {
      const limit = request.query.limit ?? 20;
      let before: { createdAt: string; id: string } | undefined;
      if (request.query.cursor) {
        const opened = dependencies.cursors.open(request.query.cursor) as [string, string] | undefined;
        if (!Array.isArray(opened))
          throw invalidInput([{ path: ['querystring', 'cursor'], message: 'not a cursor from this list' }]);
        before = { createdAt: opened[0], id: opened[1] };
      }
      const items = await listLocateRequests(dependencies.store, { limit, ...(before ? { before } : {}) });
      const last = items.at(-1);
      return {
        items,
        nextCursor:
          items.length === limit && last ? dependencies.cursors.seal([last.createdAt, last.id]) : null,
      };
    },
  );
}
