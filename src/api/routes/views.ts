import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { getAgreementAt } from '../../core/usecases/agreementView.js';
import { getStats } from '../../core/usecases/statsView.js';
import { getCrossTab } from '../../core/figures/crossTabView.js';
import { getPerson, getPersonTimeline } from '../../core/usecases/personViews.js';
import { getPersonDeadlines } from '../../core/usecases/personDeadlines.js';
import type { PartialDate } from '../../core/values/partialDate.js';
import { actorOf } from '../access.js';
import { formatParameter, negotiate, replyCsv } from '../csv.js';
import { crossTabTable, figuresTable, itemsTable } from '../csvTables.js';
import type { ApiDependencies } from '../server.js';
import { atQuery, idParams, noQuery } from './schemas.js';
import { STATS_DESCRIPTION, statsAnswer, statsQuery } from './statsSchemas.js';
import { agreementAtAnswer, deadlinesAnswer, personAnswer, timelineAnswer } from './viewSchemas.js';

/** A person view's only parameter: its format (CSV for a spreadsheet, as every list). */
const formatOnly = z.object({ format: formatParameter }).strict();

const TIMELINE_CSV_COLUMNS = {
  leading: ['date', 'kind', 'type', 'entity.id'],
  opaque: ['findings', 'sources'],
};
const DEADLINE_CSV_COLUMNS = {
  leading: ['clock', 'open', 'startsAt', 'endsAt'],
  opaque: ['title', 'timeLeft'],
};

/** Reads that join several kinds: a person with whereabouts, a timeline, an agreement at a date, the stats. */
export function registerViewRoutes(app: FastifyInstance, dependencies: ApiDependencies): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { store } = dependencies;

  api.get(
    '/api/persons/:id',
    {
      schema: {
        tags: ['persons'],
        summary: 'A person with their records and current whereabouts',
        params: idParams,
        querystring: noQuery,
        response: { 200: personAnswer },
      },
    },
    async (request) => {
      const { role } = actorOf(request);
      return getPerson(store, request.params.id, role, dependencies.clock());
    },
  );

  api.get(
    '/api/persons/:id/timeline',
    {
      schema: {
        tags: ['persons'],
        summary:
          'Custody events, transfers, legal events and allegations in time order, each with its sources',
        params: idParams,
        querystring: formatOnly,
        response: { 200: timelineAnswer },
      },
    },
    async (request, reply) => {
      const { role } = actorOf(request);
      const timeline = await getPersonTimeline(
        store,
        request.params.id,
        role,
        dependencies.rules.pack,
        dependencies.clock(),
      );
      if (!negotiate(request, reply, request.query.format)) return timeline;
      // One row per fact, its entity's fields in dotted columns; findings and sources as JSON in one cell each.
      const name = `timeline-${request.params.id}`;
      return replyCsv(request, reply, timeline, (sent) => itemsTable(sent.items, TIMELINE_CSV_COLUMNS), {
        name,
        at: dependencies.clock(),
      });
    },
  );

  api.get(
    '/api/persons/:id/deadlines',
    {
      schema: {
        tags: ['persons'],
        summary:
          'Open (and recently closed) legal clocks the facts imply, with their legal source and time left',
        params: idParams,
        querystring: formatOnly,
        response: { 200: deadlinesAnswer },
      },
    },
    async (request, reply) => {
      const answer = await getPersonDeadlines(
        store,
        request.params.id,
        actorOf(request).role,
        dependencies.clock(),
      );
      if (!negotiate(request, reply, request.query.format)) return answer;
      return replyCsv(request, reply, answer, (sent) => itemsTable(sent.deadlines, DEADLINE_CSV_COLUMNS), {
        name: `deadlines-${request.params.id}`,
        at: dependencies.clock(),
      });
    },
  );

  api.get(
    '/api/agreements/:id',
    {
      schema: {
        tags: ['agreements'],
        summary:
          'An agreement with its status and terms in force at a date (?at=YYYY[-MM[-DD]], default today)',
        params: idParams,
        querystring: atQuery,
        response: { 200: agreementAtAnswer },
      },
    },
    async (request) => {
      const { role } = actorOf(request);
      const at = (request.query.at ?? dependencies.clock().toISOString().slice(0, 10)) as PartialDate;
      return getAgreementAt(store, request.params.id, at, role);
    },
  );

  api.get(
    '/api/stats',
    {
      schema: {
        tags: ['stats'],
        summary:
          'Transfers (completed unless status= says otherwise), reported counts and findings; or a cross-tab of transfers (rows, columns, filters); JSON or CSV',
        description: STATS_DESCRIPTION,
        querystring: statsQuery,
        response: { 200: statsAnswer },
      },
    },
    async (request, reply) => {
      const { role } = actorOf(request);
      const { format, status: statuses, rows, columns, ...filters } = request.query;
      const csv = negotiate(request, reply, format);
      const csvAnswer = { name: 'stats', at: dependencies.clock() };
      if (rows === undefined || columns === undefined) {
        const figures = await getStats(store, dependencies.rules, role, { statuses });
        return csv ? replyCsv(request, reply, figures, figuresTable, csvAnswer) : figures;
      }
      const crossTab = await getCrossTab(store, dependencies.rules, role, {
        rows,
        columns,
        statuses,
        filters,
      });
      return csv ? replyCsv(request, reply, crossTab, crossTabTable, csvAnswer) : crossTab;
    },
  );

  api.get(
    '/api/health',
    { schema: { tags: ['health'], summary: 'Liveness and database reachability' } },
    async (_request, reply) => {
      try {
        await store.ping();
        return { status: 'ok', database: store.dialect, version: dependencies.version };
      } catch {
        return reply
          .status(503)
          .send({ status: 'unavailable', database: store.dialect, version: dependencies.version });
      }
    },
  );
}
