import { z } from 'zod';
import { KIND_ORDER, kindOf, type KindName } from '../entities/index.js';
import { DomainError, invalidInput, type Issue } from '../errors.js';
import type { EntityReader, Stored } from '../ports/store.js';
import type { UseCaseContext } from './context.js';
import { collectReferences } from './references.js';
import { zodIssues } from './validate.js';
import { refreshEvaluations } from './findings.js';
import { exportLinkage, validateLinkage } from './exportLinkage.js';

export const EXPORT_FORMAT = 'custodia-export';
export const EXPORT_FORMAT_VERSION = 1;

/**
 * The whole registry as one JSON document, written piece by piece so memory stays flat. Kinds come in dependency
 * order and entities in id order; the document holds no export time, so exporting the same data twice gives the
 * same bytes. The linkage decisions (review queue, cannot-links) follow the entities. The audit log is not part of
 * it: it records history, and has its own verification.
 */
export async function* exportDocument(reader: EntityReader): AsyncIterable<string> {
  yield `{"format":"${EXPORT_FORMAT}","formatVersion":${EXPORT_FORMAT_VERSION},"entities":{`;
  let firstKind = true;
  for (const kind of KIND_ORDER) {
    yield `${firstKind ? '' : ','}\n${JSON.stringify(kindOf(kind).collection)}:[`;
    firstKind = false;
    let first = true;
    for await (const batch of reader.scan(kind, 1000)) {
      const lines = batch.map((entity) => {
        const line = `${first ? '' : ','}\n${JSON.stringify(serialise(entity))}`;
        first = false;
        return line;
      });
      yield lines.join('');
    }
    yield ']';
  }
  yield '\n}';
  yield* exportLinkage(reader);
  yield '}\n';
}

function serialise(entity: Stored) {
  return {
    id: entity.id,
    version: entity.version,
    createdAt: entity.createdAt,
    updatedAt: entity.updatedAt,
    retracted: entity.retracted,
    data: entity.data,
  };
}

const storedSchema = z.object({
  id: z.string(),
  version: z.number().int().positive(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  retracted: z.object({ at: z.iso.datetime(), reason: z.string().min(1) }).nullable(),
  data: z.unknown(),
});

const documentSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  formatVersion: z.literal(EXPORT_FORMAT_VERSION),
  entities: z.record(z.string(), z.array(z.unknown())),
});

/** Checks every entity of a document against its kind and the references between them; nothing is written. */
export function validateDocument(document: unknown): Map<KindName, Stored[]> {
  const parsed = documentSchema.safeParse(document);
  if (!parsed.success) throw invalidInput(zodIssues(parsed.error), 'not a Custodia export document');
  const issues: Issue[] = [];
  const byKind = new Map<KindName, Stored[]>();
  const known = new Set<string>();
  for (const collection of Object.keys(parsed.data.entities)) {
    if (!KIND_ORDER.some((kind) => kindOf(kind).collection === collection)) {
      issues.push({ path: ['entities', collection], message: 'unknown collection' });
    }
  }
  for (const kind of KIND_ORDER) {
    const { collection, prefix, schema } = kindOf(kind);
    const entities: Stored[] = [];
    (parsed.data.entities[collection] ?? []).forEach((raw, index) => {
      const path = ['entities', collection, index];
      const meta = storedSchema.safeParse(raw);
      if (!meta.success) return issues.push(...zodIssues(meta.error, path));
      if (!meta.data.id.startsWith(`${prefix}_`))
        issues.push({ path: [...path, 'id'], message: `expected an id ${prefix}_…` });
      if (known.has(meta.data.id))
        issues.push({ path: [...path, 'id'], message: `duplicate id ${meta.data.id}` });
      known.add(meta.data.id);
      const data = schema.safeParse(meta.data.data);
      if (!data.success) return issues.push(...zodIssues(data.error, [...path, 'data']));
      entities.push({ ...meta.data, data: data.data } as Stored);
    });
    byKind.set(kind, entities);
  }
  for (const [kind, entities] of byKind) {
    entities.forEach((entity, index) => {
      for (const reference of collectReferences(entity.data)) {
        if (!known.has(reference.id)) {
          issues.push({
            path: ['entities', kindOf(kind).collection, index, 'data', ...reference.path],
            message: `no ${reference.kind} with id ${reference.id} in the document`,
          });
        }
      }
    });
  }
  if (issues.length > 0) throw invalidInput(issues.slice(0, 100), 'the document cannot be imported');
  return byKind;
}

/** Restores an exported document into an empty registry, in one transaction: all of it or nothing. */
export async function importDocument(
  context: UseCaseContext,
  document: unknown,
): Promise<Record<string, number>> {
  const byKind = validateDocument(document);
  const linkage = validateLinkage(document, byKind);
  if (!(await context.store.isEmpty())) {
    throw new DomainError(
      'database_not_empty',
      'import-bundle restores into an empty database only; this one has data',
    );
  }
  const counts: Record<string, number> = {};
  await context.store.transaction(context.actor, async (unitOfWork) => {
    for (const kind of KIND_ORDER) {
      const entities = byKind.get(kind) ?? [];
      await unitOfWork.restore(kind, entities);
      counts[kindOf(kind).collection] = entities.length;
    }
    await unitOfWork.restoreLinkage(linkage.matches, linkage.cannotLinks);
    counts['person-matches'] = linkage.matches.length;
    // Findings are derived, not exported: they are computed afresh for the restored transfers.
    const transferIds = (byKind.get('transfer') ?? []).map((transfer) => transfer.id);
    await refreshEvaluations(unitOfWork, transferIds, context.rules, context.clock().toISOString());
  });
  return counts;
}
