import { notFound } from '../errors.js';
import type { EntityReader } from '../ports/store.js';
import { assertMayRead } from '../presenters/entityPresenter.js';
import { presentRuleFacts } from '../presenters/findingPresenter.js';
import type { Role } from '../roles.js';
import { assembleBundle, assemblePersonBundle } from '../rules/assemble.js';
import { bundleSchema } from '../rules/bundle.js';
import { computeDeadlines, type PersonBundle } from '../rules/deadlines.js';
import { gatherFacts, gatherPersonFacts } from './findings.js';
import { byPerson, listAll } from './listAll.js';

const personBundleSchema = bundleSchema.omit({ transfer: true });

/**
 * The legal clocks a person's facts imply, open or recently closed, with their source and time left: from the
 * bundles of each of their transfers, and from their own facts when no transfer is recorded yet.
 */
export async function getPersonDeadlines(reader: EntityReader, personId: string, role: Role, now: Date) {
  assertMayRead('person', role);
  if (!(await reader.get('person', personId))) throw notFound('person', personId);
  // A halted transfer (or one of unknown outcome) moved no one: its departure must not close a clock as a removal.
  const transfers = (await listAll(reader, 'transfer', byPerson(personId))).filter(
    (transfer) => transfer.data.status === 'completed' || transfer.data.status === 'planned',
  );
  const bundles: PersonBundle[] = transfers.length
    ? (await gatherFacts(reader, transfers)).map((facts) => bundleSchema.parse(assembleBundle(facts)))
    : [
        personBundleSchema.parse(
          assemblePersonBundle((await gatherPersonFacts(reader, [personId])).get(personId)!),
        ),
      ];
  const deadlines = computeDeadlines(bundles, now.getTime());
  return { personId, now: now.toISOString(), deadlines: presentRuleFacts(deadlines, role) };
}
