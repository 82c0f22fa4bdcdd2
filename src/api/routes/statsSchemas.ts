import { z } from 'zod';
import { legalBasisSchema } from '../../core/entities/common.js';
import { TRANSFER_STATUSES } from '../../core/entities/transfer.js';
import { CROSS_TAB_DIMENSIONS } from '../../core/figures/crossTab.js';
import { countrySchema } from '../../core/values/country.js';
import { earliestDay, latestDay, partialDateSchema } from '../../core/values/partialDate.js';
import { formatParameter } from '../csv.js';
import { statsFiguresAnswer } from './figureSchemas.js';

const anyOf = (values: readonly string[]) => `(${values.join('|')})`;
const commaSeparated = (item: string) => new RegExp(`^${item}(,${item})*$`);

const split = (text: string) => text.split(',');

const dimension = z
  .enum(CROSS_TAB_DIMENSIONS)
  .optional()
  .meta({ description: `one of ${CROSS_TAB_DIMENSIONS.join(', ')}` });

const countries = (description: string) =>
  z
    .string()
    .max(500)
    .transform(split)
    .pipe(z.array(countrySchema).max(50))
    .optional()
    .meta({ description: `${description}: ISO 3166-1 codes (or names), comma-separated` });

/** The filters of a cross-tab, by their query parameter. */
export const CROSS_TAB_FILTERS = ['agreement', 'destination', 'basis', 'nationality', 'from', 'to'] as const;

/**
 * The query string of `/api/stats`: the statuses counted; for a cross-tab, two dimensions and filters; the
 * format. Unknown parameters are refused by name, as everywhere.
 */
export const statsQuery = z
  .object({
    status: z
      .string()
      .regex(
        commaSeparated(anyOf(TRANSFER_STATUSES)),
        `expected ${TRANSFER_STATUSES.join(', ')}, comma-separated`,
      )
      .transform((text) => split(text) as Array<(typeof TRANSFER_STATUSES)[number]>)
      .optional(),
    rows: dimension,
    columns: dimension,
    agreement: z
      .string()
      .regex(commaSeparated('agr_[0-9A-Za-z_-]{1,64}'), 'expected agreement ids (agr_…), comma-separated')
      .max(2000)
      .transform(split)
      .optional(),
    destination: countries('the country of destination'),
    basis: z
      .string()
      .regex(
        commaSeparated(anyOf(legalBasisSchema.options)),
        `expected ${legalBasisSchema.options.join(', ')}, comma-separated`,
      )
      .transform(split)
      .optional(),
    nationality: countries("one of the nationalities of the transferred person's records"),
    from: partialDateSchema.optional().meta({ description: 'transfers dated on or after (YYYY[-MM[-DD]])' }),
    to: partialDateSchema.optional().meta({ description: 'transfers dated on or before (YYYY[-MM[-DD]])' }),
    format: formatParameter,
  })
  .strict()
  .superRefine((query, context) => {
    const issue = (path: string, message: string) =>
      context.addIssue({ code: 'custom', path: [path], message });
    if (query.rows !== undefined && query.columns === undefined)
      issue('columns', 'a cross-tab needs columns as well as rows');
    if (query.columns !== undefined && query.rows === undefined)
      issue('rows', 'a cross-tab needs rows as well as columns');
    if (query.rows !== undefined && query.rows === query.columns)
      issue('columns', 'rows and columns must be two different dimensions');
    if (query.rows === undefined && query.columns === undefined)
      for (const name of CROSS_TAB_FILTERS)
        if (query[name] !== undefined) issue(name, 'filters apply to a cross-tab: give rows and columns');
    if (query.from !== undefined && query.to !== undefined && earliestDay(query.from) > latestDay(query.to))
      issue('to', 'to is before from');
  });
export type StatsQuery = z.infer<typeof statsQuery>;

const key = z.string().nullable();
const margin = z.array(z.object({ key, value: z.number().int() }));

/** The answer to a cross-tab (`rows` and `columns` given), as documented in the OpenAPI document. */
export const crossTabAnswer = z
  .object({
    note: z.string(),
    rows: z.enum(CROSS_TAB_DIMENSIONS),
    columns: z.enum(CROSS_TAB_DIMENSIONS),
    statuses: z.array(z.string()).meta({ description: 'the transfer statuses counted' }),
    filters: z
      .object({
        agreement: z.array(z.string()).optional(),
        destination: z.array(z.string()).optional(),
        basis: z.array(z.string()).optional(),
        nationality: z.array(z.string()).optional(),
        from: z.string().optional(),
        to: z.string().optional(),
      })
      .meta({ description: 'the filters applied, countries as codes' }),
    cells: z
      .array(z.object({ row: key, column: key, value: z.number().int() }))
      .meta({ description: 'non-zero cells by row then column; a pair not listed counts zero' }),
    rowTotals: margin.meta({ description: 'transfers per row key, every row in order (null last)' }),
    columnTotals: margin.meta({ description: 'transfers per column key, every column in order (null last)' }),
    total: z.number().int().meta({ description: 'transfers counted, each once' }),
    overlaps: z
      .enum(['rows', 'columns'])
      .nullable()
      .meta({ description: 'the side (severity) where one transfer can count under several keys' }),
  })
  .meta({ description: 'a cross-tab: rows and columns were given' });

/**
 * What `/api/stats` answers with 200: a cross-tab when rows and columns are given, else the figures (their shape
 * is the role's: exact tables from viewer up, the fixed protected tables for the public; see figureSchemas.ts).
 */
export const statsAnswer = z.union([crossTabAnswer, statsFiguresAnswer]);

/** The route's documentation in the OpenAPI document: what each parameter does and what comes back. */
export const STATS_DESCRIPTION = `Without rows and columns: the figures, counting individual transfers of the statuses in \`status\` (completed by default). The public gets the fixed protected tables of completed transfers and may give no parameter but \`format\`.

With \`rows\` and \`columns\` (viewers and up; 403 for the public): a cross-tab of individual transfers by two of ${CROSS_TAB_DIMENSIONS.join(', ')}, under the filters \`agreement\`, \`destination\`, \`basis\`, \`nationality\` (comma-separated: any of), \`from\`/\`to\` (the transfer's date falls within) and \`status\`. Answer: \`{ note, rows, columns, statuses, filters, cells: [{ row, column, value }], rowTotals: [{ key, value }], columnTotals, total, overlaps }\`; cells not listed are zero, a null key is unknown. \`nationality\` is the person's, from their records: several give \`multiple\`, none a null key. \`severity\` counts a transfer under each severity of its findings resting on authority in force (null: none), so its cells can add up to more than the total (\`overlaps\` says which side); every total counts a transfer once.

CSV (\`format=csv\` or \`Accept: text/csv\`): a cross-tab as a grid (the row key, one column per column key, \`total\`; then a \`total\` row), or the figures as a long table \`table,key,value,note\`; null keys read \`(none)\`. UTF-8 with a BOM; the file name and the \`X-Custodia-Query\` and \`X-Custodia-Exported-At\` headers say what was asked and when.`;
