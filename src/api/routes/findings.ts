import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { CursorCodec } from '../../core/access/cursors.js';
import { DomainError, invalidInput } from '../../core/errors.js';
import { evaluateInput } from '../../core/rules/evaluate.js';
import { presentFinding } from '../../core/presenters/findingPresenter.js';
import { getTransferFindings } from '../../core/usecases/findingViews.js';
import { MAX_PAGE_SIZE } from '../../core/usecases/listEntities.js';
import { countrySchema } from '../../core/values/country.js';
import { earliestDay, latestDay, partialDateSchema } from '../../core/values/partialDate.js';
import { actorOf } from '../access.js';
import { formatParameter, negotiate, replyCsv } from '../csv.js';
import { itemsTable } from '../csvTables.js';
import type { ApiDependencies } from '../server.js';
import { answerObject, findingAnswer, nextCursorAnswer, statsRowAnswer } from './answerSchemas.js';
import { idParams, noQuery } from './schemas.js';

const findingsQuery = z
  .object({
    severity: z
      .string()
      .regex(
        /^(violation|warning|info)(,(violation|warning|info))*$/,
        'expected violation, warning or info, comma-separated',
      )
      .optional(),
    ruleId: z
      .string()
      .regex(/^[A-Z0-9-]+(,[A-Z0-9-]+)*$/, 'expected rule ids such as US-STAY, comma-separated')
      .optional(),
    agreementId: z
      .string()
      .regex(/^agr_[0-9A-Za-z_-]{1,64}$/)
      .optional(),
    personId: z
      .string()
      .regex(/^per_[0-9A-Za-z_-]{1,64}$/)
      .optional(),
    destination: countrySchema.optional(),
    from: partialDateSchema.optional(),
    to: partialDateSchema.optional(),
    limit: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).optional(),
    cursor: z.string().max(500).optional(),
    format: formatParameter,
  })
  .strict();

/** A page of findings across the registry, each with its transfer and person, and the counts of all that match. */
const findingListAnswer = answerObject({
  items: z.array(
    findingAnswer.extend({ transferId: z.string(), personId: z.string(), evaluatedAt: z.string() }),
  ),
  nextCursor: nextCursorAnswer,
  limit: z.number().int(),
  counts: answerObject({ bySeverity: z.array(statsRowAnswer), byRule: z.array(statsRowAnswer) }),
});

/** A transfer's findings (src/core/usecases/findingViews.ts); a retracted transfer has none and says so. */
const transferFindingsAnswer = answerObject({
  transferId: z.string(),
  retracted: answerObject({ at: z.string(), reason: z.string() })
    .optional()
    .meta({ description: 'only when the transfer is retracted: then there are no findings' }),
  personId: z.string().optional(),
  packVersion: z.string().optional(),
  evaluatedAt: z.string().optional(),
  computedFrom: z
    .unknown()
    .optional()
    .meta({ description: 'the case bundle the findings were computed from, redacted as the findings are' }),
  findings: z.array(findingAnswer),
});

/** A finding's CSV row leads with its transfer, person and rule; its facts (keys vary by rule) stay JSON. */
const FINDING_CSV_COLUMNS = {
  leading: ['transferId', 'personId', 'ruleId', 'outcome', 'severity', 'authorityStatus'],
  opaque: ['facts'],
};

function decodeCursor(cursor: string, cursors: CursorCodec) {
  const opened = cursors.open(cursor);
  if (Array.isArray(opened)) {
    const [sortValue, key] = opened as unknown[];
    if (typeof sortValue === 'string' && typeof key === 'string' && /^trf_[0-9A-Za-z_-]+#\d{4}$/.test(key))
      return { sortValue, key };
  }
  throw invalidInput([
    { path: ['querystring', 'cursor'], message: 'not a cursor from this list: start again without it' },
  ]);
}

/** Findings of the rules engine: per transfer (always current), across the registry, and stateless evaluation. */
export function registerFindingRoutes(app: FastifyInstance, dependencies: ApiDependencies): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    '/api/transfers/:id/findings',
    {
      schema: {
        tags: ['findings'],
        summary: 'The findings of a transfer, recomputed first if the facts or the rule pack changed',
        params: idParams,
        querystring: noQuery,
        response: { 200: transferFindingsAnswer },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      return getTransferFindings(dependencies.context(actor), request.params.id, actor.role);
    },
  );

  api.get(
    '/api/findings',
    {
      schema: {
        tags: ['findings'],
        summary:
          'Findings across the registry, filtered, with counts by severity and rule (CSV: the page of findings, with format=csv or Accept: text/csv)',
        querystring: findingsQuery,
        response: { 200: findingListAnswer },
      },
    },
    async (request, reply) => {
      const { role } = actorOf(request);
      const query = request.query;
      const filters = {
        severity: query.severity?.split(','),
        ruleId: query.ruleId?.split(','),
        agreementId: query.agreementId,
        personId: query.personId,
        destination: query.destination,
        from: query.from ? earliestDay(query.from) : undefined,
        to: query.to ? latestDay(query.to) : undefined,
      };
      const limit = query.limit ?? 50;
      const page = await dependencies.store.listFindings({
        ...filters,
        limit,
        after: query.cursor ? decodeCursor(query.cursor, dependencies.cursors) : undefined,
      });
      const items = page.items.map((item) => ({
        transferId: item.transferId,
        personId: item.personId,
        evaluatedAt: item.evaluatedAt,
        ...presentFinding(item.finding, dependencies.rules.pack, role),
      }));
      const nextCursor = page.next ? dependencies.cursors.seal([page.next.sortValue, page.next.key]) : null;
      // A CSV holds the page's findings only: the counts are another table, in the JSON answer. Its serializer
      // (replyCsv) takes the place of the JSON answer's schema, so the page need not have that answer's type.
      if (negotiate(request, reply, query.format)) {
        const page = replyCsv(
          request,
          reply,
          { items },
          (sent) => itemsTable(sent.items, FINDING_CSV_COLUMNS),
          {
            name: 'findings',
            at: dependencies.clock(),
            nextCursor,
          },
        );
        return page as unknown as z.input<typeof findingListAnswer>;
      }
      return { items, nextCursor, limit, counts: await dependencies.store.countFindings(filters) };
    },
  );

  api.post(
    '/api/evaluate',
    {
      bodyLimit: 20 * 1024 * 1024,
      schema: {
        tags: ['findings'],
        summary: 'Evaluate one case bundle (v1) or an array of them, without storing anything',
        querystring: noQuery,
      },
    },
    async (request) => {
      if (request.body === undefined || request.body === null || typeof request.body !== 'object') {
        throw new DomainError('invalid_bundle', 'send a case bundle (a JSON object) or an array of them');
      }
      const result = evaluateInput(request.body);
      if (!Array.isArray(result) && 'error' in result) {
        throw new DomainError('invalid_bundle', result.error.message, { issues: result.error.issues });
      }
      return result;
    },
  );
}
