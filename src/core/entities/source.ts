import { z } from 'zod';
import { instant, note, partialDate, shortText } from './common.js';

/** A document or data set facts come from. */
export const sourceSchema = z.strictObject({
  kind: z.enum([
    'government_statement',
    'court_record',
    'news_report',
    'foia_release',
    'dataset',
    'ngo_report',
    'flight_tracking',
    'case_file',
    'synthetic',
  ]),
  publisher: shortText,
  title: z.string().trim().min(1).max(1000),
  url: z.url().max(2000).optional(),
  publishedOn: partialDate.optional(),
  retrievedAt: instant.optional(),
  checksum: z
    .string()
    .regex(/^sha256:[0-9a-f]{64}$/, 'expected sha256:<64 hex digits>')
    .optional(),
  /** Admiralty-style grade of the publisher's reliability (A reliable … F cannot be judged). */
  reliability: z.enum(['A', 'B', 'C', 'D', 'E', 'F']).default('F'),
  sensitivity: z.enum(['public', 'restricted', 'confidential']).default('public'),
  /** True for synthetic demo and test material: nothing from such a source is about a real person. */
  fictional: z.boolean().default(false),
  language: z
    .string()
    .regex(/^[a-z]{2,3}$/)
    .optional(),
  note,
});
export type Source = z.infer<typeof sourceSchema>;
