import type { Cell } from '../components/common.js';

/** A figure of reported persons (src/core/figures/reportedFigures.ts): never a sum of counts that overlap. */
export interface ReportedFigure {
  min: number | null;
  max: number | null;
  qualifier: 'exact' | 'about' | 'at_least' | 'at_most';
  events: number;
  unknownSizeEvents: number;
  breakdowns: number;
  countIds: string[];
  sourceIds: string[];
}

export interface FigureRow {
  key: string | null;
  figure: ReportedFigure;
}

/** The stats as any role gets them: exact tables (viewers and up) or protected families (the public). */
export interface StatsAnswer {
  note: string;
  suppressionThreshold: number | null;
  individualTransfers: {
    statuses: string[];
    total: number | null;
    leftOut?: number;
    byMonth: Cell[];
    byDestination: Cell[];
    byAgreement: Cell[];
    byBasis: Cell[];
    withheld?: string[];
  };
  reportedCounts: {
    records: number;
    personsReported: ReportedFigure;
    byMonth: FigureRow[];
    byDestination: FigureRow[];
    byAgreement: FigureRow[];
    byBasis: FigureRow[];
    flows: Array<{ from: string; to: string; figure: ReportedFigure }>;
  };
}

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
