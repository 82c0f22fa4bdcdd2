import type { TRANSFER_STATUSES } from '../entities/transfer.js';
import { DomainError } from '../errors.js';
import type { Store } from '../ports/store.js';
import { roleAtLeast, type Role } from '../roles.js';
import { outcomesApart } from '../usecases/findingFiguresView.js';
import type { Rules } from '../usecases/findings.js';
import { PUBLIC_STATUSES } from '../usecases/publicFigures.js';
import { earliestDay, latestDay, type PartialDate } from '../values/partialDate.js';
import {
  assembleCrossTab,
  marginToCount,
  type CrossTabCounts,
  type CrossTabDimension,
  type TransferFilters,
} from './crossTab.js';

/** The filters of a cross-tab as the caller gave them (countries resolved to codes): echoed in the answer. */
export interface CrossTabFilterRequest {
  agreement?: string[] | undefined;
  destination?: string[] | undefined;
  basis?: string[] | undefined;
  nationality?: string[] | undefined;
  from?: PartialDate | undefined;
  to?: PartialDate | undefined;
}

export interface CrossTabRequest {
  rows: CrossTabDimension;
  columns: CrossTabDimension;
  /** The statuses counted; completed when not given. */
  statuses?: ReadonlyArray<(typeof TRANSFER_STATUSES)[number]> | undefined;
  filters: CrossTabFilterRequest;
}

/** A cross-tab as the API answers it. */
export interface CrossTabAnswer extends CrossTabCounts {
  note: string;
  rows: CrossTabDimension;
  columns: CrossTabDimension;
  statuses: string[];
  filters: CrossTabFilterRequest;
}

const NOTE =
  'Individual transfers (not reported counts), of the statuses listed, counted by two dimensions. Cells not listed count zero; a null key is unknown (or, for severity, no finding in force; for nationality, none recorded). A person with several nationalities is counted once, under "multiple". Severity counts a transfer under each severity of its findings resting on authority in force, so its cells can add up to more than the total; every total counts each transfer once.';

function storeFilters(filters: CrossTabFilterRequest): TransferFilters {
  return {
    agreements: filters.agreement,
    destinations: filters.destination,
    bases: filters.basis,
    nationalities: filters.nationality,
    fromDay: filters.from === undefined ? undefined : earliestDay(filters.from),
    toDay: filters.to === undefined ? undefined : latestDay(filters.to),
  };
}

/** The filters given, without the ones left out: what the answer says it counted. */
function givenFilters(filters: CrossTabFilterRequest): CrossTabFilterRequest {
  return Object.fromEntries(
    Object.entries(filters).filter(([, value]) => value !== undefined),
  ) as CrossTabFilterRequest;
}

/**
 * Individual transfers counted by two dimensions under filters, for viewers and up. The public is refused: its
 * figures are the fixed protected tables of the stats, and a table cut another way could be subtracted from them
 * to undo their suppression.
 */
export async function getCrossTab(
  store: Pick<Store, 'countTransfersBy'>,
  rules: Rules,
  role: Role,
  request: CrossTabRequest,
): Promise<CrossTabAnswer> {
  if (!roleAtLeast(role, 'viewer'))
    throw new DomainError(
      'forbidden',
      "the public's figures are the fixed tables of /api/stats: sign in to cross-tabulate",
      { issues: [{ path: ['querystring', 'rows'], message: 'needs the viewer role' }] },
    );
  const { rows, columns } = request;
  const statuses = request.statuses?.length ? request.statuses : PUBLIC_STATUSES;
  const query = { statuses, filters: storeFilters(request.filters), apart: outcomesApart(rules.pack) };
  const grouped = await store.countTransfersBy({ ...query, by: [rows, columns] });
  const side = marginToCount(rows, columns);
  const counted =
    side === null
      ? undefined
      : await store.countTransfersBy({ ...query, by: [side === 'rows' ? rows : columns] });
  return {
    note: NOTE,
    rows,
    columns,
    statuses: [...statuses],
    filters: givenFilters(request.filters),
    ...assembleCrossTab(rows, columns, grouped, counted),
  };
}
