import { Readable } from 'node:stream';
import fastifyMultipart from '@fastify/multipart';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { DomainError, notFound } from '../../core/errors.js';
import { BUILT_IN_PROFILES } from '../../core/importing/profiles/index.js';
import type { ImportLedgerReader, ImportState } from '../../core/ports/imports.js';
import { presentImport } from '../../core/presenters/importPresenter.js';
import { DEFAULT_PAGE_SIZE } from '../../core/usecases/listEntities.js';
import { startImportJob } from '../../ingest/importJob.js';
import type { ReadLimits } from '../../ingest/readers/limits.js';
import { REPORT_COLUMNS, reportCsv, reportPages } from '../../ingest/report.js';
import { actorOf } from '../access.js';
import { inRequestPart } from '../errorMapping.js';
import { MAPPING_LIMIT, mediaTypeOf, RAW_IMPORT_TYPES } from '../importUpload.js';
import type { ApiDependencies } from '../server.js';
import { importOptions, queryIssue, receiveImportUpload, settleProfile } from './importRequest.js';
import {
  importJobSchema,
  importListQuery,
  importListSchema,
  importQuery,
  profileListSchema,
  reportPageSchema,
  reportQuery,
} from './importSchemas.js';
import { idParams, noQuery } from './schemas.js';

const TAGS = ['imports'];
const DEFAULT_REPORT_PAGE = 1000;
/** Problems read per query while the CSV report streams out. */
const CSV_PAGE = 5000;

async function importOr404(store: ImportLedgerReader, id: string): Promise<ImportState> {
  const state = await store.getImport(id);
  if (!state) throw notFound('import', id);
  return state;
}

/**
 * Imports over HTTP: an upload becomes a background job recorded in the imports ledger from its start, so any
 * API process can report on it; its report of rejected and junk rows; the built-in profiles. Registered in a
 * scope of their own, where request bodies are files rather than JSON.
 */
export async function registerImportRoutes(
  app: FastifyInstance,
  dependencies: ApiDependencies,
  options: { importLimit: number; readLimits: Partial<ReadLimits> },
): Promise<void> {
  await app.register(async (scope) => {
    await scope.register(fastifyMultipart, {
      throwFileSizeLimit: false,
      limits: { fileSize: options.importLimit + 1, fieldSize: MAPPING_LIMIT + 1 },
    });
    acceptFileBodies(scope);
    // A closing server lets the jobs it started end (each batch is its own transaction, so a job cut short by a
    // harder stop only leaves a resumable import behind).
    const running = new Set<Promise<void>>();
    scope.addHook('onClose', async () => {
      await Promise.all(running);
    });
    registerUpload(scope, dependencies, {
      limit: options.importLimit,
      readLimits: options.readLimits,
      running,
    });
    registerJobReads(scope, dependencies);
    registerReport(scope, dependencies);
    registerProfiles(scope);
  });
}

/** Raw bodies are left unread for the handler to stream to disk; a type the readers cannot take gets 415. */
function acceptFileBodies(scope: FastifyInstance): void {
  scope.removeContentTypeParser('application/json');
  scope.addContentTypeParser([...RAW_IMPORT_TYPES], (_request, _payload, done) => done(null));
  scope.addContentTypeParser('*', (request, _payload, done) =>
    done(
      new DomainError(
        'unsupported_media_type',
        `send the file as ${RAW_IMPORT_TYPES.join(', ')}, or as the "file" part of multipart/form-data` +
          ` (not ${mediaTypeOf(request) || 'a body without a Content-Type'})`,
      ),
    ),
  );
}

function registerUpload(
  scope: FastifyInstance,
  dependencies: ApiDependencies,
  options: { limit: number; readLimits: Partial<ReadLimits>; running: Set<Promise<void>> },
): void {
  scope.withTypeProvider<ZodTypeProvider>().post(
    '/api/imports',
    {
      schema: {
        tags: TAGS,
        summary: 'Import a file (CSV/TSV, XLSX, JSON, NDJSON, any of them gzipped) as a background job',
        description:
          `The body is the file, raw (${RAW_IMPORT_TYPES.join(', ')}; name it with fileName), or a ` +
          'multipart/form-data form with the file in a part named "file" and, instead of a built-in profile, ' +
          'a mapping file (JSON) in a part named "mapping". Options are query parameters. Answers 202 with the ' +
          'job (follow its Location) once the import is recorded; 200 with the earlier import when this content ' +
          'was imported completely before into the same data set with the same profile; 400 when the header ' +
          'does not fit the profile (nothing is recorded). Editor or admin.',
        querystring: importQuery,
        response: { 200: importJobSchema, 202: importJobSchema },
      },
      // Until the file has been read, an answer (a refusal) closes the connection: Node would otherwise read
      // the unread rest of the body, up to the import limit, only to discard it.
      onRequest: async (_request, reply) => {
        reply.header('connection', 'close');
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const upload = await receiveImportUpload(request, request.query, options.limit);
      reply.removeHeader('connection');
      const chosen = await settleProfile(request.query, upload);
      const start = await inRequestPart('body', () =>
        startImportJob(
          dependencies.context(actor),
          upload.file,
          importOptions(request.query, chosen, upload, options.readLimits),
          scope.log,
        ),
      );
      if (start.kind === 'settled') {
        return reply
          .status(200)
          .header('location', `/api/imports/${start.state.id}`)
          .send(presentImport(start.state));
      }
      options.running.add(start.done);
      void start.done.finally(() => options.running.delete(start.done));
      const state = await importOr404(dependencies.store, start.importId);
      return reply.status(202).header('location', `/api/imports/${state.id}`).send(presentImport(state));
    },
  );
}

function registerJobReads(scope: FastifyInstance, { store }: ApiDependencies): void {
  const api = scope.withTypeProvider<ZodTypeProvider>();
  api.get(
    '/api/imports',
    {
      schema: {
        tags: TAGS,
        summary: 'Imports, the newest first (editor or admin)',
        querystring: importListQuery,
        response: { 200: importListSchema },
      },
    },
    async (request) => {
      const { before } = request.query;
      const limit = request.query.limit ?? DEFAULT_PAGE_SIZE;
      // The ledger would start again from the top for an id it does not know: a client must hear of it.
      if (before !== undefined && !(await store.getImport(before)))
        throw queryIssue('before', 'no import has this id: start again without it');
      const page = await store.listImports({ limit: limit + 1, before });
      const items = page.slice(0, limit);
      return {
        items: items.map(presentImport),
        nextBefore: page.length > limit ? (items[items.length - 1]?.id ?? null) : null,
        limit,
      };
    },
  );
  api.get(
    '/api/imports/:id',
    {
      schema: {
        tags: TAGS,
        summary: 'An import job: status, counts and progress, from the ledger (editor or admin)',
        params: idParams,
        querystring: noQuery,
        response: { 200: importJobSchema },
      },
    },
    async (request) => {
      return presentImport(await importOr404(store, request.params.id));
    },
  );
}

/** The whole report as CSV, read from the ledger a page at a time as it is sent. */
async function* reportCsvChunks(store: ImportLedgerReader, importId: string): AsyncGenerator<string> {
  const header = `${REPORT_COLUMNS.join(',')}\r\n`;
  yield header;
  for await (const page of reportPages(store, importId, CSV_PAGE)) yield reportCsv(page).slice(header.length);
}

function registerReport(scope: FastifyInstance, { store }: ApiDependencies): void {
  scope.withTypeProvider<ZodTypeProvider>().get(
    '/api/imports/:id/report',
    {
      schema: {
        tags: TAGS,
        summary: "An import's report: rejected rows, warnings and junk, with their row, column and value",
        description:
          'JSON pages (afterSeq, limit) by default; format=csv gives the whole report as text/csv. The values ' +
          'are raw cells of the file, so only editors and admins may read it.',
        params: idParams,
        querystring: reportQuery,
        response: { 200: reportPageSchema },
      },
    },
    async (request, reply) => {
      const { format, afterSeq, limit } = request.query;
      const state = await importOr404(store, request.params.id);
      if (format === 'csv') {
        if (afterSeq !== undefined) throw queryIssue('afterSeq', 'only JSON reports are paged');
        if (limit !== undefined) throw queryIssue('limit', 'only JSON reports are paged');
        // The schema describes the JSON pages; a stream is sent as it is, never serialized.
        const untyped = reply as unknown as FastifyReply;
        return untyped
          .type('text/csv; charset=utf-8')
          .header('content-disposition', `attachment; filename="${state.id}-report.csv"`)
          .send(Readable.from(reportCsvChunks(store, state.id)));
      }
      const size = limit ?? DEFAULT_REPORT_PAGE;
      const page = await store.importProblems(state.id, { afterSeq, limit: size + 1 });
      const items = page.slice(0, size);
      return {
        items,
        nextAfterSeq: page.length > size ? (items[items.length - 1]?.seq ?? null) : null,
        limit: size,
      };
    },
  );
}

function registerProfiles(scope: FastifyInstance): void {
  scope.withTypeProvider<ZodTypeProvider>().get(
    '/api/import-profiles',
    {
      schema: {
        tags: TAGS,
        summary: 'The built-in import profiles: the layouts of data they read, and the columns they need',
        querystring: noQuery,
        response: { 200: profileListSchema },
      },
    },
    // Layouts of public data sets, no data: every role may read them.
    async () => ({
      items: [...BUILT_IN_PROFILES.values()].map((profile) => ({
        name: profile.name,
        title: profile.title,
        description: profile.description,
        produces: [...profile.produces],
        columns: profile.columns.map((column) => ({
          name: column.name,
          aliases: [...(column.aliases ?? [])],
          required: column.required === true,
        })),
      })),
    }),
  );
}
