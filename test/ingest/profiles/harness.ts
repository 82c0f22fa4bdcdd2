import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { ID_PREFIXES, kindOf, type KindName } from '../../../src/core/entities/index.js';
import { startSheet, type RawRow, type RowOutcome } from '../../../src/core/importing/sheetMapper.js';
import type { FactDraft, ImportProblem, ImportProfile } from '../../../src/core/importing/types.js';
import { readCsv } from '../../../src/csv/csvReader.js';

/** The year the fixtures are read in: fixed, so that two-digit years and year ranges do not move with the clock. */
export const FIXTURE_YEAR = 2025;

/** A mapped row's facts with the row they came from. */
export interface MappedFact extends FactDraft {
  row: number;
}

/** What a profile made of a fixture: every row's outcome, and the facts, rejections and junk by row. */
export interface FixtureRun {
  headerRow: number;
  outcomes: Map<number, RowOutcome>;
  facts: MappedFact[];
  rejected: Map<number, ImportProblem[]>;
  junk: Map<number, ImportProblem | undefined>;
  warnings: ImportProblem[];
}

export function fixturePath(name: string): string {
  return fileURLToPath(new URL(`../../fixtures/import/${name}`, import.meta.url));
}

export async function readFixture(name: string): Promise<RawRow[]> {
  const rows: RawRow[] = [];
  for await (const record of readCsv(fixturePath(name))) {
    rows.push({ sheet: null, row: record.line, values: record.values });
  }
  return rows;
}

/** Maps a fixture's rows (all of them, after the header the profile finds) as the importer will. */
export async function runFixture(profile: ImportProfile, name: string): Promise<FixtureRun> {
  return runRows(profile, await readFixture(name));
}

export function runRows(profile: ImportProfile, rows: readonly RawRow[]): FixtureRun {
  const started = startSheet(profile, rows, FIXTURE_YEAR);
  if (!started.ok) throw new Error(started.reason);
  const run: FixtureRun = {
    headerRow: started.headerRow,
    outcomes: new Map(),
    facts: [],
    rejected: new Map(),
    junk: new Map(),
    warnings: [],
  };
  for (const raw of rows.filter((candidate) => candidate.row > started.headerRow)) {
    const outcome = started.mapper.map(raw);
    run.outcomes.set(raw.row, outcome);
    if (outcome.status === 'mapped') {
      run.facts.push(...outcome.facts.map((fact) => ({ ...fact, row: raw.row })));
      run.warnings.push(...outcome.problems);
    } else if (outcome.status === 'rejected') run.rejected.set(raw.row, outcome.problems);
    else run.junk.set(raw.row, outcome.problem);
  }
  return run;
}

/** The facts of one kind, last one per key (what the writer keeps when rows repeat a fact). */
export function byKey(run: FixtureRun, kind: KindName): Map<string, MappedFact> {
  return new Map(run.facts.filter((fact) => fact.kind === kind).map((fact) => [fact.key, fact]));
}

export function fact(run: FixtureRun, kind: KindName, key: string): MappedFact {
  const found = byKey(run, kind).get(key);
  if (!found) throw new Error(`no ${kind} with key ${key}; keys: ${[...byKey(run, kind).keys()].join(', ')}`);
  return found;
}

/** How many distinct facts (keys) of each kind the run made. */
export function countByKind(run: FixtureRun): Record<string, number> {
  const keys = new Map<string, Set<string>>();
  for (const fact of run.facts) {
    const ofKind = keys.get(fact.kind) ?? new Set<string>();
    ofKind.add(fact.key);
    keys.set(fact.kind, ofKind);
  }
  return Object.fromEntries([...keys].map(([kind, ofKind]) => [kind, ofKind.size]));
}

/** The rejected rows' problems as `column: reason` lines, by row. */
export function rejections(run: FixtureRun): Record<number, string[]> {
  return Object.fromEntries(
    [...run.rejected].map(([row, problems]) => [
      row,
      problems
        .filter((problem) => problem.severity === 'error')
        .map((problem) => `${problem.column}: ${problem.reason}`),
    ]),
  );
}

/**
 * The fact as the writer will store it: the import's source, the row it came from, the person and every
 * referenced fact filled with ids of the right kind. It must pass its kind's schema.
 */
export function completed(draft: MappedFact): Record<string, unknown> {
  const data: Record<string, unknown> = {
    ...draft.data,
    sourceIds: ['src_test'],
    origin: { sourceId: 'src_test', row: draft.row },
  };
  if (draft.person !== undefined) data.personId = 'per_x';
  for (const reference of draft.references ?? []) {
    data[reference.field] = `${ID_PREFIXES[reference.kind]}_x`;
  }
  return data;
}

const PERSONAL_KINDS: ReadonlySet<KindName> = new Set([
  'custodyEvent',
  'legalEvent',
  'transfer',
  'allegation',
]);

/**
 * Every fact passes its schema once completed; facts about a person name a person record of their row; a key
 * repeated by several rows always carries the same data (else which row wins would decide what is stored).
 */
export function expectAllValid(run: FixtureRun): void {
  expect(run.facts.length).toBeGreaterThan(0);
  for (const draft of run.facts) {
    const result = kindOf(draft.kind).schema.safeParse(completed(draft));
    expect(result.error?.issues ?? [], `${draft.kind} ${draft.key} (row ${draft.row})`).toEqual([]);
    if (PERSONAL_KINDS.has(draft.kind)) {
      expect(draft.person, `${draft.kind} ${draft.key} has a person`).toBeDefined();
      const sameRow = run.facts.filter((other) => other.row === draft.row && other.kind === 'personRecord');
      expect(sameRow.map((other) => other.key)).toContain(draft.person);
    }
    for (const reference of draft.references ?? []) {
      const target = run.facts.find((other) => other.kind === reference.kind && other.key === reference.key);
      expect(target, `${draft.key} refers to ${reference.kind} ${reference.key}`).toBeDefined();
    }
    const first = run.facts.find((other) => other.kind === draft.kind && other.key === draft.key);
    expect(draft.data, `${draft.kind} ${draft.key}: rows ${first?.row} and ${draft.row}`).toEqual(
      first?.data,
    );
  }
}

/** The facts' data by kind and key (one entry per key), to compare two runs. */
export function dataByKey(run: FixtureRun): Map<string, unknown> {
  return new Map(run.facts.map((fact) => [`${fact.kind} ${fact.key}`, fact.data]));
}
