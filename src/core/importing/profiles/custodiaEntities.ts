import { KIND_ORDER, type KindName } from '../../entities/index.js';
import { canonical } from '../../values/canonical.js';
import type { Row } from '../row.js';
import type { FactDraft, FactReference, ImportProfile } from '../types.js';

/** The kinds a file of Custodia's own entities may hold: every fact kind (sources and persons are made). */
const KINDS: ReadonlySet<KindName> = new Set(
  KIND_ORDER.filter((kind) => kind !== 'source' && kind !== 'person'),
);

/** Fields naming another entity of the same data set by its key, and the field that gets its id. */
const KEY_FIELDS: ReadonlyArray<{ field: string; kind: KindName; target: string }> = [
  { field: 'agreementKey', kind: 'agreement', target: 'agreementId' },
  { field: 'movementKey', kind: 'movement', target: 'movementId' },
  { field: 'facilityKey', kind: 'facility', target: 'facilityId' },
  { field: 'fromFacilityKey', kind: 'facility', target: 'fromFacilityId' },
  { field: 'toFacilityKey', kind: 'facility', target: 'toFacilityId' },
  { field: 'transferKey', kind: 'transfer', target: 'transferId' },
];

/**
 * Custodia's own entities, one per row: JSON or NDJSON objects `{"kind": "transfer", "key": "…", "data": {…}}`
 * (or the fields beside `kind` instead of under `data`), or a CSV with the columns `kind`, `key` and `data` (the
 * entity's fields as JSON text). The data is the entity as the API takes it. Facts point at one another by key:
 * `personKey` names the person record a fact is about, `movementKey`, `facilityKey`, `agreementKey` (and
 * `fromFacilityKey`, `toFacilityKey`, `transferKey`) the entity whose id goes in the matching `…Id` field. An
 * entity given without a key is known by its content.
 */
export const custodiaEntities: ImportProfile = {
  name: 'custodia',
  title: "Custodia's own entities",
  description:
    'Rows of {kind, key, data}: agreements, facilities, person records, legal events, movements, transfers, counts, custody events.',
  source: { kind: 'dataset', publisher: 'Custodia user' },
  produces: KIND_ORDER.filter((kind) => KINDS.has(kind)),
  columns: [
    { name: 'kind', required: true },
    { name: 'key', aliases: ['id'] },
    { name: 'data' },
    { name: 'personKey', aliases: ['person_key'] },
  ],
  map(row, emit) {
    const kind = row.text('kind') as KindName | undefined;
    if (kind === undefined || !KINDS.has(kind)) {
      row.error('kind', `${kind ?? '(empty)'}: not a kind of entity (${[...KINDS].join(', ')})`);
      return;
    }
    const fields = entityFields(row);
    if (fields === undefined) return;
    const references: FactReference[] = [];
    const data: Record<string, unknown> = { ...fields };
    for (const { field, kind: target, target: idField } of KEY_FIELDS) {
      const key = data[field];
      delete data[field];
      if (typeof key === 'string' && key !== '') references.push({ field: idField, kind: target, key });
    }
    const personKey =
      row.text('personKey') ?? (typeof data.personKey === 'string' ? data.personKey : undefined);
    delete data.personKey;
    const key = row.text('key') ?? `content:${JSON.stringify(canonical(data))}`;
    const draft: FactDraft = { kind, key, data, references };
    if (personKey !== undefined) draft.person = personKey;
    emit(draft);
  },
};

/** The entity's fields: the `data` object (or JSON text), else the row's own fields beside kind and key. */
function entityFields(row: Row): Record<string, unknown> | undefined {
  const object = row.object;
  const given = object?.data ?? row.text('data');
  if (typeof given === 'string') {
    try {
      const parsed: unknown = JSON.parse(given);
      if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)) {
        return parsed as Record<string, unknown>;
      }
    } catch {
      // reported below
    }
    row.error('data', 'expected the entity as a JSON object');
    return undefined;
  }
  if (given !== undefined && given !== null) {
    if (typeof given === 'object' && !Array.isArray(given)) return given as Record<string, unknown>;
    row.error('data', 'expected the entity as a JSON object');
    return undefined;
  }
  if (object) {
    const { kind: _kind, key: _key, id: _id, ...rest } = object;
    return rest;
  }
  row.error('data', 'no data: give the entity as JSON in the data column');
  return undefined;
}
