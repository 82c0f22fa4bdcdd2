import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { DEFAULT_SEARCH_HITS, searchPersons } from '../../core/usecases/searchPersons.js';
import { actorOf } from '../access.js';
import { formatParameter, negotiate, replyCsv } from '../csv.js';
import { itemsTable } from '../csvTables.js';
import { inRequestPart } from '../errorMapping.js';
import type { ApiDependencies } from '../server.js';
import { personSearchAnswer, personSearchQuery } from './linkageSchemas.js';

/** A hit's CSV row leads with the person and the probability; the reasons stay JSON. */
const HIT_CSV_COLUMNS = { leading: ['person.id', 'probability', 'record.id'] };

/** Person search by name in any order, with spelling variants, nicknames and the reasons for every hit. */
export function registerSearchRoutes(app: FastifyInstance, { store, clock }: ApiDependencies): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.get(
    '/api/search/persons',
    {
      schema: {
        tags: ['search'],
        summary:
          'Find persons by name (any order, spelling variants, nicknames), birth date, nationality or identifier, ranked by probability, each hit with why (JSON, or CSV with format=csv or Accept: text/csv)',
        querystring: personSearchQuery.extend({ format: formatParameter }),
        response: { 200: personSearchAnswer },
      },
    },
    async (request, reply) => {
      const { role } = actorOf(request);
      const { limit, format, ...query } = request.query;
      const answer = await inRequestPart('querystring', () =>
        searchPersons(store, { ...query, limit: limit ?? DEFAULT_SEARCH_HITS }, role),
      );
      if (!negotiate(request, reply, format)) return answer;
      // A search has no next page; whether a common name left candidates unread is said in a header.
      reply.header('x-custodia-incomplete', String(answer.incomplete));
      return replyCsv(request, reply, answer, (sent) => itemsTable(sent.hits, HIT_CSV_COLUMNS), {
        name: 'person-search',
        at: clock(),
      });
    },
  );
}
