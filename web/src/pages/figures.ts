import type { Answer } from '../api/client.js';
import type { Cell } from '../components/common.js';

/** The stats' figures (not a cross-tab), as any role gets them: exact tables or the public's protected ones. */
export type StatsAnswer = Extract<Answer<'/api/stats'>, { individualTransfers: unknown }>;

/** A figure of reported persons (src/core/figures/reportedFigures.ts): never a sum of counts that overlap. */
export type ReportedFigure = StatsAnswer['reportedCounts']['byMonth'][number]['figure'];

export type FigureRow = StatsAnswer['reportedCounts']['byMonth'][number];

/** The persons a figure stands for, for a chart or an arrow: its upper bound (0 when no count gives a number). */
export function figureSize(figure: ReportedFigure | undefined): number {
  return figure?.max ?? 0;
}

export function cellsByKey(cells: Cell[] | undefined): Map<string, Cell> {
  return new Map((cells ?? []).map((cell) => [cell.key ?? '', cell]));
}

export function figuresByKey(rows: FigureRow[] | undefined): Map<string, ReportedFigure> {
  return new Map((rows ?? []).map((row) => [row.key ?? '', row.figure]));
}
