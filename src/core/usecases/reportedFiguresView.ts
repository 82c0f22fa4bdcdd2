import { visibilityConditions } from '../presenters/entityPresenter.js';
import {
  reportedCountFigures,
  reportedFigureTable,
  type ReportedFigureRow,
} from '../figures/reportedFigureTables.js';
import { ReportedFigureGraph, type ReportedFigure } from '../figures/reportedFigures.js';
import type { EntityReader } from '../ports/store.js';
import type { Role } from '../roles.js';
import { listAll } from './listAll.js';
import { reconciliationByAgreement, type AgreementReconciliation } from './reconciliationByAgreement.js';

/** Reported persons moved from one state to another: the map's arrows. */
export interface ReportedFlow {
  from: string;
  to: string;
  figure: ReportedFigureRow['figure'];
}

/** The reported counts as the stats show them: figures that never add what overlaps, tabled, mapped, reconciled. */
export interface ReportedFiguresView {
  /** How many reported counts (not retracted) there are. */
  records: number;
  /** All of them as one figure: distinct events added, breakdowns under their whole, ranges where sources differ. */
  personsReported: ReportedFigure;
  byAgreement: ReportedFigureRow[];
  byDestination: ReportedFigureRow[];
  byMonth: ReportedFigureRow[];
  byBasis: ReportedFigureRow[];
  /** By sending and receiving state, for counts that name the sending one. */
  flows: ReportedFlow[];
  /** Each agreement's figure against the persons the registry identifies in the scopes it rests on. */
  reconciliationByAgreement: AgreementReconciliation[];
}

const ROUTE = '→';

/**
 * Every figure of reported counts the stats give. Each table's cells are figures of their own (a count's
 * breakdown may sit in another cell), so cells are never added up to make the whole: `personsReported` is it.
 */
export async function reportedFiguresView(reader: EntityReader, role: Role): Promise<ReportedFiguresView> {
  const graph = new ReportedFigureGraph(
    await listAll(reader, 'reportedCount', visibilityConditions('reportedCount', role)),
  );
  const flows = reportedFigureTable(graph, (data) =>
    data.fromCountry ? `${data.fromCountry}${ROUTE}${data.toCountry}` : null,
  ).flatMap((row) => {
    if (row.key === null) return [];
    const [from = '', to = ''] = row.key.split(ROUTE);
    return [{ from, to, figure: row.figure }];
  });
  const { overall, ...tables } = reportedCountFigures(graph);
  return {
    ...tables,
    personsReported: overall,
    flows,
    reconciliationByAgreement: await reconciliationByAgreement(reader, role, graph),
  };
}
