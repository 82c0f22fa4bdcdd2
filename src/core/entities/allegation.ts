import { z } from 'zod';
import {
  country,
  ID_PREFIXES,
  idSchema,
  note,
  partialDate,
  sourceIdsSchema,
  importedFields,
} from './common.js';

export const allegationCategories = [
  'gang_membership',
  'violent_offence',
  'drug_offence',
  'property_offence',
  'immigration_offence',
  'traffic_offence',
  'other',
] as const;

export const allegationBases = [
  'conviction',
  'charge',
  'tattoo',
  'police_database',
  'gang_database',
  'social_media',
  'officer_statement',
  'government_statement',
  'other',
] as const;

/**
 * What a person is accused of or convicted for. An accusation is not a conviction: `kind` says which, and a
 * conviction must rest on a conviction with status convicted.
 */
export const allegationSchema = z
  .strictObject({
    personId: idSchema(ID_PREFIXES.person),
    kind: z.enum(['allegation', 'conviction']),
    category: z.enum(allegationCategories),
    description: z.string().trim().min(1).max(1000),
    /** The organisation a gang allegation names, as written (`Tren de Aragua`, `MS-13`). */
    organisation: z.string().max(200).optional(),
    basis: z.enum(allegationBases),
    status: z.enum(['alleged', 'charged', 'convicted', 'dismissed', 'acquitted']),
    jurisdiction: country.optional(),
    date: partialDate.optional(),
    sourceIds: sourceIdsSchema,
    ...importedFields,
    note,
  })
  .superRefine((allegation, context) => {
    if (
      allegation.kind === 'conviction' &&
      (allegation.status !== 'convicted' || allegation.basis !== 'conviction')
    ) {
      context.addIssue({
        code: 'custom',
        path: ['status'],
        message: 'a conviction needs status "convicted" and basis "conviction"',
      });
    }
    if (allegation.kind === 'allegation' && allegation.status === 'convicted') {
      context.addIssue({
        code: 'custom',
        path: ['kind'],
        message: 'status "convicted" is a conviction: set kind "conviction"',
      });
    }
  });
export type Allegation = z.infer<typeof allegationSchema>;
