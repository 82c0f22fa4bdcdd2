import { REPORTED_COUNT_RELATIONS, type ReportedCountRelation } from '../entities/index.js';
import type { EntityReader, Stored } from '../ports/store.js';
import { listAllIn } from '../usecases/listAll.js';
import { ReportedFigureGraph, type ReportedFigure } from './reportedFigures.js';

/** The index column of each relation (src/core/entities/kinds.ts). */
const RELATION_COLUMNS: Record<ReportedCountRelation, string> = {
  partOf: 'part_of',
  sameEventAs: 'same_event_as',
  samePersonsAs: 'same_persons_as',
};

/** Ids per `in` condition: well below every engine's limit on bound parameters. */
const CHUNK = 500;

/**
 * The counts given and every current count related to them, in either direction and transitively: what a figure
 * over some counts (an agreement's) needs to resolve their relations, since two counts of an agreement may be the
 * same event through a count outside it. Only the counts given are added by the figure; the others link them.
 */
export async function withRelatedCounts(
  reader: EntityReader,
  counts: ReadonlyArray<Stored<'reportedCount'>>,
): Promise<Array<Stored<'reportedCount'>>> {
  const known = new Map(counts.map((count) => [count.id, count]));
  let frontier = [...known.values()];
  while (frontier.length > 0) {
    const found: Array<Stored<'reportedCount'>> = [];
    const targets = frontier.flatMap((count) =>
      REPORTED_COUNT_RELATIONS.flatMap((relation) => count.data[relation] ?? []),
    );
    const missing = [...new Set(targets)].filter((id) => !known.has(id));
    for (let start = 0; start < missing.length; start += CHUNK)
      found.push(...(await reader.getMany('reportedCount', missing.slice(start, start + CHUNK))));
    const ids = frontier.map((count) => count.id);
    for (const relation of REPORTED_COUNT_RELATIONS)
      found.push(...(await listAllIn(reader, 'reportedCount', RELATION_COLUMNS[relation], ids)));
    frontier = [];
    for (const count of found) {
      if (count.retracted !== null || known.has(count.id)) continue;
      known.set(count.id, count);
      frontier.push(count);
    }
  }
  return [...known.values()];
}

/**
 * The figure of these counts (an agreement's): their relations resolved through every count related to them, only
 * they added. See reportedFigures.ts.
 */
export async function figureOfCounts(
  reader: EntityReader,
  counts: ReadonlyArray<Stored<'reportedCount'>>,
): Promise<ReportedFigure> {
  const graph = new ReportedFigureGraph(await withRelatedCounts(reader, counts));
  return graph.figure(counts.map((count) => count.id));
}
