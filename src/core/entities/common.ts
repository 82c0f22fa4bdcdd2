import { z } from 'zod';
import { countrySchema } from '../values/country.js';
import { instantSchema } from '../values/instant.js';
import { partialDateSchema } from '../values/partialDate.js';

/** Ids carry the kind of what they name (`src_…`, `per_…`), so a wrong reference is caught at the boundary. */
export function idSchema(prefix: string) {
  return z
    .string()
    .regex(new RegExp(`^${prefix}_[0-9A-Za-z_-]{1,64}$`), `expected an id of the form ${prefix}_…`)
    .meta({ description: `id (${prefix}_…)` });
}

export const ID_PREFIXES = {
  source: 'src',
  agreement: 'agr',
  facility: 'fac',
  personRecord: 'rec',
  person: 'per',
  allegation: 'alg',
  legalEvent: 'lev',
  movement: 'mov',
  transfer: 'trf',
  reportedCount: 'cnt',
  custodyEvent: 'cev',
  /** Not an entity kind: a scored pair in the linkage review queue (person_matches). */
  personMatch: 'mat',
} as const;

/** Every fact names at least one source; nothing is known "from nowhere". */
export const sourceIdsSchema = z
  .array(idSchema(ID_PREFIXES.source))
  .min(1, 'every fact must cite at least one source')
  .max(50);

export const country = countrySchema;
export const partialDate = partialDateSchema;
export const instant = instantSchema;
export const note = z.string().max(4000).optional();
export const shortText = z.string().trim().min(1).max(300);

/** A nullable boolean: absent is unknown, false or null is known "no". */
export const knownFlag = z.boolean().nullable().optional();

/**
 * Where an imported fact was read: the source the import created and the row (sheet and row number as a person
 * finds them in the file). Absent on facts entered by hand.
 */
export const originSchema = z
  .strictObject({
    sourceId: idSchema(ID_PREFIXES.source),
    sheet: z.string().max(200).optional(),
    row: z.number().int().positive(),
  })
  .optional();

/**
 * Fields the source withheld (a FOIA redaction mark such as `(b)(6), (b)(7)(C)` in their place): known to exist,
 * deliberately not given. Never a value, never "unknown".
 */
export const withheldSchema = z.array(z.string().min(1).max(100)).max(50).optional();

/**
 * What the importer noticed in the cells a fact was read from (a likely scrape date used as the event's date, a
 * day and month that could be read either way, a 31 December filler, a count the notes contradict): it travels
 * with the fact, so whoever reads the fact sees it, not only whoever reads the import's report.
 */
export const factWarningSchema = z.strictObject({
  column: z.string().max(200).nullable(),
  /** The cell as written, cut short. */
  value: z.string().max(200).nullable(),
  reason: z.string().min(1).max(600),
});
export type FactWarning = z.infer<typeof factWarningSchema>;

/**
 * Another reading of the same fact: a second row of the data set with the fact's key and other values, or a cell
 * that says something else (notes giving `At least 6,500` beside a count of `6`). The fact keeps its first
 * reading; the others are kept here with where they were read, for a person to decide, and figures count the
 * fact as the range of its readings. `values` holds only the fields that differ.
 */
export const alternativeSchema = z.strictObject({
  values: z.record(z.string().max(100), z.unknown()),
  sourceId: idSchema(ID_PREFIXES.source),
  sheet: z.string().max(200).optional(),
  row: z.number().int().positive(),
  column: z.string().max(200).optional(),
  reason: z.string().min(1).max(600),
});
export type Alternative = z.infer<typeof alternativeSchema>;

/**
 * The fields every importable fact carries besides its own: where it was read, what the source withheld, what
 * the importer warned about in its cells, and other readings of it.
 */
export const importedFields = {
  origin: originSchema,
  withheld: withheldSchema,
  warnings: z.array(factWarningSchema).max(20).optional(),
  alternatives: z.array(alternativeSchema).max(50).optional(),
};

/** Legal bases under which a transfer is made (RULES.md `transfer.authority`). */
export const legalBasisSchema = z.enum(['INA241', 'AEA', 'UK_ENFORCED', 'IT_ALB_PROTOCOL', 'OTHER']);
export type LegalBasis = z.infer<typeof legalBasisSchema>;

/** The fields every stored entity carries besides its own data. */
export interface EntityMeta {
  id: string;
  version: number;
  createdAt: string;
  updatedAt: string;
  retracted: { at: string; reason: string } | null;
}
