import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { reconcileReportedCount } from '../../core/usecases/reconcileReportedCount.js';
import { actorOf } from '../access.js';
import type { ApiDependencies } from '../server.js';
import { idParams, noQuery } from './schemas.js';
import { reconciliationAnswer } from './viewSchemas.js';

/** A reported count against the individual transfers of the registry. */
export function registerReconciliationRoutes(app: FastifyInstance, dependencies: ApiDependencies): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.get(
    '/api/reported-counts/:id/reconciliation',
    {
      schema: {
        tags: ['reported-counts'],
        summary:
          'How many persons the registry identifies by name in the scope of a reported count, and their share of it (the persons from viewer up; the public gets the number, small ones suppressed)',
        params: idParams,
        querystring: noQuery,
        response: { 200: reconciliationAnswer },
      },
    },
    async (request) => reconcileReportedCount(dependencies.store, request.params.id, actorOf(request).role),
  );
}
