import { z } from 'zod';
import { BUILT_IN_PROFILES } from '../../core/importing/profiles/index.js';
import { IMPORT_STATUSES } from '../../core/presenters/importPresenter.js';
import { MAX_PAGE_SIZE } from '../../core/usecases/listEntities.js';

/** PostgreSQL cannot store NUL in text, and no name or title holds one: refused at the boundary on every engine. */
function text(max: number) {
  return z
    .string()
    .trim()
    .min(1)
    .max(max)
    .refine((value) => !value.includes('\u0000'), 'must not contain NUL (U+0000) characters');
}

const flag = z.enum(['true', 'false']);
const profileNames = [...BUILT_IN_PROFILES.keys()] as [string, ...string[]];
const importId = z.string().regex(/^imp_[0-9A-Za-z_-]{1,96}$/, 'expected an import id (imp_…)');

/** The options of an upload: what the command line's `custodia import` takes as flags. */
export const importQuery = z
  .object({
    profile: z
      .enum(profileNames)
      .optional()
      .meta({ description: 'a built-in profile (GET /api/import-profiles); or send a mapping part instead' }),
    fileName: text(255)
      .optional()
      .meta({ description: 'the name recorded for the file; required for a raw body' }),
    dataset: text(200).optional().meta({
      description: 'the data set the file belongs to (fact keys are unique within it); default the profile',
    }),
    title: text(1000).optional().meta({ description: "the source's title; default the file name" }),
    publisher: text(300).optional().meta({ description: "the source's publisher; default the profile's" }),
    url: z.url().max(2000).optional().meta({ description: 'where the file was published' }),
    sheet: text(200)
      .optional()
      .meta({ description: 'XLSX: import this sheet only, by name or 1-based number' }),
    format: z.enum(['csv', 'xlsx', 'json', 'ndjson']).optional(),
    delimiter: z
      .string()
      .refine(
        (value) => value === 'tab' || (value.length === 1 && !'"\r\n\u0000'.includes(value)),
        'expected one character (not a quote or a line break), or tab',
      )
      .optional()
      .meta({ description: 'CSV delimiter (default detected)' }),
    encoding: z.enum(['utf8', 'latin1']).optional(),
    fictional: flag
      .optional()
      .meta({ description: 'synthetic data: the source and its persons are fictional' }),
    dryRun: flag.optional().meta({ description: 'read and check every row, report, write nothing' }),
    stopOnError: flag.optional().meta({ description: 'reject the whole file if any row has an error' }),
  })
  .strict();
export type ImportQuery = z.infer<typeof importQuery>;

export const importListQuery = z
  .object({
    limit: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).optional(),
    before: importId.optional().meta({ description: 'the `nextBefore` of the previous page' }),
  })
  .strict();

/** The report's JSON pages are at most this long. */
export const MAX_REPORT_PAGE = 5000;

export const reportQuery = z
  .object({
    format: z.enum(['json', 'csv']).optional().meta({ description: 'json (paged, default) or csv (whole)' }),
    afterSeq: z.coerce
      .number()
      .int()
      .min(0)
      .optional()
      .meta({ description: 'JSON: the `nextAfterSeq` of the previous page' }),
    limit: z.coerce.number().int().min(1).max(MAX_REPORT_PAGE).optional(),
  })
  .strict();

const kindCounts = z.record(z.string(), z.number());

const countsSchema = z.object({
  rows: z.number(),
  mapped: z.number(),
  rejected: z.number(),
  junk: z.number(),
  warnings: z.number(),
  problems: z.number(),
  created: kindCounts,
  updated: kindCounts,
  unchanged: kindCounts,
  conflicts: z.number(),
  retractedKept: z.number(),
  sheetsSkipped: z.number(),
});

export const importJobSchema = z.object({
  id: z.string(),
  status: z.enum(IMPORT_STATUSES),
  fileName: z.string(),
  checksum: z.string(),
  size: z.number(),
  dataset: z.string(),
  profile: z.string(),
  sourceId: z.string().nullable(),
  startedAt: z.string(),
  updatedAt: z.string(),
  finishedAt: z.string().nullable(),
  counts: countsSchema,
  error: z.string().nullable(),
  progress: z.object({
    rows: z.number(),
    estimatedRows: z.number().nullable(),
    rowsPerSecond: z.number().nullable(),
    secondsLeft: z.number().nullable(),
  }),
});

export const importListSchema = z.object({
  items: z.array(importJobSchema),
  nextBefore: z.string().nullable(),
  limit: z.number(),
});

export const reportPageSchema = z.object({
  items: z.array(
    z.object({
      seq: z.number(),
      sheet: z.string().nullable(),
      row: z.number(),
      column: z.string().nullable(),
      value: z.string().nullable(),
      reason: z.string(),
      severity: z.enum(['error', 'warning', 'skipped']),
      factId: z
        .string()
        .nullable()
        .optional()
        .meta({ description: 'the fact the line is about (a row kept as an alternative reading of it)' }),
    }),
  ),
  nextAfterSeq: z.number().nullable(),
  limit: z.number(),
});

export const profileListSchema = z.object({
  items: z.array(
    z.object({
      name: z.string(),
      title: z.string(),
      description: z.string(),
      produces: z.array(z.string()),
      columns: z.array(z.object({ name: z.string(), aliases: z.array(z.string()), required: z.boolean() })),
    }),
  ),
});
