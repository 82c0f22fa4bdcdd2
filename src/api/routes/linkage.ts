import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { presentEntity } from '../../core/presenters/entityPresenter.js';
import type { Role } from '../../core/roles.js';
import { acceptMatch, rejectMatch, type DecidedMatch } from '../../core/usecases/decideMatch.js';
import { DEFAULT_PAGE_SIZE } from '../../core/usecases/listEntities.js';
import { getMatchView, listMatchesView, presentOneMatch } from '../../core/usecases/listMatches.js';
import { mergePersons } from '../../core/usecases/mergePersons.js';
import { splitPerson } from '../../core/usecases/splitPerson.js';
import { actorOf } from '../access.js';
import { formatParameter, negotiate, replyCsv } from '../csv.js';
import { itemsTable } from '../csvTables.js';
import { inRequestPart } from '../errorMapping.js';
import type { ApiDependencies } from '../server.js';
import { refuseNulCharacters } from './entities.js';
import {
  acceptBody,
  matchAnswer,
  matchDecisionAnswer,
  matchListAnswer,
  matchListQuery,
  mergeAnswer,
  mergeBody,
  rejectBody,
  splitAnswer,
  splitBody,
} from './linkageSchemas.js';
import { idParams, noQuery } from './schemas.js';

const MATCH_TAGS = ['matches'];

/** A match's CSV row leads with the match; both records spread into dotted columns; the score bars stay JSON. */
const MATCH_CSV_COLUMNS = {
  leading: ['id', 'version', 'status', 'probability'],
  opaque: ['explanation'],
};
const PERSON_TAGS = ['persons'];

/** The review queue of person linkage and the reviewers' merges and splits. */
export function registerLinkageRoutes(app: FastifyInstance, dependencies: ApiDependencies): void {
  registerMatchReads(app, dependencies);
  registerMatchDecisions(app, dependencies);
  registerMergeAndSplit(app, dependencies);
}

function registerMatchReads(app: FastifyInstance, { store, cursors, clock }: ApiDependencies): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.get(
    '/api/matches',
    {
      schema: {
        tags: MATCH_TAGS,
        summary:
          'The review queue: scored pairs of a record and a person, with both records and why they scored (JSON, or CSV with format=csv or Accept: text/csv)',
        querystring: matchListQuery.extend({ format: formatParameter }),
        response: { 200: matchListAnswer },
      },
    },
    async (request, reply) => {
      const { role } = actorOf(request);
      const { status, limit, cursor, format } = request.query;
      const answer = await inRequestPart('querystring', () =>
        listMatchesView(store, { status, limit: limit ?? DEFAULT_PAGE_SIZE, cursor }, role, cursors),
      );
      if (!negotiate(request, reply, format)) return answer;
      return replyCsv(request, reply, answer, (sent) => itemsTable(sent.items, MATCH_CSV_COLUMNS), {
        name: 'matches',
        at: clock(),
        nextCursor: answer.nextCursor,
      });
    },
  );
  api.get(
    '/api/matches/:id',
    {
      schema: {
        tags: MATCH_TAGS,
        summary: 'One match of the review queue',
        params: idParams,
        querystring: noQuery,
        response: { 200: matchAnswer },
      },
    },
    async (request) => getMatchView(store, request.params.id, actorOf(request).role),
  );
}

async function presentDecision(dependencies: ApiDependencies, decided: DecidedMatch, role: Role) {
  return {
    match: await presentOneMatch(dependencies.store, decided.match, role),
    personId: decided.personId,
  };
}

function registerMatchDecisions(app: FastifyInstance, dependencies: ApiDependencies): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.post(
    '/api/matches/:id/accept',
    {
      schema: {
        tags: MATCH_TAGS,
        summary:
          "Accept a match: the record's person is merged into the candidate person (send the version you read)",
        params: idParams,
        querystring: noQuery,
        body: acceptBody,
        response: { 200: matchDecisionAnswer },
      },
      preValidation: refuseNulCharacters,
    },
    async (request) => {
      const actor = actorOf(request);
      const decided = await acceptMatch(dependencies.context(actor), request.params.id, request.body);
      return presentDecision(dependencies, decided, actor.role);
    },
  );
  api.post(
    '/api/matches/:id/reject',
    {
      schema: {
        tags: MATCH_TAGS,
        summary:
          'Reject a match with a reason: the two persons’ records may never be linked (send the version you read)',
        params: idParams,
        querystring: noQuery,
        body: rejectBody,
        response: { 200: matchDecisionAnswer },
      },
      preValidation: refuseNulCharacters,
    },
    async (request) => {
      const actor = actorOf(request);
      const decided = await rejectMatch(dependencies.context(actor), request.params.id, request.body);
      return presentDecision(dependencies, decided, actor.role);
    },
  );
}

function registerMergeAndSplit(app: FastifyInstance, dependencies: ApiDependencies): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.post(
    '/api/persons/:id/merge',
    {
      schema: {
        tags: PERSON_TAGS,
        summary:
          'Merge another person into this one (refused with 409 cannot_link after a rejection between them)',
        params: idParams,
        querystring: noQuery,
        body: mergeBody,
        response: { 200: mergeAnswer },
      },
      preValidation: refuseNulCharacters,
    },
    async (request) => {
      const actor = actorOf(request);
      const result = await inRequestPart('body', () =>
        mergePersons(dependencies.context(actor), request.params.id, request.body),
      );
      return {
        person: presentEntity('person', result.person, actor.role),
        merged: presentEntity('person', result.merged, actor.role),
        moved: result.moved,
      };
    },
  );
  api.post(
    '/api/persons/:id/split',
    {
      schema: {
        tags: PERSON_TAGS,
        summary: 'Move records (and facts) of this person to a new person: the reverse of a merge',
        params: idParams,
        querystring: noQuery,
        body: splitBody,
        response: { 200: splitAnswer },
      },
      preValidation: refuseNulCharacters,
    },
    async (request) => {
      const actor = actorOf(request);
      const result = await inRequestPart('body', () =>
        splitPerson(dependencies.context(actor), request.params.id, request.body),
      );
      return {
        person: presentEntity('person', result.person, actor.role),
        created: presentEntity('person', result.created, actor.role),
        moved: result.moved,
      };
    },
  );
}
