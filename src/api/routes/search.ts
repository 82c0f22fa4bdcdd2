import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { DEFAULT_SEARCH_HITS, searchPersons } from '../../core/usecases/searchPersons.js';
import { actorOf } from '../access.js';
import { inRequestPart } from '../errorMapping.js';
import type { ApiDependencies } from '../server.js';
import { personSearchQuery } from './linkageSchemas.js';

/** Person search by name in any order, with spelling variants, nicknames and the reasons for every hit. */
export function registerSearchRoutes(app: FastifyInstance, { store }: ApiDependencies): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.get(
    '/api/search/persons',
    {
      schema: {
        tags: ['search'],
        summary:
          'Find persons by name (any order, spelling variants, nicknames), birth date, nationality or identifier, ranked by probability, each hit with why',
        querystring: personSearchQuery,
      },
    },
    async (request) => {
      const { role } = actorOf(request);
      const { limit, ...query } = request.query;
      return inRequestPart('querystring', () =>
        searchPersons(store, { ...query, limit: limit ?? DEFAULT_SEARCH_HITS }, role),
      );
    },
  );
}
