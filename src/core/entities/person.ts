import { z } from 'zod';
import {
  country,
  ID_PREFIXES,
  idSchema,
  knownFlag,
  note,
  partialDate,
  sourceIdsSchema,
  importedFields,
} from './common.js';

export const identifierKinds = [
  'a_number',
  'passport',
  'national_id',
  'fbi_number',
  'eid_subject',
  /**
   * A key that links rows within one data set only, such as the anonymised identifier of a FOIA release: it says
   * which rows of that release are about one person, and nothing across data sets (linkage ignores it).
   */
  'source_key',
  'other',
] as const;

export const identifierSchema = z.strictObject({
  kind: z.enum(identifierKinds),
  value: z.string().trim().min(1).max(100),
  country: country.optional(),
});

/**
 * What one source says about one person, names as written. Records are never edited into each other: the same
 * human being across sources is a Person, a cluster of records.
 */
export const personRecordSchema = z
  .strictObject({
    /** The person this record is judged to describe; omitted on create, a new person is made for it. */
    personId: idSchema(ID_PREFIXES.person).optional(),
    /** The record's own id in its source (a row number, a case id), for tracing back. */
    sourceRecordId: z.string().max(200).optional(),
    fullName: z.string().trim().min(1).max(300).optional(),
    givenNames: z.string().trim().min(1).max(200).optional(),
    familyNames: z.string().trim().min(1).max(200).optional(),
    aliases: z.array(z.string().trim().min(1).max(200)).max(20).default([]),
    birthDate: partialDate.optional(),
    sex: z.enum(['female', 'male', 'other', 'unknown']).optional(),
    nationalities: z.array(country).max(5).default([]),
    languages: z
      .array(z.string().regex(/^[a-z]{2,3}$/, 'expected an ISO 639 code such as es'))
      .max(10)
      .default([]),
    identifiers: z.array(identifierSchema).max(20).default([]),
    lawfulPermanentResident: knownFlag,
    usCitizen: knownFlag,
    unaccompaniedChild: knownFlag,
    hasCounsel: knownFlag,
    sourceIds: sourceIdsSchema,
    ...importedFields,
    note,
  })
  .refine(
    (record) => record.fullName || record.givenNames || record.familyNames || record.identifiers.length > 0,
    {
      // Most public data sets name nobody: their records are known by an identifier of the release.
      message: 'a person record needs fullName, givenNames, familyNames or an identifier',
      path: ['fullName'],
    },
  );
export type PersonRecord = z.infer<typeof personRecordSchema>;

/** A cluster of person records judged to be the same human being. */
export const personSchema = z.strictObject({
  /** True when every record of the person comes from a fictional (synthetic) source. */
  fictional: z.boolean().default(false),
  note,
});
export type Person = z.infer<typeof personSchema>;
