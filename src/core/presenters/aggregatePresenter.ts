import type { Stats, StatsRow } from '../ports/store.js';
import { roleAtLeast, type Role } from '../roles.js';

/** Counts of people below this are not shown to the public: small cells can identify someone. */
export const SMALL_COUNT_THRESHOLD = 5;

function suppress(rows: StatsRow[]): Array<{ key: string | null; value: number | null; suppressed?: true }> {
  return rows.map((row) =>
    row.value > 0 && row.value < SMALL_COUNT_THRESHOLD
      ? { key: row.key, value: null, suppressed: true }
      : row,
  );
}

/**
 * Stats as the role may see them. Counts of individual transfers are about people: for the public, cells under
 * the threshold are withheld. Reported counts are published aggregates and pass unchanged.
 */
export function presentStats(
  stats: Stats,
  findings: { bySeverity: StatsRow[]; byRule: StatsRow[] },
  role: Role,
) {
  const transfers = roleAtLeast(role, 'viewer')
    ? stats.transfers
    : {
        total: stats.transfers.total,
        byAgreement: suppress(stats.transfers.byAgreement),
        byDestination: suppress(stats.transfers.byDestination),
        byMonth: suppress(stats.transfers.byMonth),
        byBasis: suppress(stats.transfers.byBasis),
      };
  return {
    note: 'Individual transfers (recorded person by person) and reported counts (aggregates published by sources) are kept apart and never added together.',
    suppressionThreshold: roleAtLeast(role, 'viewer') ? null : SMALL_COUNT_THRESHOLD,
    individualTransfers: transfers,
    reportedCounts: stats.reportedCounts,
    /** Findings of the rules engine on the individual transfers, by severity and by rule. */
    findings: roleAtLeast(role, 'viewer')
      ? findings
      : { bySeverity: suppress(findings.bySeverity), byRule: suppress(findings.byRule) },
  };
}
