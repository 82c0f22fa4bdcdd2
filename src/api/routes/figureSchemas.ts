/**
 * Response schemas of figures: reported counts added without adding what overlaps (src/core/figures/
 * reportedFigures.ts), their reconciliation with the registry, and the protected tables the public gets instead of
 * exact counts of people (src/core/access/disclosure.ts). Used by `/api/stats`, an agreement at a date and a
 * count's reconciliation.
 */
import { z } from 'zod';
import { reportedCountSchema } from '../../core/entities/index.js';
import { answerObject, statsRowAnswer } from './answerSchemas.js';

/** How a reported number stands to the truth: exactly, about, at least, at most. */
const qualifier = z.enum(reportedCountSchema.shape.qualifier.unwrap().options);

const bound = z.number().nullable();

/** One source's count as a figure lists it. */
const figureCount = answerObject({
  id: z.string(),
  count: z.number().nullable().meta({ description: 'null: reported without a number' }),
  qualifier,
  dateFrom: z.string(),
  dateTo: z.string().optional(),
  group: z.string().optional(),
  partOf: z.string().optional(),
  sameEventAs: z.string().optional(),
  samePersonsAs: z.string().optional(),
  sourceIds: z.array(z.string()),
  alternativeCounts: z
    .array(z.number())
    .optional()
    .meta({ description: 'other readings of the count (another row, the notes): the event spans them all' }),
});

const eventFields = {
  event: z.string().meta({ description: 'the count that names the event' }),
  min: bound,
  max: bound,
  qualifier,
  counts: z.array(figureCount),
};

/** An event: the counts of it, one per source or report, and the range of their numbers. */
const figureEvent = answerObject(eventFields);

/** What a figure adds: one group of persons, counted once, with what is listed under it and not added. */
const figureItem = answerObject({
  ...eventFields,
  unknownSize: z.boolean(),
  breakdownExceedsWhole: z.boolean(),
  samePersons: z.array(figureEvent).meta({ description: 'later moves of the same persons: not added again' }),
  breakdowns: z
    .array(figureEvent.extend({ partOf: z.array(z.string()) }))
    .meta({ description: 'breakdowns of the item: never added to it' }),
});

const summaryFields = {
  min: bound.meta({ description: 'the sum of the items’ ranges; null when nothing in it has a number' }),
  max: bound,
  qualifier,
  events: z.number().int(),
  unknownSizeEvents: z.number().int(),
  breakdowns: z.number().int(),
  countIds: z.array(z.string()),
  sourceIds: z.array(z.string()),
};

/** A figure without its items: what a table cell carries. */
export const reportedFigureSummaryAnswer = answerObject(summaryFields);

/** A figure of reported counts with the items it adds. */
export const reportedFigureAnswer = answerObject({ ...summaryFields, items: z.array(figureItem) });

const figureRow = answerObject({ key: z.string().nullable(), figure: reportedFigureSummaryAnswer });

/** Identified against reported: a number, a range when the reported figure is one, or null. */
export const shareAnswer = z
  .union([z.number(), answerObject({ min: bound, max: bound })])
  .nullable()
  .meta({ description: 'identified / reported; a range when the reported figure is one; never capped at 1' });

/** Reported counts as the stats show them (src/core/usecases/reportedFiguresView.ts). */
export const reportedFiguresAnswer = answerObject({
  records: z.number().int(),
  personsReported: reportedFigureAnswer,
  byAgreement: z.array(figureRow),
  byDestination: z.array(figureRow),
  byMonth: z.array(figureRow),
  byBasis: z.array(figureRow),
  flows: z.array(answerObject({ from: z.string(), to: z.string(), figure: reportedFigureSummaryAnswer })),
  reconciliationByAgreement: z.array(
    answerObject({
      agreementId: z.string(),
      reported: reportedFigureSummaryAnswer,
      identified: z.number().int().nullable().meta({ description: 'null for the public when from 1 to 4' }),
      suppressed: z.boolean(),
      share: shareAnswer,
      moreIdentifiedThanReported: z.boolean().nullable(),
    }),
  ),
});

/** A cell of a table: exact from viewer up; for the public a suppressed one reads `value: null, suppressed: true`. */
const cell = answerObject({
  key: z.string().nullable(),
  value: z.number().nullable(),
  suppressed: z.literal(true).optional(),
});

const PUBLIC_ONLY = 'the public only: the tables withheld whole';
const VIEWER_UP = 'viewer and up';

/** A total: exact from viewer up; null for the public when it is itself a small count (nothing is published). */
const total = z.number().int().nullable();

const withheld = z.array(z.string()).optional().meta({ description: PUBLIC_ONLY });

/** Findings counted one way and the other, exact or protected. */
const findingTables = answerObject({ total, bySeverity: z.array(cell), byRule: z.array(cell), withheld });

/**
 * The figures of `/api/stats` (src/core/presenters/aggregatePresenter.ts), as one object for every role: viewers
 * and up get exact tables (and what they alone get: transfers left out, by status, violations by rule), the public
 * the fixed protected tables of completed transfers, with suppressed cells and withheld tables.
 */
export const statsFiguresAnswer = answerObject({
  note: z.string(),
  suppressionThreshold: z
    .number()
    .int()
    .nullable()
    .meta({ description: 'the public: counts under it are suppressed; null from viewer up' }),
  suppression: z.string().optional().meta({ description: 'the public only: how the tables are protected' }),
  individualTransfers: answerObject({
    statuses: z.array(z.string()).meta({ description: 'the transfer statuses counted' }),
    total,
    leftOut: z
      .number()
      .int()
      .optional()
      .meta({ description: `${VIEWER_UP}: transfers of other statuses, not counted` }),
    byStatus: z
      .array(statsRowAnswer)
      .optional()
      .meta({ description: `${VIEWER_UP}: every transfer by status` }),
    byAgreement: z.array(cell),
    byDestination: z.array(cell),
    byMonth: z.array(cell),
    byBasis: z.array(cell),
    withheld,
  }),
  reportedCounts: reportedFiguresAnswer,
  findings: answerObject({
    statuses: z.array(z.string()),
    inForce: findingTables,
    stayedOrVacated: findingTables,
    transfersWithViolation: answerObject({
      total,
      byAgreement: z.array(cell),
      byRule: z.array(statsRowAnswer).optional().meta({ description: VIEWER_UP }),
      withheld,
    }),
  }),
}).meta({
  description: 'the figures: individual transfers, reported counts and findings, as the role sees them',
});
