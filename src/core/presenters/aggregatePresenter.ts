import type { ProtectedFamily, PublishedCell } from '../access/disclosure.js';
import type { Stats } from '../ports/store.js';
import { roleAtLeast, type Role } from '../roles.js';
import type { FindingFiguresView } from '../usecases/findingFiguresView.js';
import type { ReportedFiguresView } from '../usecases/reportedFiguresView.js';
import { publicFiguresOf } from '../usecases/publicFigures.js';

const NOTE =
  'Individual transfers (recorded person by person) and reported counts (aggregates published by sources) are kept apart and never added together. Individual figures count completed transfers unless status= says otherwise; leftOut says how many of other statuses were not counted. Reported figures add only distinct events: a breakdown is shown under its whole, the same event reported by several sources is a range (min-max) with each source, the same persons moved again are counted once, and events of unknown size are counted as events, never as 0; table cells are figures of their own and are not to be added up.';

const SUPPRESSION =
  'Counts under the threshold are suppressed, and with them as few other counts as keeps them from being worked out from the rest; a table that cannot be protected so is withheld (named in withheld), and a family whose total is under the threshold publishes nothing.';

/** A protected family as the API shows it: the total, each table's cells under its name, the withheld tables. */
function publishedFamily<Name extends string>(family: ProtectedFamily<Name>) {
  const names = Object.keys(family.tables) as Name[];
  const tables = Object.fromEntries(names.map((name) => [name, family.tables[name].cells])) as Record<
    Name,
    PublishedCell[]
  >;
  return {
    total: family.total,
    ...tables,
    withheld: names.filter((name) => family.tables[name].withheld),
  };
}

/**
 * Stats as the role may see them. Counts of individual transfers and of findings are about people: the public sees
 * them for completed transfers only, protected by small-count suppression (`publicFiguresOf`), with no count of
 * what was left out. Reported counts are published aggregates and pass unchanged, but for how many persons the registry
 * identifies in their scope: the public gets that suppressed from 1 to 4 (reconciliationByAgreement).
 */
export function presentStats(
  stats: Stats,
  findings: FindingFiguresView,
  reported: ReportedFiguresView,
  role: Role,
) {
  if (roleAtLeast(role, 'viewer')) {
    return {
      note: NOTE,
      suppressionThreshold: null,
      individualTransfers: stats.transfers,
      reportedCounts: reported,
      /** Findings of the rules engine on the individual transfers counted. */
      findings,
    };
  }
  const figures = publicFiguresOf(stats, findings);
  return {
    note: NOTE,
    suppressionThreshold: figures.threshold,
    suppression: SUPPRESSION,
    individualTransfers: {
      statuses: stats.transfers.statuses,
      ...publishedFamily(figures.individualTransfers),
    },
    reportedCounts: reported,
    findings: {
      statuses: findings.statuses,
      inForce: publishedFamily(figures.findings),
      stayedOrVacated: publishedFamily(figures.findingsStayedOrVacated),
      transfersWithViolation: publishedFamily(figures.transfersWithViolation),
    },
  };
}
