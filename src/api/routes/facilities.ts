import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { facilityOccupancy } from '../../core/usecases/facilityOccupancy.js';
import { actorOf } from '../access.js';
import type { ApiDependencies } from '../server.js';
import { idParams, noQuery } from './schemas.js';

const occupancyAnswer = z.object({
  facilityId: z.string(),
  heldNow: z.number().int().meta({ description: 'persons whose whereabouts now is this facility' }),
  persons: z.array(
    z.object({
      personId: z.string(),
      since: z
        .string()
        .meta({ description: 'the date of the step that put them there, as the source gave it' }),
      derived: z.boolean().meta({ description: 'the step is a completed transfer into the facility' }),
    }),
  ),
  arrivalsByMonth: z
    .array(z.object({ key: z.string(), value: z.number().int() }))
    .meta({ description: 'persons who arrived, by month (a person once a month)' }),
});

/** Who is held in a facility, for roles that may see persons. */
export function registerFacilityRoutes(app: FastifyInstance, dependencies: ApiDependencies): void {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/facilities/:id/occupancy',
    {
      schema: {
        tags: ['facilities'],
        summary:
          'Persons held in the facility now (their whereabouts), and arrivals by month (viewers and up)',
        params: idParams,
        querystring: noQuery,
        response: { 200: occupancyAnswer },
      },
    },
    async (request) => facilityOccupancy(dependencies.store, request.params.id, actorOf(request).role),
  );
}
