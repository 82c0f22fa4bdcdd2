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

/** The fields every importable fact carries besides its own: where it was read, and what the source withheld. */
export const importedFields = { origin: originSchema, withheld: withheldSchema };

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
