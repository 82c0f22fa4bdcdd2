import { z } from 'zod';
import { ID_PREFIXES, idSchema } from '../../core/entities/index.js';
import { MATCH_STATUSES } from '../../core/ports/personLinkage.js';
import { MAX_PAGE_SIZE } from '../../core/usecases/listEntities.js';
import { MAX_SEARCH_HITS } from '../../core/usecases/searchPersons.js';
import { countrySchema } from '../../core/values/country.js';
import { partialDateSchema } from '../../core/values/partialDate.js';
import { answerObject, nextCursorAnswer } from './answerSchemas.js';
import { entityAnswer } from './entityAnswers.js';
import { versionField } from './schemas.js';

/** Why a reviewer decided, merged or split: kept with the decision and in the audit trail. */
const reason = z.string().trim().min(3, 'say why (at least 3 characters)').max(2000);

export const matchListQuery = z
  .object({
    status: z.enum(MATCH_STATUSES).optional(),
    limit: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).optional(),
    cursor: z.string().max(500).optional(),
  })
  .strict();

export const acceptBody = z.object({ version: versionField, reason: reason.optional() }).strict();
export type AcceptBody = z.infer<typeof acceptBody>;

export const rejectBody = z.object({ version: versionField, reason }).strict();
export type RejectBody = z.infer<typeof rejectBody>;

const personVersion = versionField
  .optional()
  .meta({ description: 'the version of the person of the URL you read; a stale one gets 409' });

export const mergeBody = z
  .object({
    personId: idSchema(ID_PREFIXES.person).meta({ description: 'the person merged into the one of the URL' }),
    reason,
    version: personVersion,
  })
  .strict();
export type MergeBody = z.infer<typeof mergeBody>;

const factId = z
  .string()
  .regex(
    /^(alg|lev|trf|cev)_[0-9A-Za-z_-]{1,64}$/,
    'expected an allegation, legal event, transfer or custody event id',
  );

export const splitBody = z
  .object({
    recordIds: z.array(idSchema(ID_PREFIXES.personRecord)).min(1).max(500),
    factIds: z.array(factId).max(500).optional(),
    reason,
    version: personVersion,
  })
  .strict();
export type SplitBody = z.infer<typeof splitBody>;

export const personSearchQuery = z
  .object({
    q: z
      .string()
      .trim()
      .min(1, 'write a name to search for')
      .max(200)
      .meta({ description: 'a full name in any order: "José García", "GARCIA, JOSE", "de la Cruz"' }),
    birthDate: partialDateSchema.optional(),
    nationality: countrySchema.optional(),
    identifier: z.string().trim().min(1).max(100).optional(),
    limit: z.coerce.number().int().min(1).max(MAX_SEARCH_HITS).optional(),
  })
  .strict();

/** The waterfall of a match: the prior, each comparison's weight in bits, the total. */
const waterfallAnswer = answerObject({
  priorWeight: z.number(),
  comparisons: z.array(answerObject({ comparison: z.string(), level: z.string(), weight: z.number() })),
  totalWeight: z.number(),
});

/**
 * A match of the review queue with both records as the role sees them (src/core/usecases/listMatches.ts); below
 * editor, the reviewer's reason reads `withheld`. A record or person since removed is null.
 */
export const matchAnswer = answerObject({
  id: z.string(),
  version: z.number().int(),
  status: z.enum(MATCH_STATUSES),
  probability: z.number(),
  createdAt: z.string(),
  decidedBy: z.string().nullable(),
  decidedAt: z.string().nullable(),
  reason: z.string().nullable(),
  record: entityAnswer('personRecord').nullable(),
  candidate: answerObject({
    personId: z.string(),
    person: entityAnswer('person').nullable(),
    record: entityAnswer('personRecord').nullable(),
  }),
  explanation: waterfallAnswer,
});

export const matchListAnswer = answerObject({
  items: z.array(matchAnswer),
  nextCursor: nextCursorAnswer,
  limit: z.number().int(),
});

/** A decision's answer: the match decided, and the person its record now belongs to. */
export const matchDecisionAnswer = answerObject({ match: matchAnswer, personId: z.string() });

const moved = answerObject({ recordIds: z.array(z.string()), factIds: z.array(z.string()) });

export const mergeAnswer = answerObject({
  person: entityAnswer('person'),
  merged: entityAnswer('person'),
  moved,
});

export const splitAnswer = answerObject({
  person: entityAnswer('person'),
  created: entityAnswer('person'),
  moved,
});

/**
 * Person search (src/core/usecases/searchPersons.ts): each hit with the person, their best record as the role sees
 * it, and why it scored, with the two values each comparison looked at (the record's as the role sees it).
 */
export const personSearchAnswer = answerObject({
  hits: z.array(
    answerObject({
      person: entityAnswer('person'),
      probability: z.number(),
      record: entityAnswer('personRecord'),
      why: z.array(
        answerObject({
          comparison: z.string(),
          level: z.string(),
          weight: z.number(),
          queryValue: z.unknown(),
          recordValue: z.unknown(),
        }),
      ),
    }),
  ),
  incomplete: z.boolean().meta({
    description: 'a key (a common name) matched more records than were read: more details narrow it',
  }),
});
