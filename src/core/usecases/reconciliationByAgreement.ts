import { visibilityConditions } from '../presenters/entityPresenter.js';
import { identifiedInScope, publicIdentified, scopeOf, shareOf } from '../figures/reconciliation.js';
import { FIGURE_KEYS, reportedFigureTable } from '../figures/reportedFigureTables.js';
import { ReportedFigureGraph, type ReportedFigureSummary } from '../figures/reportedFigures.js';
import type { EntityReader } from '../ports/store.js';
import { roleAtLeast, type Role } from '../roles.js';
import { listAll } from './listAll.js';

/** One agreement's reported figure against the persons the registry identifies in the scopes it rests on. */
export interface AgreementReconciliation {
  agreementId: string;
  reported: ReportedFigureSummary;
  /** Persons identified by name in the scope of any count the figure adds (its breakdowns add nobody). */
  identified: number | null;
  /** For the public: the number identified was from 1 to 4, and is not shown. */
  suppressed: boolean;
  /** identified / reported: a number, or a range when the reported figure is one; never capped at 1. */
  share: number | { min: number | null; max: number | null } | null;
  moreIdentifiedThanReported: boolean | null;
}

/**
 * For stats by agreement: each agreement's reported figure (no breakdown added to its whole, no persons twice)
 * beside the persons identified in the scopes of the counts it adds, one person once however many counts they fall
 * in. The public gets the number identified suppressed from 1 to 4, as the reconciliation of one count does.
 */
export async function reconciliationByAgreement(
  reader: EntityReader,
  role: Role,
  graph?: ReportedFigureGraph,
): Promise<AgreementReconciliation[]> {
  graph ??= new ReportedFigureGraph(
    await listAll(reader, 'reportedCount', visibilityConditions('reportedCount', role)),
  );
  const rows: AgreementReconciliation[] = [];
  for (const row of reportedFigureTable(graph, FIGURE_KEYS.byAgreement)) {
    if (row.key === null) continue;
    const figure = graph.figure(row.figure.countIds);
    const added = figure.items.flatMap((item) =>
      [item, ...item.samePersons].flatMap((event) => event.counts),
    );
    const persons = new Set<string>();
    for (const count of added) {
      const entry = graph.counts.get(count.id);
      if (!entry) continue;
      for (const personId of (await identifiedInScope(reader, scopeOf(entry.data))).persons.keys())
        persons.add(personId);
    }
    const numbers = roleAtLeast(role, 'viewer')
      ? { identified: persons.size, suppressed: false, ...shareOf(persons.size, row.figure) }
      : publicIdentified(persons.size, row.figure);
    rows.push({ agreementId: row.key, reported: row.figure, ...numbers });
  }
  return rows;
}
