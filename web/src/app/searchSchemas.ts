import { z } from 'zod/mini';

/** The filters of each list live in the address, validated here: a filtered view is a link one can share. */
export const agreementsSearch = z.object({
  kind: z.optional(z.string().check(z.maxLength(40))),
  status: z.optional(z.string().check(z.maxLength(40))),
  country: z.optional(z.string().check(z.maxLength(3))),
});

export const agreementSearch = z.object({
  at: z.optional(z.string().check(z.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/))),
});

export const personsSearch = z.object({
  q: z.optional(z.string().check(z.maxLength(200))),
  birthDate: z.optional(z.string().check(z.maxLength(10))),
  nationality: z.optional(z.string().check(z.maxLength(3))),
});

export const findingsSearch = z.object({
  severity: z.optional(z.enum(['violation', 'warning', 'info'])),
  ruleId: z.optional(z.string().check(z.maxLength(60))),
  cursor: z.optional(z.string().check(z.maxLength(500))),
});

export const reportedCountsSearch = z.object({
  destination: z.optional(z.string().check(z.maxLength(3))),
  agreementId: z.optional(z.string().check(z.maxLength(80))),
});

export const transfersSearch = z.object({
  status: z.optional(z.string().check(z.maxLength(20))),
  destination: z.optional(z.string().check(z.maxLength(3))),
  agreementId: z.optional(z.string().check(z.maxLength(80))),
  cursor: z.optional(z.string().check(z.maxLength(1000))),
});
