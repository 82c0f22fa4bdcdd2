import type { ReportedCount } from '../entities/index.js';
import { earliestDay, latestDay } from '../values/partialDate.js';
import {
  ReportedFigureGraph,
  type CountEntry,
  type ReportedFigure,
  type ReportedFigureSummary,
} from './reportedFigures.js';

/** One row of a table of figures: a group key (null: the counts that do not say) and its figure. */
export interface ReportedFigureRow {
  key: string | null;
  figure: ReportedFigureSummary;
}

/**
 * The month a count falls in, as the transfer tables bucket it (src/store/stats.ts): `YYYY-MM` within one month,
 * `YYYY` for a whole year, `YYYY-MM/YYYY-MM` for a range across months. Never a month a source did not give.
 */
export function monthBucket(count: Pick<ReportedCount, 'dateFrom' | 'dateTo'>): string {
  const low = earliestDay(count.dateFrom);
  const high = latestDay(count.dateTo ?? count.dateFrom);
  if (low.slice(0, 7) === high.slice(0, 7)) return low.slice(0, 7);
  if (low.slice(0, 4) === high.slice(0, 4) && low.slice(5) === '01-01' && high.slice(5) === '12-31')
    return low.slice(0, 4);
  return `${low.slice(0, 7)}/${high.slice(0, 7)}`;
}

/** The group keys the figures are tabled by. */
export const FIGURE_KEYS = {
  byAgreement: (data: ReportedCount) => data.agreementId ?? null,
  byDestination: (data: ReportedCount) => data.toCountry,
  byMonth: (data: ReportedCount) => monthBucket(data),
  byBasis: (data: ReportedCount) => data.basis ?? null,
} satisfies Record<string, (data: ReportedCount) => string | null>;
export type FigureTableName = keyof typeof FIGURE_KEYS;

const withoutItems = ({ items: _items, ...summary }: ReportedFigure): ReportedFigureSummary => summary;

/**
 * A table of figures: the counts grouped by a key, each group's figure computed with the relations of the whole
 * graph (a breakdown whose whole is in another group stands on its own in its group: 137 under basis AEA). Keys
 * in code-unit order, the null key last. Cells need not add up to the overall figure: a count's breakdown may sit
 * in another cell, and the same persons in two months are counted in each.
 */
export function reportedFigureTable(
  graph: ReportedFigureGraph,
  keyOf: (data: ReportedCount) => string | null,
): ReportedFigureRow[] {
  const byKey = new Map<string | null, string[]>();
  for (const { id, data } of graph.counts.values()) {
    const key = keyOf(data);
    const list = byKey.get(key);
    if (list) list.push(id);
    else byKey.set(key, [id]);
  }
  return [...byKey.keys()]
    .sort((left, right) =>
      left === right ? 0 : left === null ? 1 : right === null ? -1 : left < right ? -1 : 1,
    )
    .map((key) => ({ key, figure: withoutItems(graph.figure(byKey.get(key) ?? [])) }));
}

/** Every figure the stats show of reported counts: overall (with its items) and by agreement, destination, month, basis. */
export interface ReportedCountFigures {
  /** How many reported counts there are. */
  records: number;
  overall: ReportedFigure;
  byAgreement: ReportedFigureRow[];
  byDestination: ReportedFigureRow[];
  byMonth: ReportedFigureRow[];
  byBasis: ReportedFigureRow[];
}

/**
 * The figures of a set of reported counts (current ones, not retracted: the caller lists them), for the stats: no
 * breakdown added to its whole, no persons twice, ranges where sources disagree, unknown sizes as events.
 */
export function reportedCountFigures(
  counts: Iterable<CountEntry> | ReportedFigureGraph,
): ReportedCountFigures {
  const graph = counts instanceof ReportedFigureGraph ? counts : new ReportedFigureGraph(counts);
  return {
    records: graph.counts.size,
    overall: graph.figure(),
    byAgreement: reportedFigureTable(graph, FIGURE_KEYS.byAgreement),
    byDestination: reportedFigureTable(graph, FIGURE_KEYS.byDestination),
    byMonth: reportedFigureTable(graph, FIGURE_KEYS.byMonth),
    byBasis: reportedFigureTable(graph, FIGURE_KEYS.byBasis),
  };
}
