import { KIND_ORDER, kindByPrefix, kindOf, type KindName } from '../core/entities/index.js';
import { invalidInput, type Issue } from '../core/errors.js';
import { zodIssues } from '../core/usecases/validate.js';
import type { DemoData, RawDemo } from './types.js';

type Path = Array<string | number>;

/** Fields that end in `Id` but hold a source's own identifier, not a reference to a Custodia entity. */
const NOT_REFERENCES = new Set(['sourceRecordId']);

function fail(issues: Issue[]): never {
  throw invalidInput(issues, `the demo data is not valid (${issues.length} problems)`);
}

/**
 * The builders pass optional facts through as `undefined` when a case leaves them unrecorded; the stored form
 * leaves such fields out, so that "absent" (unknown) reads the same everywhere.
 */
function withoutUndefined(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutUndefined);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, field]) => field !== undefined)
      .map(([key, field]) => [key, withoutUndefined(field)]),
  );
}

/** Parses every raw entity with its kind's schema, into stored form; fails naming each entity and field. */
export function parseDemo(raw: RawDemo): DemoData {
  const issues: Issue[] = [];
  function parseKind<K extends KindName>(kind: K) {
    const schema = kindOf(kind).schema;
    return raw[kind].flatMap((entity) => {
      const result = schema.safeParse(withoutUndefined(entity.data));
      if (result.success) return [{ id: entity.id, data: result.data }];
      issues.push(...zodIssues(result.error, [kind, entity.id]));
      return [];
    });
  }
  const data: DemoData = {
    source: parseKind('source'),
    agreement: parseKind('agreement'),
    facility: parseKind('facility'),
    personRecord: parseKind('personRecord'),
    person: parseKind('person'),
    allegation: parseKind('allegation'),
    legalEvent: parseKind('legalEvent'),
    movement: parseKind('movement'),
    transfer: parseKind('transfer'),
    reportedCount: parseKind('reportedCount'),
    custodyEvent: parseKind('custodyEvent'),
  };
  if (issues.length > 0) fail(issues);
  return data;
}

/** Every value of a field named `…Id` or `…Ids`, with its path: the convention the store checks references by. */
function referencedIds(value: unknown, path: Path): Array<{ path: Path; id: unknown }> {
  if (Array.isArray(value)) return value.flatMap((item, index) => referencedIds(item, [...path, index]));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, field]) => {
    if (NOT_REFERENCES.has(key)) return [];
    if (key.endsWith('Id')) return [{ path: [...path, key], id: field }];
    if (key.endsWith('Ids') && Array.isArray(field))
      return field.map((id, index) => ({ path: [...path, key, index], id }));
    return referencedIds(field, [...path, key]);
  });
}

function checkIds(data: DemoData, issues: Issue[]): Map<string, KindName> {
  const known = new Map<string, KindName>();
  for (const kind of KIND_ORDER) {
    const pattern = new RegExp(`^${kindOf(kind).prefix}_[0-9A-Za-z_-]{1,64}$`);
    for (const { id } of data[kind]) {
      if (!pattern.test(id))
        issues.push({ path: [kind, id], message: `id does not have the form ${kindOf(kind).prefix}_…` });
      if (known.has(id)) issues.push({ path: [kind, id], message: 'id used twice' });
      known.set(id, kind);
    }
  }
  return known;
}

/**
 * Checks the demo as the store will load it: each entity passes its kind's schema, ids are well formed and
 * unique, and every referenced id exists and belongs to a kind loaded earlier (insertDataset loads in KIND_ORDER
 * and checks references as it goes). Throws invalid_input naming every problem.
 */
export function checkDemoData(data: DemoData): void {
  const issues: Issue[] = [];
  const known = checkIds(data, issues);
  for (const kind of KIND_ORDER) {
    const schema = kindOf(kind).schema;
    for (const entity of data[kind]) {
      const result = schema.safeParse(entity.data);
      if (!result.success) issues.push(...zodIssues(result.error, [kind, entity.id]));
      for (const reference of referencedIds(entity.data, [kind, entity.id])) {
        const problem = referenceProblem(reference.id, kind, known);
        if (problem) issues.push({ path: reference.path, message: problem });
      }
    }
  }
  if (issues.length > 0) fail(issues);
}

function referenceProblem(id: unknown, from: KindName, known: Map<string, KindName>): string | undefined {
  if (typeof id !== 'string') return 'a reference must be an id';
  const target = kindByPrefix(id.split('_', 1)[0] ?? '');
  if (!target) return `${id} is not an id of any kind`;
  if (known.get(id) !== target.name) return `no ${target.label} with id ${id}`;
  if (KIND_ORDER.indexOf(target.name) >= KIND_ORDER.indexOf(from)) {
    return `${id} is a ${target.label}, which is loaded after ${kindOf(from).label}s`;
  }
  return undefined;
}
