import type { TRANSFER_STATUSES } from '../entities/transfer.js';
import { DomainError } from '../errors.js';
import type { Store } from '../ports/store.js';
import { presentStats } from '../presenters/aggregatePresenter.js';
import { roleAtLeast, type Role } from '../roles.js';
import { findingFiguresView, outcomesApart } from './findingFiguresView.js';
import type { Rules } from './findings.js';
import { PUBLIC_STATUSES } from './publicFigures.js';
import { reportedFiguresView } from './reportedFiguresView.js';

export type TransferStatus = (typeof TRANSFER_STATUSES)[number];

/** What a caller may ask of the figures: which transfer statuses to count (completed unless said). */
export interface StatsRequest {
  statuses?: readonly TransferStatus[] | undefined;
}

/**
 * The registry's figures as the role may see them. Viewers and up choose the statuses counted; the public gets the
 * fixed list of protected tables of completed transfers and nothing else (a figure cut another way could be
 * subtracted from those to undo their suppression).
 */
export async function getStats(store: Store, rules: Rules, role: Role, request: StatsRequest = {}) {
  if (!roleAtLeast(role, 'viewer') && request.statuses !== undefined)
    throw new DomainError(
      'forbidden',
      "the public's figures are fixed: completed transfers only; sign in to choose",
      {
        issues: [{ path: ['querystring', 'status'], message: 'needs the viewer role' }],
      },
    );
  const statuses = request.statuses?.length ? request.statuses : PUBLIC_STATUSES;
  const stats = await store.stats(statuses);
  const findings = findingFiguresView(
    await store.findingFigures({ statuses, apart: outcomesApart(rules.pack) }),
    statuses,
  );
  return presentStats(stats, findings, await reportedFiguresView(store, role), role);
}
