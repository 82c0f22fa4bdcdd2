import {
  protectFamily,
  SMALL_COUNT_THRESHOLD,
  type CountCell,
  type ProtectedFamily,
  type PublishedTable,
} from '../access/disclosure.js';
import type { Stats, StatsRow, Store } from '../ports/store.js';
import type { FindingCountTables, FindingFiguresView } from './findingFiguresView.js';

/** The tables of individual transfers the public sees: one family, each table counting every transfer once. */
export type TransferTable = 'byAgreement' | 'byDestination' | 'byMonth' | 'byBasis';

/** The tables of findings the public sees: one family, each table counting every finding once. */
export type FindingTable = 'bySeverity' | 'byRule';

/** The statuses the public's figures count: what happened, not what was planned or halted. */
export const PUBLIC_STATUSES = ['completed'] as const;

/**
 * Everything the public may know about counts of people, at one fixed granularity. The list is fixed on purpose:
 * protection holds for the tables published together, and a table cut another way (by agreement and month, or
 * for a date range a caller picks) could be subtracted from these to reveal what they hide.
 */
export interface PublicFigures {
  threshold: number;
  individualTransfers: ProtectedFamily<TransferTable>;
  findings: ProtectedFamily<FindingTable>;
  findingsStayedOrVacated: ProtectedFamily<FindingTable>;
  transfersWithViolation: ProtectedFamily<'byAgreement'>;
}

export type PublicFiguresReader = Pick<Store, 'stats'>;

/**
 * The counts come from several queries, not from one snapshot, so a write between two of them can leave tables
 * that do not add up to the same total. Every bound the protection gives rests on that common total: such a torn
 * read is withheld whole, rather than published or answered with an error. The next read adds up again.
 */
function protectWhole<Name extends string>(family: {
  total: number;
  tables: Record<Name, readonly CountCell[]>;
}): ProtectedFamily<Name> {
  const names = Object.keys(family.tables) as Name[];
  const addsUp = (cells: readonly CountCell[]) =>
    cells.reduce((sum, cell) => sum + cell.value, 0) === family.total;
  if (names.every((name) => addsUp(family.tables[name]))) return protectFamily(family);
  const withheld = (): PublishedTable => ({ cells: [], withheld: true });
  return {
    total: null,
    tables: Object.fromEntries(names.map((name) => [name, withheld()])) as Record<Name, PublishedTable>,
  };
}

/** The transfer tables as the public may see them; see `protectFamily` for what is hidden and why. */
export function protectTransfers(transfers: Stats['transfers']): ProtectedFamily<TransferTable> {
  const { total, byAgreement, byDestination, byMonth, byBasis } = transfers;
  return protectWhole({ total, tables: { byAgreement, byDestination, byMonth, byBasis } });
}

/** The findings tables as the public may see them: every finding has one rule and one severity. */
export function protectFindings(findings: FindingCountTables): ProtectedFamily<FindingTable> {
  const { bySeverity, byRule, total } = findings;
  return protectWhole({ total, tables: { bySeverity, byRule } });
}

/** Transfers with a violation, by agreement: each such transfer has one agreement (or none), a partition. */
function protectViolating(table: { total: number; byAgreement: StatsRow[] }): ProtectedFamily<'byAgreement'> {
  return protectWhole({ total: table.total, tables: { byAgreement: table.byAgreement } });
}

/**
 * The public figures from the registry's unprotected counts (of completed transfers). Transfers with a violation
 * by rule are not published: a transfer may break several rules, so those cells overlap and no total bounds them.
 */
export function publicFiguresOf(stats: Stats, findings: FindingFiguresView): PublicFigures {
  return {
    threshold: SMALL_COUNT_THRESHOLD,
    individualTransfers: protectTransfers(stats.transfers),
    findings: protectFindings(findings.inForce),
    findingsStayedOrVacated: protectFindings(findings.stayedOrVacated),
    transfersWithViolation: protectViolating(findings.transfersWithViolation),
  };
}
