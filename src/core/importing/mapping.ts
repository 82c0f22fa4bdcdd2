import { z } from 'zod';
import { KIND_ORDER, kindOf, sourceSchema, type KindName } from '../entities/index.js';
import { identifierKinds } from '../entities/person.js';
import { DomainError, type Issue } from '../errors.js';
import { resolveCountry, type CountryCode } from '../values/country.js';
import type { Row } from './row.js';
import type { ColumnSpec, FactDraft, ImportProfile } from './types.js';
import { readCountCell } from './profiles/shared.js';
import { cleanText } from './values.js';

/**
 * A user's mapping file: how the columns of their own spreadsheet become facts, for layouts no built-in profile
 * knows (a case list, a tracker of one's own). JSON:
 *
 * ```json
 * {
 *   "name": "ngo-case-list",
 *   "source": { "kind": "case_file", "publisher": "Our NGO" },
 *   "dateOrder": "dmy",
 *   "countries": { "EL SALVA": "SLV" },
 *   "facts": [
 *     { "kind": "personRecord", "key": ["Case"], "fields": {
 *         "fullName": { "column": "Nombre" },
 *         "birthDate": { "column": "Nacimiento", "type": "date" },
 *         "nationalities": { "column": "Nacionalidad", "type": "country", "list": true },
 *         "identifiers": { "column": "A#", "type": "identifier", "identifierKind": "a_number" } } },
 *     { "kind": "transfer", "key": ["Case", "Vuelo"], "person": true, "fields": {
 *         "legalBasis": { "value": "INA241" }, "fromCountry": { "value": "USA" },
 *         "toCountry": { "column": "Destino", "type": "country" },
 *         "date": { "column": "Vuelo", "type": "date" },
 *         "status": { "column": "Estado", "map": { "deportado": "completed", "pendiente": "planned" } } } }
 *   ]
 * }
 * ```
 * A field takes a `column` (with a `type` that reads it, for dates a `dateFormat` such as `DD/MM/YYYY`, a `map` of values as written to values stored, `list`
 * with a `separator`) or a constant `value`. Dotted field names set nested fields (`departure.country`).
 */
const fieldTypes = [
  'text',
  'date',
  'year',
  'count',
  'integer',
  'number',
  'country',
  'sex',
  'boolean',
  'identifier',
] as const;

/** Day, month and year in some order, with one separator: `DD/MM/YYYY`, `M/D/YY`, `YYYY-MM-DD`. */
const DATE_FORMAT =
  /^(?:D{1,2}([/.\- ])M{1,2}\1Y{2,4}|M{1,2}([/.\- ])D{1,2}\2Y{2,4}|Y{2,4}([/.\- ])M{1,2}\3D{1,2})$/i;

/** The order of a date format's parts. */
function orderOfFormat(format: string): 'dmy' | 'mdy' | 'ymd' {
  const first = format.trim().charAt(0).toUpperCase();
  return first === 'D' ? 'dmy' : first === 'M' ? 'mdy' : 'ymd';
}

const fieldSchema = z
  .strictObject({
    column: z.string().min(1).max(200).optional(),
    value: z.unknown().optional(),
    type: z.enum(fieldTypes).default('text'),
    map: z.record(z.string(), z.unknown()).optional(),
    list: z.boolean().default(false),
    separator: z.string().min(1).max(5).default(','),
    required: z.boolean().default(false),
    identifierKind: z.enum(identifierKinds).default('other'),
    dateOrder: z.enum(['dmy', 'mdy', 'ymd']).optional(),
    /** The date format as people write it (`DD/MM/YYYY`, `MM-DD-YY`, `YYYY.MM.DD`): says the order of its parts. */
    dateFormat: z
      .string()
      .regex(DATE_FORMAT, 'expected a date format such as DD/MM/YYYY, MM/DD/YYYY or YYYY-MM-DD')
      .optional(),
    filler: z.literal('dec31').optional(),
  })
  .refine((field) => (field.column === undefined) !== (field.value === undefined), {
    message: 'give either "column" or "value"',
  })
  .refine((field) => !field.list || ['text', 'country', 'identifier'].includes(field.type), {
    message: 'only text, country and identifier fields can be lists',
    path: ['list'],
  });
type FieldSpec = z.infer<typeof fieldSchema>;

const importableKinds = KIND_ORDER.filter((kind) => kind !== 'source' && kind !== 'person') as [
  KindName,
  ...KindName[],
];

const factSchema = z.strictObject({
  kind: z.enum(importableKinds),
  /**
   * The columns whose values identify the fact within the data set (an id, a case number). Absent: the data set
   * has no identifier, so each row is a fact of its own, known by the values the mapping reads from it and its
   * occurrence among rows with the same values (eight identical rows are eight facts).
   */
  key: z.array(z.string().min(1)).min(1).max(10).optional(),
  /**
   * The key identifies an event but not a row (a tracker's destination and date): rows that share it are numbered
   * in file order and are as many facts, never one kept over the others.
   */
  occurrence: z.boolean().default(false),
  /**
   * A reported count made from rows about one person each: individual data, which the public sees only through
   * the suppressed public tables. Default: true when the count is the constant 1 (one person per row).
   */
  individual: z.boolean().optional(),
  /** The fact is about the person of the row's person record. */
  person: z.boolean().default(false),
  fields: z.record(z.string().regex(/^[A-Za-z][A-Za-z0-9]*(?:\.[A-Za-z][A-Za-z0-9]*)*$/), fieldSchema),
});
type FactSpec = z.infer<typeof factSchema>;

export const mappingSchema = z.strictObject({
  name: z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'lower-case letters, digits and hyphens'),
  title: z.string().min(1).max(200).optional(),
  description: z.string().max(2000).optional(),
  source: z
    .strictObject({
      kind: sourceSchema.shape.kind.default('dataset'),
      publisher: z.string().min(1).max(300),
      reliability: sourceSchema.shape.reliability.optional(),
    })
    .optional(),
  dateOrder: z.enum(['dmy', 'mdy', 'ymd']).optional(),
  /** Country names as the file writes them, to ISO codes or names this importer knows. */
  countries: z.record(z.string(), z.string()).default({}),
  facts: z.array(factSchema).min(1).max(20),
});
export type Mapping = z.infer<typeof mappingSchema>;

/**
 * Reads and checks a mapping file; every error names its place in the file (`facts[1].fields.date.type`). The
 * schema's issues and the cross checks' are reported together, so that one run names every mistake.
 */
export function parseMapping(text: string, fileName = 'mapping'): ImportProfile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new DomainError('invalid_input', `${fileName}: not JSON (${(error as Error).message})`, {
      issues: [{ path: [], message: 'not JSON' }],
    });
  }
  const parsed = mappingSchema.safeParse(json);
  const schemaIssues: Issue[] = (parsed.error?.issues ?? []).map((issue) => ({
    path: issue.path.map((part) => (typeof part === 'symbol' ? String(part) : part)),
    message: issue.message,
  }));
  const issues = distinctIssues([...schemaIssues, ...crossIssues(json)]);
  if (!parsed.success || issues.length > 0) throw mappingError(fileName, issues);
  return mappingProfile(parsed.data, fileName);
}

function mappingError(fileName: string, issues: Issue[]): DomainError {
  return new DomainError(
    'invalid_input',
    `${fileName}: ${issues.map((issue) => `${pathText(issue.path)}: ${issue.message}`).join('; ')}`,
    { issues },
  );
}

/** The issues, each once: a check the schema and the cross checks both make is said once. */
function distinctIssues(issues: Issue[]): Issue[] {
  const seen = new Set<string>();
  return issues.filter((issue) => {
    const key = `${pathText(issue.path)}\u0000${issue.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function pathText(path: ReadonlyArray<string | number>): string {
  return path.reduce<string>(
    (text, part) => (typeof part === 'number' ? `${text}[${part}]` : text ? `${text}.${part}` : part),
    '',
  );
}

/** Checks what the schema cannot (see {@link crossIssues}); the country table, by name as the file writes it. */
function crossCheck(mapping: Mapping, fileName: string): Map<string, CountryCode> {
  const issues = crossIssues(mapping);
  if (issues.length > 0) throw mappingError(fileName, issues);
  const countries = new Map<string, CountryCode>();
  for (const [written, meant] of Object.entries(mapping.countries)) {
    const code = resolveCountry(meant);
    if (code !== undefined) countries.set(written.trim().toLowerCase(), code);
  }
  return countries;
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * What the schema cannot check: known countries in the table, fields the kind has, person facts after a person
 * record. Run on the JSON as it is, schema errors or not: each part is checked where it has the shape the check
 * needs and passed over where it has not (the schema names that).
 */
function crossIssues(json: unknown): Issue[] {
  const mapping = isObject(json) ? json : {};
  const issues: Issue[] = [];
  for (const [written, meant] of Object.entries(isObject(mapping.countries) ? mapping.countries : {})) {
    if (typeof meant === 'string' && resolveCountry(meant) === undefined)
      issues.push({ path: ['countries', written], message: `${meant} is not a country` });
  }
  const facts: unknown[] = Array.isArray(mapping.facts) ? mapping.facts : [];
  const kinds = facts.map((fact) =>
    isObject(fact) && importableKinds.includes(fact.kind as KindName) ? (fact.kind as KindName) : undefined,
  );
  const records = kinds.filter((kind) => kind === 'personRecord').length;
  if (records > 1) {
    issues.push({ path: ['facts'], message: 'a row can describe one person record at most' });
  }
  // A fact of a misspelt kind may be the person record: "no person record" would then be a false lead.
  const recordsKnown = kinds.every((kind) => kind !== undefined);
  facts.forEach((fact, index) => {
    const kind = kinds[index];
    if (!isObject(fact) || kind === undefined) return;
    const fields = isObject(fact.fields) ? Object.keys(fact.fields) : [];
    issues.push(...factIssues(kind, fact.person === true, fields, index, recordsKnown && records === 0));
  });
  return issues;
}

/** One fact's cross issues: its person link and its fields. */
function factIssues(
  kind: KindName,
  person: boolean,
  fields: string[],
  index: number,
  noRecord: boolean,
): Issue[] {
  const issues: Issue[] = [];
  const shape = shapeOf(kind);
  if (kind !== 'personRecord' && 'personId' in shape && !person && !fields.includes('personId')) {
    issues.push({
      path: ['facts', index, 'person'],
      message: `a ${kind} is about a person: set "person": true`,
    });
  }
  if (person && noRecord) {
    issues.push({
      path: ['facts', index, 'person'],
      message: 'no personRecord fact in this mapping to point at',
    });
  }
  const names = Object.keys(shape);
  for (const field of fields) {
    const top = field.split('.')[0] ?? field;
    if (names.length > 0 && !(top in shape)) {
      issues.push({
        path: ['facts', index, 'fields', field],
        message: `${kind} has no field ${top}; its fields are ${names.join(', ')}`,
      });
    }
  }
  return issues;
}

/** The fields of a kind's schema, when it is an object (a union of variants gives the fields of all of them). */
function shapeOf(kind: KindName): Record<string, unknown> {
  const schema = kindOf(kind).schema as unknown as {
    shape?: Record<string, unknown>;
    options?: Array<{ shape?: Record<string, unknown> }>;
  };
  if (schema.shape) return schema.shape;
  if (schema.options) return Object.assign({}, ...schema.options.map((option) => option.shape ?? {}));
  return {};
}

function mappingProfile(mapping: Mapping, fileName: string): ImportProfile {
  const countries = crossCheck(mapping, fileName);
  const columns = new Map<string, ColumnSpec>();
  for (const fact of mapping.facts) {
    for (const column of fact.key ?? [])
      columns.set(column, { ...columns.get(column), name: column, required: true });
    for (const field of Object.values(fact.fields)) {
      if (field.column === undefined) continue;
      const spec: ColumnSpec = {
        ...columns.get(field.column),
        name: field.column,
        required: columns.get(field.column)?.required || field.required,
      };
      if (field.type === 'date') {
        spec.date = true;
        const order =
          field.dateOrder ??
          (field.dateFormat ? orderOfFormat(field.dateFormat) : undefined) ??
          mapping.dateOrder;
        if (order) spec.dateOrder = order;
        if (field.filler) spec.filler = field.filler;
      }
      columns.set(field.column, spec);
    }
  }
  const recordFact = mapping.facts.find((fact) => fact.kind === 'personRecord');
  const produces = [...new Set(mapping.facts.map((fact) => fact.kind))];
  // A row without an identifier is known by every value the mapping reads from it, in one order.
  const rowColumns = [...columns.keys()].sort();
  const keyOfRow = (row: Row, fact: FactSpec) =>
    fact.key ? keyOf(row, fact) : JSON.stringify(rowColumns.map((column) => row.text(column) ?? ''));
  return {
    name: mapping.name,
    title: mapping.title ?? mapping.name,
    description: mapping.description ?? `mapping ${fileName}`,
    source: {
      kind: mapping.source?.kind ?? 'dataset',
      publisher: mapping.source?.publisher ?? 'unknown publisher',
      ...(mapping.source?.reliability ? { reliability: mapping.source.reliability } : {}),
    },
    columns: [...columns.values()],
    produces,
    occurrences: mapping.facts.some((fact) => fact.key === undefined || fact.occurrence),
    map(row, emit) {
      const recordKey = recordFact ? keyOfRow(row, recordFact) : undefined;
      for (const fact of mapping.facts) {
        const key = keyOfRow(row, fact);
        if (key === undefined) {
          const named = fact.key ?? [];
          row.error(named[0] ?? null, `the key of the ${fact.kind} (${named.join(', ')}) is empty`);
          return;
        }
        const data: Record<string, unknown> = {};
        const withheld: string[] = [];
        for (const [field, spec] of Object.entries(fact.fields)) {
          if (fact.kind === 'reportedCount' && field === 'count' && spec.column !== undefined && !spec.map) {
            // Unknown is a value: an empty, withheld or unreadable count still makes the event.
            const cell = readCountCell(row, spec.column);
            data.count = cell.count;
            if (cell.qualifier !== 'exact' && !('qualifier' in fact.fields)) data.qualifier = cell.qualifier;
            if (cell.withheld) withheld.push('count');
            continue;
          }
          const value = readField(row, spec, countries, field);
          if (spec.column !== undefined && row.isWithheld(spec.column))
            withheld.push(field.split('.')[0] ?? field);
          if (value === undefined) {
            if (spec.required && spec.column !== undefined && !row.isWithheld(spec.column)) {
              row.error(spec.column, `${field} is required`);
            }
            continue;
          }
          setPath(data, field, value);
          if (spec.type === 'count' && fact.kind === 'reportedCount' && !('qualifier' in fact.fields)) {
            const qualifier = spec.column === undefined ? undefined : row.count(spec.column)?.qualifier;
            if (qualifier !== undefined && qualifier !== 'exact') data.qualifier = qualifier;
          }
        }
        if (withheld.length > 0) data.withheld = [...new Set(withheld)].sort();
        if (fact.kind === 'reportedCount') {
          const individual = fact.individual ?? fact.fields.count?.value === 1;
          if (individual) data.individual = true;
        }
        const draft: FactDraft = { kind: fact.kind, key: `${fact.kind}:${key}`, data };
        if (fact.key === undefined || fact.occurrence) draft.occurrence = 'count';
        if (fact.person && recordKey !== undefined) draft.person = `personRecord:${recordKey}`;
        emit(draft);
      }
    },
  };
}

function keyOf(row: Row, fact: FactSpec): string | undefined {
  const parts = (fact.key ?? []).map((column) => row.text(column) ?? '');
  return parts.every((part) => part === '') ? undefined : parts.join('|');
}

function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const parts = path.split('.');
  let node = target;
  for (const part of parts.slice(0, -1)) {
    const next = node[part];
    if (next === null || typeof next !== 'object') node[part] = {};
    node = node[part] as Record<string, unknown>;
  }
  node[parts[parts.length - 1] as string] = value;
}

function readField(row: Row, spec: FieldSpec, countries: Map<string, CountryCode>, field: string): unknown {
  if (spec.column === undefined) return spec.value;
  if (!spec.list) return readOne(row, spec, countries, field, undefined);
  const text = row.text(spec.column);
  if (text === undefined) return undefined;
  const values = text
    .split(spec.separator)
    .map((part) => readOne(row, spec, countries, field, cleanText(part)))
    .filter((value) => value !== undefined);
  // Identifiers read as lists of one: a list of them is one list.
  const flat = spec.type === 'identifier' ? values.flat() : values;
  return flat.length > 0 ? flat : undefined;
}

/** One value of a field: through the map when the written value is in it, else read by the field's type. */
function readOne(
  row: Row,
  spec: FieldSpec,
  countries: Map<string, CountryCode>,
  field: string,
  part: string | undefined,
): unknown {
  const column = spec.column as string;
  const text = part ?? row.text(column);
  if (text === undefined || text === '') return undefined;
  if (spec.map) {
    const mapped = Object.entries(spec.map).find(
      ([written]) => written.trim().toLowerCase() === text.toLowerCase(),
    );
    if (mapped) return mapped[1];
  }
  switch (spec.type) {
    case 'text':
      return text;
    case 'date':
      return row.date(column);
    case 'year':
      return row.year(column);
    case 'count': {
      const count = row.count(column);
      return count?.count;
    }
    case 'integer':
    case 'number': {
      const number = Number(text.replace(/,/g, ''));
      if (!Number.isFinite(number) || (spec.type === 'integer' && !Number.isInteger(number))) {
        row.error(
          column,
          `${text}: not ${spec.type === 'integer' ? 'a whole number' : 'a number'} (${field})`,
        );
        return undefined;
      }
      return number;
    }
    case 'country': {
      const code = countries.get(text.toLowerCase()) ?? resolveCountry(text);
      if (code === undefined) {
        row.error(
          column,
          `${text}: not a country this importer knows (add it to "countries" in the mapping)`,
        );
      }
      return code;
    }
    case 'sex':
      return row.sex(column);
    case 'boolean':
      return row.yesNo(column);
    case 'identifier':
      return [{ kind: spec.identifierKind, value: text }];
  }
}
