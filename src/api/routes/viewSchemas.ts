/**
 * Response schemas of the reads that join several kinds: a person with records and whereabouts, their timeline and
 * deadlines (src/core/usecases/personViews.ts, personDeadlines.ts), an agreement at a date (agreementView.ts), and
 * a reported count against the registry (reconcileReportedCount.ts). Entities inside them are the kinds' answers
 * (entityAnswers.ts), as the role sees them.
 */
import { z } from 'zod';
import {
  agreementStatusEntrySchema,
  agreementTermSchema,
  custodyEventTypes,
} from '../../core/entities/index.js';
import { CLOCKS } from '../../core/rules/deadlines.data.js';
import { TIMELINE_KINDS } from '../../core/usecases/personViews.js';
import {
  answerObject,
  bilingualAnswer,
  citationAnswer,
  conflictAnswer,
  countryAnswer,
  findingAnswer,
  instantAnswer,
  partialDateAnswer,
  statsRowAnswer,
} from './answerSchemas.js';
import { answerOf, entityAnswer, entityAnswerWith, withFields } from './entityAnswers.js';
import { reportedFigureAnswer, shareAnswer } from './figureSchemas.js';

const citations = z.array(citationAnswer);

/** Where a person is now: the latest custody event, or a completed transfer after it (then `derived`). */
const whereaboutsAnswer = answerObject({
  status: z.enum(custodyEventTypes),
  date: partialDateAnswer,
  at: instantAnswer.nullable(),
  country: countryAnswer.nullable(),
  facility: answerObject({ id: z.string(), name: z.string(), country: countryAnswer }).nullable(),
  custodian: z.string().nullable(),
  derived: answerObject({ from: z.literal('transfer'), transferId: z.string() })
    .nullable()
    .meta({ description: 'worked out from a completed transfer: no custody event records the hand-over' }),
  event: z
    .union([entityAnswer('custodyEvent'), entityAnswer('transfer')])
    .meta({ description: 'the custody event, or the transfer when derived' }),
  sources: citations,
});

/** `GET /api/persons/:id`. */
export const personAnswer = entityAnswerWith('person', {
  records: z.array(entityAnswerWith('personRecord', { sources: citations })),
  whereabouts: whereaboutsAnswer.nullable(),
  conflicts: z.array(conflictAnswer),
});

const timelineFields = {
  type: z.string().meta({
    description: "the event's type, a transfer's legal basis, or an allegation's kind:category",
  }),
  date: partialDateAnswer.nullable(),
  at: instantAnswer.nullable(),
  sources: citations,
  findings: z
    .array(findingAnswer)
    .optional()
    .meta({ description: "transfers: the rules' findings, once evaluated" }),
  findingsEvaluatedAt: z.string().optional(),
  packVersion: z.string().optional(),
};

type TimelineKind = (typeof TIMELINE_KINDS)[number];

/** One kind's item of a timeline: its entity is of that kind. */
function timelineItem(kind: TimelineKind) {
  return answerObject({ kind: z.literal(kind), entity: entityAnswer(kind), ...timelineFields });
}

/** `GET /api/persons/:id/timeline`. */
export const timelineAnswer = answerObject({
  personId: z.string(),
  items: z.array(
    z.discriminatedUnion(
      'kind',
      TIMELINE_KINDS.map(timelineItem) as [
        ReturnType<typeof timelineItem>,
        ...Array<ReturnType<typeof timelineItem>>,
      ],
    ),
  ),
  conflicts: z.array(conflictAnswer),
});

/** `GET /api/persons/:id/deadlines` (src/core/rules/deadlines.ts); below editor, facts are redacted. */
export const deadlinesAnswer = answerObject({
  personId: z.string(),
  now: z.string(),
  deadlines: z.array(
    answerObject({
      clock: z.enum(CLOCKS.map((clock) => clock.id) as [string, ...string[]]),
      title: bilingualAnswer,
      legalSource: z.string(),
      startsAt: z.string(),
      endsAt: z
        .string()
        .meta({ description: 'the legal end, even when a later fact closed the clock early' }),
      open: z.boolean(),
      timeLeftMs: z.number().meta({ description: '0 when closed' }),
      timeLeft: bilingualAnswer,
      facts: z.record(z.string(), z.unknown()),
      note: bilingualAnswer.optional(),
      closedBy: answerObject({ fact: z.string(), at: z.string() }).optional(),
    }),
  ),
});

const certainty = z.enum(['in_force', 'uncertain', 'not_in_force']);
const statusEntry = answerOf(agreementStatusEntrySchema);

/** `GET /api/agreements/:id`: the agreement at a date, the transfers and reported counts under it. */
export const agreementAtAnswer = entityAnswerWith('agreement', {
  at: partialDateAnswer,
  statusAt: withFields(statusEntry, { certainty, otherwise: statusEntry.nullable() }).nullable().meta({
    description: 'the last status surely reached; a later one that may apply is given as uncertain',
  }),
  termsInForce: z.array(withFields(answerOf(agreementTermSchema), { certainty })),
  transfers: answerObject({
    total: z.number().int().nullable().meta({
      description: 'completed transfers; the public gets the published cell (null: suppressed or withheld)',
    }),
    withheld: z
      .literal(true)
      .optional()
      .meta({ description: "the public: the agreements' table is withheld" }),
    suppressed: z.literal(true).optional().meta({ description: 'the public: a small count, suppressed' }),
    statuses: z.array(z.string()).optional().meta({ description: 'viewer and up' }),
    byStatus: z.array(statsRowAnswer).optional().meta({ description: 'viewer and up' }),
    first: z
      .array(entityAnswer('transfer'))
      .meta({ description: 'viewer and up: the first 50 by date; empty for the public' }),
  }),
  reportedCounts: answerObject({
    records: z.number().int(),
    personsReported: reportedFigureAnswer,
    items: z.array(entityAnswer('reportedCount')),
  }),
});

/** `GET /api/reported-counts/:id/reconciliation`: the public gets the number only, suppressed from 1 to 4. */
export const reconciliationAnswer = answerObject({
  count: entityAnswer('reportedCount'),
  scope: answerObject({
    dateFrom: z.string(),
    dateTo: z.string(),
    fromCountry: countryAnswer.optional(),
    toCountry: countryAnswer,
    agreementId: z.string().optional(),
    movementId: z.string().optional(),
    facilityId: z.string().optional(),
    basis: z.string().optional(),
    nationalities: z.array(countryAnswer).optional(),
  }),
  identified: z.number().int().nullable().meta({ description: 'null for the public when from 1 to 4' }),
  suppressed: z.boolean().optional().meta({ description: 'the public only' }),
  share: shareAnswer,
  moreIdentifiedThanReported: z.boolean().nullable(),
  transfersInScope: z.number().int().optional().meta({ description: 'viewer and up' }),
  nationalityUnknown: z.number().int().optional().meta({ description: 'viewer and up' }),
  persons: z
    .array(answerObject({ personId: z.string(), transfers: z.array(entityAnswer('transfer')) }))
    .optional()
    .meta({ description: 'viewer and up: the persons identified and their transfers in the scope' }),
});
