import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AuditAction } from '../../core/ports/store.js';
import type { ApiDependencies } from '../server.js';
import { answerObject } from './answerSchemas.js';

const ACTIONS = [
  'create',
  'update',
  'retract',
  'restore',
  'import',
  'read',
  'sign_in',
  'sign_in_refused',
  'sign_out',
] as const satisfies readonly AuditAction[];

const auditQuery = z
  .object({
    personId: z
      .string()
      .regex(/^per_[0-9A-Za-z_-]{1,64}$/)
      .optional(),
    entityId: z.string().min(1).max(200).optional(),
    actorId: z.string().min(1).max(200).optional(),
    action: z
      .string()
      .regex(
        new RegExp(`^(${ACTIONS.join('|')})(,(${ACTIONS.join('|')}))*$`),
        `expected ${ACTIONS.join(', ')}`,
      )
      .optional(),
    afterSeq: z.coerce.number().int().min(0).optional(),
    limit: z.coerce.number().int().min(1).max(500).optional(),
  })
  .strict();

/** A page of the audit log: entries as stored, with the acting account's email when it is one. */
const auditAnswer = answerObject({
  items: z.array(
    answerObject({
      seq: z.number().int(),
      at: z.string(),
      actorId: z.string(),
      actorEmail: z.string().nullable(),
      actorRole: z.string(),
      actorVia: z.string().nullable(),
      action: z.enum(ACTIONS),
      kind: z.string(),
      entityId: z.string(),
      version: z.number().int(),
      before: z
        .unknown()
        .meta({ description: 'the entity before the change (null for a creation or a read)' }),
      after: z.unknown().meta({ description: 'the entity after, or what was read or imported' }),
    }),
  ),
  nextAfterSeq: z
    .number()
    .int()
    .nullable()
    .meta({ description: 'send as afterSeq= for the next page; null on the last page' }),
  limit: z.number().int(),
});

/**
 * The audit log for admins: who did what, to what, when, and by what means; `?personId=` answers "who looked at
 * (or changed) this person", reads included.
 */
export function registerAuditRoutes(app: FastifyInstance, { store }: ApiDependencies): void {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/audit',
    {
      schema: {
        tags: ['audit'],
        summary: 'Audit entries in order (admin); ?personId= for every read and change of a person',
        querystring: auditQuery,
        response: { 200: auditAnswer },
      },
    },
    async (request) => {
      const { personId, entityId, actorId, action, afterSeq } = request.query;
      const limit = request.query.limit ?? 100;
      const entries = await store.auditEntries({
        entityId: personId ?? entityId,
        actorId,
        actions: action?.split(',') as AuditAction[] | undefined,
        afterSeq,
        limit: limit + 1,
      });
      const page = entries.slice(0, limit);
      const emails = new Map((await store.listUsers()).map((user) => [user.id, user.email]));
      return {
        items: page.map((entry) => ({ ...entry, actorEmail: emails.get(entry.actorId) ?? null })),
        nextAfterSeq: entries.length > limit ? (page.at(-1)?.seq ?? null) : null,
        limit,
      };
    },
  );
}
