import { kindByPrefix, REPORTED_COUNT_RELATIONS, type KindName } from '../entities/index.js';
import { DomainError, invalidInput, type Issue } from '../errors.js';
import type { EntityReader } from '../ports/store.js';

interface Reference {
  path: Array<string | number>;
  id: string;
  kind: KindName;
}

/** Fields that point at another entity without ending in `Id`: how a reported count stands to another. */
const RELATION_FIELDS: ReadonlySet<string> = new Set(REPORTED_COUNT_RELATIONS);

/**
 * Every id the data points at: by convention, the values of fields named `…Id` or `…Ids`, and the relations of a
 * reported count to another (`partOf`, `sameEventAs`, `samePersonsAs`).
 */
export function collectReferences(data: unknown, path: Array<string | number> = []): Reference[] {
  if (Array.isArray(data)) return data.flatMap((item, index) => collectReferences(item, [...path, index]));
  if (data === null || typeof data !== 'object') return [];
  const found: Reference[] = [];
  for (const [key, value] of Object.entries(data)) {
    if ((key.endsWith('Id') || RELATION_FIELDS.has(key)) && typeof value === 'string')
      found.push(...asReference([...path, key], value));
    else if (key.endsWith('Ids') && Array.isArray(value)) {
      value.forEach((item, index) => {
        if (typeof item === 'string') found.push(...asReference([...path, key, index], item));
      });
    } else if (typeof value === 'object') found.push(...collectReferences(value, [...path, key]));
  }
  return found;
}

function asReference(path: Array<string | number>, id: string): Reference[] {
  const kind = kindByPrefix(id.split('_', 1)[0] ?? '');
  return kind ? [{ path, id, kind: kind.name }] : [];
}

/** Whether a reference is a relation between reported counts (the last step of its path names the relation). */
const isRelation = (reference: Reference) => RELATION_FIELDS.has(String(reference.path.at(-1)));

/**
 * The ids of what is being written, in the order of the data: one id for an entity being updated, one per item
 * for a batch (`insertDataset`). A relation may point at another item of the batch, and none may close a cycle.
 */
export interface Written {
  ids: readonly string[];
}

/**
 * Fails with reference_not_found, naming each field, when the data points at ids that do not exist; and with
 * invalid_input, naming the field, when relations between reported counts would form a cycle.
 *
 * Without `written`, a batch's relations to counts that are not stored yet are taken as pointing within the
 * batch (they cannot be told apart), and cycles cannot be seen: an entity's own id is what closes one.
 */
export async function assertReferencesExist(
  reader: EntityReader,
  data: unknown,
  written?: Written,
): Promise<void> {
  const references = collectReferences(data);
  const inBatch = new Set(written?.ids ?? []);
  const byKind = new Map<KindName, Reference[]>();
  for (const reference of references)
    byKind.set(reference.kind, [...(byKind.get(reference.kind) ?? []), reference]);
  const issues: Issue[] = [];
  for (const [kind, list] of byKind) {
    const found = new Set(
      (
        await reader.getMany(
          kind,
          list.map((reference) => reference.id),
        )
      ).map((entity) => entity.id),
    );
    for (const reference of list) {
      if (found.has(reference.id) || inBatch.has(reference.id)) continue;
      if (isRelation(reference) && Array.isArray(data) && !written) continue;
      issues.push({ path: reference.path, message: `no ${kind} with id ${reference.id}` });
    }
  }
  if (issues.length > 0) {
    throw new DomainError(
      'reference_not_found',
      `the input points at records that do not exist: ${issues.map((issue) => issue.path.join('.')).join(', ')}`,
      { issues },
    );
  }
  if (written) await assertNoRelationCycle(reader, data, written, references.filter(isRelation));
}

type Edges = Array<{ relation: string; target: string }>;

/** The relations of each written count, by its id, and where each is in the data. */
function writtenRelations(data: unknown, written: Written, relations: Reference[]) {
  const batch = Array.isArray(data);
  const edges = new Map<string, Edges>();
  const at = new Map<string, Array<string | number>>();
  for (const reference of relations) {
    const index = batch ? Number(reference.path[0]) : 0;
    const source = written.ids[index];
    if (source === undefined) continue;
    const relation = String(reference.path.at(-1));
    edges.set(source, [...(edges.get(source) ?? []), { relation, target: reference.id }]);
    at.set(`${source}|${relation}`, reference.path);
  }
  // A written count that no longer names any relation still replaces its stored ones.
  for (const id of written.ids) if (!edges.has(id)) edges.set(id, []);
  return { edges, at };
}

/** Stored relations of every count reachable from the written ones, read layer by layer. */
async function reachableRelations(reader: EntityReader, edges: Map<string, Edges>): Promise<void> {
  let frontier = [...new Set([...edges.values()].flat().map((edge) => edge.target))].filter(
    (id) => !edges.has(id),
  );
  while (frontier.length > 0) {
    const stored = await reader.getMany('reportedCount', frontier);
    for (const id of frontier) edges.set(id, []);
    for (const count of stored) {
      edges.set(
        count.id,
        REPORTED_COUNT_RELATIONS.flatMap((relation) => {
          const target = count.data[relation];
          return target === undefined ? [] : [{ relation, target }];
        }),
      );
    }
    frontier = [
      ...new Set(stored.flatMap((count) => (edges.get(count.id) ?? []).map((edge) => edge.target))),
    ];
    frontier = frontier.filter((id) => !edges.has(id));
  }
}

/** The chain of relations from `from` back to `to`, as words, or undefined when there is none. */
function pathBack(edges: Map<string, Edges>, from: string, to: string): string[] | undefined {
  const came = new Map<string, { previous: string; relation: string } | null>([[from, null]]);
  const queue = [from];
  while (queue.length > 0) {
    const current = queue.shift() as string;
    for (const edge of edges.get(current) ?? []) {
      if (came.has(edge.target)) continue;
      came.set(edge.target, { previous: current, relation: edge.relation });
      if (edge.target === to) {
        const steps: string[] = [];
        for (let at = to; at !== from;) {
          const step = came.get(at);
          if (!step) break;
          steps.unshift(`${step.previous} ${step.relation} ${at}`);
          at = step.previous;
        }
        return steps;
      }
      queue.push(edge.target);
    }
  }
  return undefined;
}

/**
 * Relations between reported counts must not loop back (a count part of a count that is part of it, the same
 * event as itself): figures would have nothing to stand on. Each written relation is followed through the stored
 * relations (and the batch's own); one that comes back to its count is refused, naming the field.
 */
async function assertNoRelationCycle(
  reader: EntityReader,
  data: unknown,
  written: Written,
  relations: Reference[],
): Promise<void> {
  const { edges, at } = writtenRelations(data, written, relations);
  await reachableRelations(reader, edges);
  const issues: Issue[] = [];
  for (const id of written.ids) {
    for (const edge of edges.get(id) ?? []) {
      const back = edge.target === id ? [] : pathBack(edges, edge.target, id);
      if (back === undefined) continue;
      const chain = [`${id} ${edge.relation} ${edge.target}`, ...back].join(', ');
      issues.push({
        path: at.get(`${id}|${edge.relation}`) ?? [edge.relation],
        message: `relations between reported counts may not form a cycle: ${chain}`,
      });
    }
  }
  if (issues.length > 0) throw invalidInput(issues, 'relations between reported counts may not form a cycle');
}
