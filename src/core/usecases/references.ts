import { kindByPrefix, type KindName } from '../entities/index.js';
import { DomainError, type Issue } from '../errors.js';
import type { EntityReader } from '../ports/store.js';

interface Reference {
  path: Array<string | number>;
  id: string;
  kind: KindName;
}

/** Every id the data points at: by convention, the values of fields named `…Id` or `…Ids`. */
export function collectReferences(data: unknown, path: Array<string | number> = []): Reference[] {
  if (Array.isArray(data)) return data.flatMap((item, index) => collectReferences(item, [...path, index]));
  if (data === null || typeof data !== 'object') return [];
  const found: Reference[] = [];
  for (const [key, value] of Object.entries(data)) {
    if (key.endsWith('Id') && typeof value === 'string') found.push(...asReference([...path, key], value));
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

/** Fails with reference_not_found, naming each field, when the data points at ids that do not exist. */
export async function assertReferencesExist(reader: EntityReader, data: unknown): Promise<void> {
  const references = collectReferences(data);
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
      if (!found.has(reference.id))
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
}
