import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Application } from '../../src/app.js';
import { KIND_ORDER } from '../../src/core/entities/index.js';
import { mappingProfileId } from '../../src/ingest/mappingFile.js';
import { fixturePath } from '../ingest/profiles/harness.js';
import { firstPage } from '../helpers/facts.js';
import { DIALECTS, freshApplication } from '../helpers/stores.js';
import { adminApi } from '../helpers/access.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- response bodies are checked field by field

const STINTS_TEXT = readFileSync(fixturePath('ice-detention-stints.csv'), 'utf8');
const STINTS_CHECKSUM = `sha256:${createHash('sha256').update(STINTS_TEXT).digest('hex')}`;
const STINTS_QUERY = 'profile=ice-detention-stints&fileName=ice-detention-stints.csv&fictional=true';
// Lines 2–15 are data, 17–19 junk; the blank line 16 is not a row at all.
const STINTS_ROWS = 17;

/** A case list of an NGO's own layout, and the mapping that reads it (test/fixtures/import/README.md). */
const CASES_CSV = readFileSync(fixturePath('ngo-case-list.csv'), 'utf8');
// On one line: a form field's line breaks travel as CRLF, which would make the text another mapping's.
const CASES_MAPPING = JSON.stringify(
  JSON.parse(readFileSync(fixturePath('ngo-case-list.mapping.json'), 'utf8')),
);

interface Part {
  name: string;
  content: string;
  fileName?: string;
  type?: string;
}

/** A multipart/form-data body as a browser's FormData sends it. */
async function formBody(parts: Part[]): Promise<{ payload: Buffer; contentType: string }> {
  const form = new FormData();
  for (const part of parts) {
    if (part.fileName === undefined) form.append(part.name, part.content);
    else form.append(part.name, new Blob([part.content], { type: part.type ?? 'text/csv' }), part.fileName);
  }
  const request = new Request('http://localhost/', { method: 'POST', body: form });
  return {
    payload: Buffer.from(await request.arrayBuffer()),
    contentType: request.headers.get('content-type') ?? '',
  };
}

/** Temporary upload directories that exist now. */
function uploadDirectories(): string[] {
  return readdirSync(tmpdir()).filter((name) => name.startsWith('custodia-upload-'));
}

describe.each(DIALECTS)('imports over HTTP [%s]', (dialect) => {
  let application: Application;
  let api: FastifyInstance;
  let uploadsBefore: string[];

  beforeEach(async () => {
    application = await freshApplication(dialect);
    ({ api } = await adminApi(application));
    uploadsBefore = uploadDirectories();
  });
  afterEach(async () => {
    // Closing waits for the jobs the API started; then none of their temporary files may be left.
    await api.close();
    expect(uploadDirectories().filter((name) => !uploadsBefore.includes(name))).toEqual([]);
    await application.close();
  });

  function headersOf(role?: string, contentType?: string): Record<string, string> {
    return {
      ...(role ? { 'x-custodia-role': role } : {}),
      ...(contentType ? { 'content-type': contentType } : {}),
    };
  }

  async function get(url: string, role?: string) {
    const response = await api.inject({ method: 'GET', url, headers: headersOf(role) });
    return { status: response.statusCode, body: response.json() as Json };
  }

  async function upload(
    query: string,
    payload: string | Buffer | Readable = STINTS_TEXT,
    options: { contentType?: string; role?: string; on?: FastifyInstance } = {},
  ) {
    const response = await (options.on ?? api).inject({
      method: 'POST',
      url: `/api/imports?${query}`,
      payload,
      headers: headersOf(options.role, options.contentType ?? 'text/csv'),
    });
    return { status: response.statusCode, body: response.json() as Json, headers: response.headers };
  }

  async function uploadForm(query: string, parts: Part[], on: FastifyInstance = api) {
    const { payload, contentType } = await formBody(parts);
    return upload(query, payload, { contentType, on });
  }

  /** Polls the job until it has ended, as a client would. */
  async function ended(id: string): Promise<Json> {
    for (let attempt = 0; attempt < 1000; attempt += 1) {
      const job = await get(`/api/imports/${id}`);
      expect(job.status, JSON.stringify(job.body)).toBe(200);
      if (job.body.status !== 'checking' && job.body.status !== 'running') return job.body;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    throw new Error(`import ${id} did not end`);
  }

  async function entityCounts(): Promise<Record<string, number>> {
    const counts: Record<string, number> = {};
    for (const kind of KIND_ORDER) counts[kind] = await application.store.count(kind);
    return counts;
  }

  async function recordedImports(): Promise<number> {
    return (await application.store.listImports({ limit: 100 })).length;
  }

  async function reportRows(id: string): Promise<Json[]> {
    const report = await get(`/api/imports/${id}/report`);
    expect(report.status).toBe(200);
    return report.body.items;
  }

  it('takes a raw CSV body as a job, which runs to completion and keeps its report', async () => {
    const accepted = await upload(STINTS_QUERY);
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(202);
    const id = accepted.body.id as string;
    expect(id).toMatch(/^imp_/);
    expect(accepted.headers.location).toBe(`/api/imports/${id}`);
    expect(accepted.body).toMatchObject({
      fileName: 'ice-detention-stints.csv',
      checksum: STINTS_CHECKSUM,
      size: Buffer.byteLength(STINTS_TEXT),
      dataset: 'ice-detention-stints',
      profile: 'ice-detention-stints',
      error: null,
    });
    expect(['running', 'completed']).toContain(accepted.body.status);

    const job = await ended(id);
    expect(job.status).toBe('completed');
    expect(job.finishedAt).not.toBeNull();
    expect(job.counts).toMatchObject({ rows: STINTS_ROWS, mapped: 12, rejected: 2, junk: 3, problems: 6 });
    expect(job.counts.created.personRecord).toBe(await application.store.count('personRecord'));
    expect(job.counts.created.personRecord).toBe(12 - 2); // twelve stints of ten people
    const lines = STINTS_TEXT.split('\n').length - 1;
    expect(job.progress).toMatchObject({ rows: STINTS_ROWS, estimatedRows: lines - 1, secondsLeft: 0 });
    const source = await application.store.get('source', job.sourceId);
    expect(source?.data).toMatchObject({
      title: 'ice-detention-stints.csv',
      fictional: true,
      checksum: STINTS_CHECKSUM,
    });

    // Lines 6 and 9 are rejected, each naming its column; the junk at the end is reported as skipped.
    const problems = await reportRows(id);
    const errors = problems.filter((problem) => problem.severity === 'error');
    expect(errors.map((problem) => [problem.row, problem.column])).toEqual([
      [6, 'detention_book_in_date_and_time'],
      [9, 'detention_book_in_date_and_time'],
    ]);
    expect(errors[0]?.value).toBe('02/30/2024 10:00');
    const skipped = problems.filter((problem) => problem.severity === 'skipped');
    expect(skipped.map((problem) => problem.row)).toEqual([17, 18, 19]);
    expect(problems.map((problem) => problem.seq)).toEqual([1, 2, 3, 4, 5, 6]);

    const list = await get('/api/imports');
    expect(list.status).toBe(200);
    expect(list.body).toMatchObject({ nextBefore: null, limit: 50 });
    expect(list.body.items.map((item: Json) => item.id)).toEqual([id]);
  });

  it('pages the JSON report and gives the whole report as CSV', async () => {
    const { id } = (await upload(STINTS_QUERY)).body;
    await ended(id);
    const all = await reportRows(id);
    const first = await get(`/api/imports/${id}/report?limit=4`);
    expect(first.body.items).toEqual(all.slice(0, 4));
    expect(first.body.nextAfterSeq).toBe(4);
    const second = await get(`/api/imports/${id}/report?format=json&limit=4&afterSeq=4`);
    expect(second.body).toEqual({ items: all.slice(4), nextAfterSeq: null, limit: 4 });

    const csv = await api.inject({ method: 'GET', url: `/api/imports/${id}/report?format=csv` });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers['content-disposition']).toBe(`attachment; filename="${id}-report.csv"`);
    const lines = csv.body.split('\r\n');
    expect(lines[0]).toBe('sheet,row,column,value,reason,severity,factId');
    expect(lines).toHaveLength(all.length + 2); // the header, a line per problem, and the final line break
    expect(lines[lines.length - 1]).toBe('');
    expect(lines[1]).toMatch(/^,6,detention_book_in_date_and_time,02\/30\/2024 10:00,.+,error,$/);
    expect(lines.filter((line) => line.endsWith(',skipped,')).map((line) => line.split(',')[1])).toEqual([
      '17',
      '18',
      '19',
    ]);
    const paged = await get(`/api/imports/${id}/report?format=csv&limit=4`);
    expect(paged.status).toBe(400);
    expect(paged.body.error.issues).toEqual([
      { path: ['querystring', 'limit'], message: 'only JSON reports are paged' },
    ]);
  });

  it('takes a multipart form, and answers 200 with that import when the same content comes again', async () => {
    const accepted = await uploadForm('profile=ice-detention-stints&fictional=true', [
      { name: 'file', content: STINTS_TEXT, fileName: 'stints-2024.csv' },
    ]);
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(202);
    const job = await ended(accepted.body.id);
    expect(job).toMatchObject({
      status: 'completed',
      fileName: 'stints-2024.csv',
      checksum: STINTS_CHECKSUM,
    });
    expect(job.counts).toMatchObject({ rows: STINTS_ROWS, mapped: 12, rejected: 2, junk: 3 });
    const counts = await entityCounts();
    expect(counts.source).toBe(1);

    // Under another name, as a raw body: the same content, so nothing is done and the first import is the answer.
    const again = await upload('profile=ice-detention-stints&fileName=copy.csv');
    expect(again.status, JSON.stringify(again.body)).toBe(200);
    expect(again.headers.location).toBe(`/api/imports/${job.id}`);
    expect(again.body).toMatchObject({ id: job.id, status: 'completed', fileName: 'stints-2024.csv' });
    expect(await entityCounts()).toEqual(counts);
    expect(await recordedImports()).toBe(1);
  });

  it('reads a gzipped body sent as application/gzip, whatever its name says', async () => {
    const accepted = await upload(
      'profile=ice-detention-stints&fileName=stints-export',
      gzipSync(STINTS_TEXT),
      {
        contentType: 'application/gzip',
      },
    );
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(202);
    const job = await ended(accepted.body.id);
    expect(job).toMatchObject({
      status: 'completed',
      fileName: 'stints-export',
      size: gzipSync(STINTS_TEXT).length,
    });
    expect(job.counts).toMatchObject({ rows: STINTS_ROWS, mapped: 12, rejected: 2, junk: 3 });
    expect(job.progress.estimatedRows).toBeNull(); // a compressed file's lines cannot be counted up front
  });

  it('runs a dry run as a job that checks, reports and writes nothing', async () => {
    const before = await entityCounts();
    const accepted = await upload(`${STINTS_QUERY}&dryRun=true`);
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(202);
    expect(['checking', 'dry_run']).toContain(accepted.body.status);
    const job = await ended(accepted.body.id);
    expect(job).toMatchObject({ status: 'dry_run', sourceId: null, error: null });
    expect(job.counts).toMatchObject({ rows: STINTS_ROWS, mapped: 12, rejected: 2, junk: 3, created: {} });
    expect(job.progress).toMatchObject({ rows: STINTS_ROWS, secondsLeft: 0 });
    const problems = await reportRows(job.id);
    expect(problems.filter((problem) => problem.severity === 'error').map((problem) => problem.row)).toEqual([
      6, 9,
    ]);
    expect(await entityCounts()).toEqual(before);
  });

  it('rejects the whole file with stopOnError when a row has an error, writing nothing', async () => {
    const before = await entityCounts();
    const accepted = await upload(`${STINTS_QUERY}&stopOnError=true`);
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(202);
    const job = await ended(accepted.body.id);
    expect(job).toMatchObject({ status: 'rejected', sourceId: null });
    expect(job.counts).toMatchObject({ rejected: 2, mapped: 12 });
    expect((await reportRows(job.id)).filter((problem) => problem.severity === 'error')).toHaveLength(2);
    expect(await entityCounts()).toEqual(before);
  });

  it('ends a job whose file turns out malformed further down, saying why, with nothing written', async () => {
    // Past the first 64 KiB, so that the header is read and the job recorded before the reader meets it.
    const [header = '', row = ''] = STINTS_TEXT.split('\n');
    const rows = Array.from({ length: 300 }, (_, index) => row.replace('A0001', `B${1000 + index}`));
    const text = [header, ...rows, 'B9999,"08/01/2024 9:15"x', ''].join('\n');
    const checked = await upload('profile=ice-detention-stints&fileName=broken.csv&dryRun=true', text);
    expect(checked.status, JSON.stringify(checked.body)).toBe(202);
    const check = await ended(checked.body.id);
    expect(check).toMatchObject({ status: 'rejected', sourceId: null });
    expect(check.error).toMatch(/^broken\.csv line 302: /); // named as sent, not by the temporary copy
    expect(check.finishedAt).not.toBeNull();

    const imported = await upload('profile=ice-detention-stints&fileName=broken.csv', text);
    expect(imported.status, JSON.stringify(imported.body)).toBe(202);
    const failed = await ended(imported.body.id);
    expect(failed.status).toBe('failed');
    expect(failed.error).toMatch(/^broken\.csv line 302: /);
    expect(failed.progress.secondsLeft).toBeNull();
    expect(await application.store.count('personRecord')).toBe(0);

    // Near the top, the same fault is found before anything is recorded: a 400 that names the file and line.
    const early = await upload(
      'profile=ice-detention-stints&fileName=broken.csv',
      [header, row, 'B9999,"08/01/2024 9:15"x', ''].join('\n'),
    );
    expect(early.status).toBe(400);
    expect(early.body.error.message).toMatch(/^broken\.csv line 3: /);
    expect(early.body.error.issues[0].path).toEqual(['body', 'broken.csv', 3]);
    expect(await recordedImports()).toBe(2);
  });

  it("imports a user's own layout with the mapping sent along in the form", async () => {
    const accepted = await uploadForm('', [
      { name: 'mapping', content: CASES_MAPPING },
      { name: 'file', content: CASES_CSV, fileName: 'casos.csv' },
    ]);
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(202);
    const job = await ended(accepted.body.id);
    expect(job).toMatchObject({
      status: 'completed',
      profile: mappingProfileId(CASES_MAPPING),
      dataset: 'ngo-case-list',
      fileName: 'casos.csv',
    });
    expect(job.counts).toMatchObject({ rows: 3, mapped: 1, rejected: 2 });
    expect(job.counts.created).toMatchObject({ personRecord: 1, transfer: 1 });
    const [transfer] = await firstPage(application, 'transfer');
    expect(transfer?.data).toMatchObject({ toCountry: 'SLV', date: '2025-03-15', status: 'completed' });
    expect((await reportRows(job.id)).map((problem) => [problem.row, problem.column])).toEqual([
      [3, 'Nombre'],
      [4, 'Nacimiento'],
      [4, 'Nacionalidad'],
    ]);

    // A mapping that is not one is refused with its place, and nothing is recorded.
    const bad = await uploadForm('', [
      { name: 'file', content: CASES_CSV, fileName: 'casos.csv' },
      { name: 'mapping', content: '{"name":"x","facts":[{"kind":"transfer","key":[],"fields":{}}]}' },
    ]);
    expect(bad.status).toBe(400);
    expect(bad.body.error.issues[0].path).toEqual(['body', 'mapping', 'facts', 0, 'key']);
    const both = await uploadForm('profile=ice-detention-stints', [
      { name: 'file', content: CASES_CSV, fileName: 'casos.csv' },
      { name: 'mapping', content: CASES_MAPPING },
    ]);
    expect(both.status).toBe(400);
    expect(both.body.error.issues[0].path).toEqual(['querystring', 'profile']);
    expect(await recordedImports()).toBe(1);
  });

  it('refuses a file whose header does not fit the profile, naming the missing columns, recording nothing', async () => {
    const refused = await upload('profile=frontex-returns&fileName=ice-detention-stints.csv');
    expect(refused.status).toBe(400);
    expect(refused.body.error.code).toBe('invalid_input');
    expect(refused.body.error.message).toContain('ice-detention-stints.csv');
    expect(refused.body.error.message).toMatch(
      /columns of profile frontex-returns in the first 30 rows; expected ROID, N_RETURNEES;/,
    );
    expect(await recordedImports()).toBe(0);
    expect(await entityCounts()).toEqual(Object.fromEntries(KIND_ORDER.map((kind) => [kind, 0])));
  });

  it('refuses a file over the import limit with 413, whole or streamed, recording nothing', async () => {
    const { api: small } = await adminApi(application, await application.api({ importLimit: 2048 }));
    try {
      const declared = await upload(STINTS_QUERY, STINTS_TEXT, { on: small });
      expect(declared.status).toBe(413);
      expect(declared.body.error).toMatchObject({ code: 'payload_too_large', limit: 2048 });
      // Without a Content-Length the limit is found while the body streams in.
      const streamed = await upload(STINTS_QUERY, Readable.from([STINTS_TEXT.slice(0, 1500), STINTS_TEXT]), {
        on: small,
      });
      expect(streamed.status).toBe(413);
      expect(streamed.body.error.code).toBe('payload_too_large');
      const form = await uploadForm(
        'profile=ice-detention-stints',
        [{ name: 'file', content: STINTS_TEXT, fileName: 'stints.csv' }],
        small,
      );
      expect(form.status).toBe(413);
      expect(form.body.error.code).toBe('payload_too_large');
      expect(uploadDirectories().filter((name) => !uploadsBefore.includes(name))).toEqual([]);
      expect(await recordedImports()).toBe(0);
      // The same limit lets a small file through.
      const fits = await upload(
        'profile=ice-detention-stints&fileName=two.csv',
        STINTS_TEXT.split('\n').slice(0, 3).join('\n'),
        {
          on: small,
        },
      );
      expect(fits.status, JSON.stringify(fits.body)).toBe(202);
    } finally {
      await small.close();
    }
  });

  it('lets only editors and admins import or read imports; every role may read the profiles', async () => {
    const viewer = await upload(STINTS_QUERY, STINTS_TEXT, { role: 'viewer' });
    expect(viewer.status).toBe(403);
    expect(viewer.body.error.code).toBe('forbidden');
    expect(await recordedImports()).toBe(0);
    const edited = await upload(STINTS_QUERY, STINTS_TEXT, { role: 'editor' });
    expect(edited.status).toBe(202);
    const id = edited.body.id as string;
    await ended(id);
    for (const url of ['/api/imports', `/api/imports/${id}`, `/api/imports/${id}/report`]) {
      expect((await get(url, 'viewer')).status, url).toBe(403);
      expect((await get(url, 'public')).status, url).toBe(403);
      expect((await get(url, 'editor')).status, url).toBe(200);
    }
    const openapi = await get('/api/openapi.json');
    expect(Object.keys(openapi.body.paths)).toEqual(
      expect.arrayContaining([
        '/api/imports',
        '/api/imports/{id}',
        '/api/imports/{id}/report',
        '/api/import-profiles',
      ]),
    );
    expect(Object.keys(openapi.body.paths['/api/imports'].post.responses)).toEqual(['200', '202']);
    const profiles = await get('/api/import-profiles', 'public');
    expect(profiles.status).toBe(200);
    const stints = profiles.body.items.find((profile: Json) => profile.name === 'ice-detention-stints');
    expect(stints.title).toBe('ICE detention stints (FOIA release)');
    expect(
      stints.columns.filter((column: Json) => column.required).map((column: Json) => column.name),
    ).toEqual(['unique_identifier', 'detention_book_in_date_and_time']);
    expect(stints.columns.find((column: Json) => column.name === 'gender')).toEqual({
      name: 'gender',
      aliases: ['sex'],
      required: false,
    });
  });

  it('names the parameter at fault in bad requests', async () => {
    const cases: Array<[string, string]> = [
      ['fileName=a.csv', 'profile'],
      ['profile=ice-detention-stints', 'fileName'],
      ['profile=no-such-profile&fileName=a.csv', 'profile'],
      [`${STINTS_QUERY}&format=xls`, 'format'],
      [`${STINTS_QUERY}&delimiter=%3B%3B`, 'delimiter'],
      [`${STINTS_QUERY}&dryRun=yes`, 'dryRun'],
      [`${STINTS_QUERY}&url=not-a-url`, 'url'],
    ];
    for (const [query, parameter] of cases) {
      const response = await upload(query);
      expect(response.status, query).toBe(400);
      expect(response.body.error.issues[0].path, query).toEqual(['querystring', parameter]);
    }
    const unknown = await upload(`${STINTS_QUERY}&batchRows=10`);
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.message).toContain('batchRows');
    const extra = await uploadForm('profile=ice-detention-stints', [
      { name: 'file', content: STINTS_TEXT, fileName: 'stints.csv' },
      { name: 'note', content: 'hello' },
    ]);
    expect(extra.status).toBe(400);
    expect(extra.body.error.issues[0].path).toEqual(['body', 'note']);
    const noFile = await uploadForm('profile=ice-detention-stints', [
      { name: 'mapping', content: CASES_MAPPING },
    ]);
    expect(noFile.status).toBe(400);
    expect(noFile.body.error.issues).toEqual([
      { path: ['body', 'file'], message: 'send the file in a form part named "file"' },
    ]);
    const plain = await upload(STINTS_QUERY, STINTS_TEXT, { contentType: 'text/plain' });
    expect(plain.status).toBe(415);
    expect(plain.body.error.code).toBe('unsupported_media_type');
    const empty = await upload(STINTS_QUERY, '');
    expect(empty.status).toBe(400);
    expect(empty.body.error.issues).toEqual([{ path: ['body'], message: 'the file is empty' }]);
    const missing = await get('/api/imports/imp_01JZZZZZZZZZZZZZZZZZZZZZZZ');
    expect(missing.status).toBe(404);
    const before = await get('/api/imports?before=imp_01JZZZZZZZZZZZZZZZZZZZZZZZ');
    expect(before.status).toBe(400);
    expect(before.body.error.issues[0].path).toEqual(['querystring', 'before']);
    expect(await recordedImports()).toBe(0);
  });

  it('lists imports newest first, a page at a time', async () => {
    const ids: string[] = [];
    for (const [index, rows] of [3, 4, 5].entries()) {
      const text = STINTS_TEXT.split('\n').slice(0, rows).join('\n');
      const accepted = await upload(`profile=ice-detention-stints&fileName=part-${index}.csv`, text);
      expect(accepted.status, JSON.stringify(accepted.body)).toBe(202);
      await ended(accepted.body.id);
      ids.push(accepted.body.id);
    }
    const first = await get('/api/imports?limit=2');
    expect(first.body.items.map((item: Json) => item.fileName)).toEqual(['part-2.csv', 'part-1.csv']);
    expect(first.body.nextBefore).toBe(ids[1]);
    const second = await get(`/api/imports?limit=2&before=${first.body.nextBefore}`);
    expect(second.body.items.map((item: Json) => item.fileName)).toEqual(['part-0.csv']);
    expect(second.body.nextBefore).toBeNull();
  });
});
