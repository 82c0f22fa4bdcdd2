import { publishedCellOf } from '../access/disclosure.js';
import type { Agreement, AgreementTerm } from '../entities/index.js';
import { notFound } from '../errors.js';
import type { EntityReader } from '../ports/store.js';
import { presentEntity, visibilityConditions } from '../presenters/entityPresenter.js';
import { roleAtLeast, type Role } from '../roles.js';
import { comparePartialDates, earliestDay, latestDay, type PartialDate } from '../values/partialDate.js';
import { figureOfCounts } from '../figures/relatedReportedCounts.js';
import { listAll } from './listAll.js';
import { TRANSFER_STATUSES } from '../entities/transfer.js';
import { PUBLIC_STATUSES, protectTransfers, type PublicFiguresReader } from './publicFigures.js';

/** Whether something dated [from, to] is in force on `at`: surely, surely not, or undecidable from partial dates. */
export type Certainty = 'in_force' | 'uncertain' | 'not_in_force';

export function certaintyAt(
  from: PartialDate | undefined,
  to: PartialDate | undefined,
  at: PartialDate,
): Certainty {
  if ((from && earliestDay(from) > latestDay(at)) || (to && latestDay(to) < earliestDay(at)))
    return 'not_in_force';
  const startedSurely = !from || latestDay(from) <= earliestDay(at);
  const notEndedSurely = !to || earliestDay(to) >= latestDay(at);
  return startedSurely && notEndedSurely ? 'in_force' : 'uncertain';
}

/**
 * The terms in force on a date. For each type of term the latest one surely in force wins (an amendment supersedes
 * what it amends); terms that may or may not be in force, because a date is partial, are shown and marked uncertain.
 */
export function termsInForce(agreement: Agreement, at: PartialDate) {
  const byType = new Map<AgreementTerm['type'], Array<{ term: AgreementTerm; certainty: Certainty }>>();
  for (const term of agreement.terms) {
    const certainty = certaintyAt(term.effectiveFrom, term.effectiveTo, at);
    if (certainty === 'not_in_force') continue;
    byType.set(term.type, [...(byType.get(term.type) ?? []), { term, certainty }]);
  }
  const result: Array<{ certainty: Certainty } & AgreementTerm> = [];
  for (const candidates of byType.values()) {
    candidates.sort((left, right) =>
      earliestDay(left.term.effectiveFrom ?? ('0001' as PartialDate)).localeCompare(
        earliestDay(right.term.effectiveFrom ?? ('0001' as PartialDate)),
      ),
    );
    const lastSure = candidates.map((candidate) => candidate.certainty).lastIndexOf('in_force');
    for (const candidate of candidates.slice(Math.max(lastSure, 0)))
      result.push({ ...candidate.term, certainty: candidate.certainty });
  }
  return result;
}

/**
 * The agreement's status on a date: the last status surely reached by then. A later status whose partial date
 * overlaps the date may already apply: it is returned instead, marked uncertain, with the status before it.
 */
export function statusAt(agreement: Agreement, at: PartialDate) {
  const ordered = [...agreement.statusHistory].sort((left, right) =>
    earliestDay(left.date).localeCompare(earliestDay(right.date)),
  );
  let sure: (typeof ordered)[number] | undefined;
  let possible: (typeof ordered)[number] | undefined;
  for (const entry of ordered) {
    const ordering = comparePartialDates(entry.date, at);
    if (ordering === 'before' || ordering === 'same') sure = entry;
    else if (ordering === 'overlapping') possible = entry;
  }
  if (possible && (!sure || earliestDay(possible.date) >= earliestDay(sure.date))) {
    return { ...possible, certainty: 'uncertain' as const, otherwise: sure ?? null };
  }
  return sure ? { ...sure, certainty: 'in_force' as const, otherwise: null } : null;
}

function underAgreement(agreementId: string) {
  return [{ op: 'eq' as const, column: 'agreement_id', value: agreementId }];
}

/** What reads an agreement at a date: the entities, and the registry's counts the public figures come from. */
export type AgreementReader = EntityReader & Pick<PublicFiguresReader, 'stats'>;

/**
 * How many transfers were made under the agreement, as the role may know it. The public gets the agreement's cell
 * of the public by-agreement table and nothing finer: an exact count here would undo the suppression there.
 */
async function transfersUnder(reader: AgreementReader, agreementId: string, role: Role) {
  if (!roleAtLeast(role, 'viewer')) {
    const table = protectTransfers((await reader.stats(PUBLIC_STATUSES)).transfers).tables.byAgreement;
    const cell = publishedCellOf(table, agreementId);
    if (cell === null) return { total: null, withheld: true as const, first: [] };
    return cell.value === null
      ? { total: null, suppressed: true as const, first: [] }
      : { total: cell.value, first: [] };
  }
  const first = await reader.list('transfer', {
    conditions: underAgreement(agreementId),
    sort: { field: 'date', direction: 'asc' },
    limit: 50,
    includeRetracted: false,
  });
  const byStatus = await Promise.all(
    TRANSFER_STATUSES.map(async (status) => ({
      key: status,
      value: await reader.count('transfer', [
        ...underAgreement(agreementId),
        { op: 'eq' as const, column: 'status', value: status },
      ]),
    })),
  );
  return {
    /** Completed transfers: what was done under the agreement; other statuses in `byStatus`. */
    total: byStatus.find((row) => row.key === 'completed')?.value ?? 0,
    statuses: ['completed'],
    byStatus: byStatus.filter((row) => row.value > 0),
    first: first.items.map((transfer) => presentEntity('transfer', transfer, role)),
  };
}

/** An agreement as it stood on a date, with the transfers and reported counts made under it. */
export async function getAgreementAt(
  reader: AgreementReader,
  agreementId: string,
  at: PartialDate,
  role: Role,
) {
  const agreement = await reader.get('agreement', agreementId);
  if (!agreement) throw notFound('agreement', agreementId);
  const reportedCounts = await listAll(reader, 'reportedCount', [
    ...underAgreement(agreementId),
    ...visibilityConditions('reportedCount', role),
  ]);
  return {
    ...presentEntity('agreement', agreement, role),
    at,
    statusAt: statusAt(agreement.data, at),
    termsInForce: termsInForce(agreement.data, at),
    transfers: await transfersUnder(reader, agreementId, role),
    reportedCounts: {
      records: reportedCounts.length,
      /** What the counts add up to without adding what overlaps, with the counts it rests on (reportedFigures.ts). */
      personsReported: await figureOfCounts(reader, reportedCounts),
      items: reportedCounts.map((count) => presentEntity('reportedCount', count, role)),
    },
  };
}
