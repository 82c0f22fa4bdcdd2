import { z } from 'zod';
import { instantProblem } from '../values/instant.js';

const bilingual = z.object({ en: z.string().min(1), es: z.string().min(1) });
/** How grave an outcome is; also what findings answer with. */
export const severitySchema = z.enum(['violation', 'warning', 'info']);
/** Where the law a rule rests on stands; also what findings answer with. */
export const authorityStatusSchema = z.enum([
  'binding',
  'agency_policy',
  'stayed',
  'vacated',
  'contested',
  'soft_law',
]);
const windowEdge = z
  .string()
  .refine((text) => instantProblem(text) === undefined, 'expected an ISO 8601 instant with offset');

/**
 * A rule pack as data, validated before use: a malformed window date would otherwise make a window silently
 * always (or never) apply.
 */
export const rulePackSchema = z.object({
  id: z.string().min(1),
  version: z.string().min(1),
  rules: z
    .array(
      z.object({
        id: z.string().regex(/^[A-Z0-9-]+$/),
        title: bilingual,
        jurisdiction: z.enum(['US', 'INT', 'UK', 'EU', 'CR']),
        windows: z.record(z.string(), z.object({ from: windowEdge.optional(), to: windowEdge.optional() })),
        thresholds: z.record(z.string(), z.number().nonnegative()),
        authorityStatus: authorityStatusSchema,
        requires: bilingual,
        citations: z.array(z.string().min(1)),
        outcomes: z.record(
          z.string(),
          z.object({
            severity: severitySchema,
            authorityStatus: authorityStatusSchema.optional(),
            contested: z.boolean().optional(),
            explanation: bilingual,
            citations: z.array(z.string().min(1)).optional(),
          }),
        ),
      }),
    )
    .refine(
      (rules) => new Set(rules.map((rule) => rule.id)).size === rules.length,
      'rule ids must be unique',
    ),
});
