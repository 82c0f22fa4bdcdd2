// One linkage scenario, run in its own process so its peak memory is its own: generate synthetic records with
// known truth, read them as `custodia link` reads CSV rows, link or deduplicate them, and score the result
// against the truth beside a deterministic baseline (same folded name and birth date, or same A-number).
// `node bin/run-ts.js bench/linkage/scenario.ts --records N --identifiers yes|no --mode link|dedup --seed S`
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { runLinkage, type LinkageRun } from '../../src/core/linkage/engine/link.js';
import { canonicalIdentifier, type LinkageRecord } from '../../src/core/linkage/engine/record.js';
import { parseName } from '../../src/core/linkage/normalize.js';
import {
  detectConventions,
  readLinkageRow,
  type LinkageInputRow,
} from '../../src/core/linkage/readRecords.js';
import { generateLinkageData, type SyntheticRecord } from '../support/linkageData.js';

const flags = z
  .object({
    records: z.coerce.number().int().min(100),
    identifiers: z.enum(['yes', 'no']),
    mode: z.enum(['link', 'dedup']),
    seed: z.coerce.number().int().default(20261129),
    maxBlockSize: z.coerce.number().int().min(2).optional(),
  })
  .parse(
    renameFlags(
      parseArgs({
        args: process.argv.slice(2),
        options: {
          records: { type: 'string' },
          identifiers: { type: 'string' },
          mode: { type: 'string' },
          seed: { type: 'string' },
          'max-block-size': { type: 'string' },
        },
      }).values,
    ),
  );
// parseArgs keeps the flag's spelling; the schema's key is camel case.

function renameFlags(values: Record<string, unknown>): Record<string, unknown> {
  const { 'max-block-size': maxBlockSize, ...rest } = values;
  return { ...rest, maxBlockSize };
}

function rowOf(record: SyntheticRecord): LinkageInputRow {
  return {
    id: record.id,
    givenNames: record.givenNames,
    familyNames: record.familyNames,
    fullName: record.fullName,
    birthDate: record.birthDate,
    sex: record.sex,
    nationality: record.nationality,
    identifiers: record.identifier ? [record.identifier] : [],
    extras: {},
  };
}

function readSource(records: readonly SyntheticRecord[]): LinkageRecord[] {
  const rows = records.map(rowOf);
  const conventions = detectConventions(rows);
  return rows.map((row) => readLinkageRow(row, row.id ?? '', conventions).record);
}

/** Pair keys as one number (a < b), for sets of pairs. */
function pairKey(a: number, b: number): number {
  return a < b ? a * 4_194_304 + b : b * 4_194_304 + a;
}

interface Scores {
  precision: number;
  recall: number;
  f1: number;
  linked: number;
}

function scores(truePositives: number, linked: number, truePairs: number): Scores {
  const precision = linked === 0 ? 0 : truePositives / linked;
  const recall = truePairs === 0 ? 0 : truePositives / truePairs;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, linked };
}

/** Whether a pair counts for this mode (a link pairs the two sources only). */
function counts(a: number, b: number, leftCount: number, mode: 'link' | 'dedup'): boolean {
  return mode === 'dedup' || a < leftCount !== b < leftCount;
}

function truePairCount(truth: readonly string[], leftCount: number, mode: 'link' | 'dedup'): number {
  const members = new Map<string, number[]>();
  truth.forEach((person, index) => members.set(person, [...(members.get(person) ?? []), index]));
  let total = 0;
  for (const group of members.values()) {
    for (let i = 0; i < group.length; i += 1) {
      for (let j = i + 1; j < group.length; j += 1) {
        if (counts(group[i] ?? 0, group[j] ?? 0, leftCount, mode)) total += 1;
      }
    }
  }
  return total;
}

/** The deterministic baseline: records with the same folded whole name and birth date, or the same A-number. */
function baseline(
  records: readonly LinkageRecord[],
  truth: readonly string[],
  leftCount: number,
  mode: 'link' | 'dedup',
) {
  const started = performance.now();
  const groups = new Map<string, number[]>();
  records.forEach((record, index) => {
    const name = parseName(record);
    const keys = [`${name.given.join(' ')}|${name.family.join(' ')}|${record.birthDate ?? ''}`];
    for (const identifier of record.identifiers ?? []) {
      const canonical = typeof identifier === 'string' ? canonicalIdentifier(identifier) : undefined;
      if (canonical) keys.push(canonical);
    }
    for (const key of keys) groups.set(key, [...(groups.get(key) ?? []), index]);
  });
  const linked = new Set<number>();
  let truePositives = 0;
  for (const group of groups.values()) {
    for (let i = 0; i < group.length; i += 1) {
      for (let j = i + 1; j < group.length; j += 1) {
        const a = group[i] ?? 0;
        const b = group[j] ?? 0;
        const key = pairKey(a, b);
        if (!counts(a, b, leftCount, mode) || linked.has(key)) continue;
        linked.add(key);
        if (truth[a] === truth[b]) truePositives += 1;
      }
    }
  }
  return { seconds: (performance.now() - started) / 1000, truePositives, linked: linked.size };
}

function engineScores(run: LinkageRun, truth: readonly string[]) {
  let truePositives = 0;
  let linked = 0;
  let candidatesTrue = 0;
  for (let index = 0; index < run.pairs.count; index += 1) {
    const same = truth[run.pairs.left[index] ?? 0] === truth[run.pairs.right[index] ?? 0];
    if (same) candidatesTrue += 1;
    if (!run.isLinked(index)) continue;
    linked += 1;
    if (same) truePositives += 1;
  }
  return { truePositives, linked, candidatesTrue };
}

/** Pairs implied by the clusters (deduplication): every two records put in the same cluster. */
function clusterScores(run: LinkageRun, truth: readonly string[], truePairs: number): Scores {
  const clusters = run.clusters();
  const members = new Map<number, number[]>();
  clusters.forEach((cluster, index) => members.set(cluster, [...(members.get(cluster) ?? []), index]));
  let linked = 0;
  let truePositives = 0;
  for (const group of members.values()) {
    for (let i = 0; i < group.length; i += 1) {
      for (let j = i + 1; j < group.length; j += 1) {
        linked += 1;
        if (truth[group[i] ?? 0] === truth[group[j] ?? 0]) truePositives += 1;
      }
    }
  }
  return scores(truePositives, linked, truePairs);
}

function main(): void {
  const generated = generateLinkageData({
    persons: Math.round(flags.records / 2),
    seed: flags.seed,
    identifiers: flags.identifiers === 'yes',
  });
  const left = readSource(generated.left);
  const right = readSource(generated.right);
  const truth = [...generated.left, ...generated.right].map((record) => record.truth);
  const leftCount = left.length;
  const truePairs = truePairCount(truth, leftCount, flags.mode);
  const phases: Record<string, number> = {};
  let phase = '';
  let phaseStarted = performance.now();
  const started = phaseStarted;
  const all = [...left, ...right];
  const run = runLinkage(flags.mode === 'link' ? left : all, flags.mode === 'link' ? right : undefined, {
    ...(flags.maxBlockSize === undefined ? {} : { maxBlockSize: flags.maxBlockSize }),
    onPhase: (next) => {
      const now = performance.now();
      if (phase) phases[phase] = (now - phaseStarted) / 1000;
      phase = next;
      phaseStarted = now;
    },
  });
  const now = performance.now();
  phases[phase] = (now - phaseStarted) / 1000;
  const seconds = (now - started) / 1000;
  const { truePositives, linked, candidatesTrue } = engineScores(run, truth);
  const records = run.records.length;
  const base = baseline(all, truth, leftCount, flags.mode);
  const result = {
    records,
    mode: flags.mode,
    identifiers: flags.identifiers === 'yes',
    truePairs,
    candidatePairs: run.pairs.count,
    blocking: run.blocking.rules,
    candidatesPerRecord: run.pairs.count / records,
    blockingRecall: truePairs === 0 ? 0 : candidatesTrue / truePairs,
    threshold: run.threshold.probability,
    prior: run.model.prior,
    priorBasis: run.model.priorBasis,
    pairs: scores(truePositives, linked, truePairs),
    clusters: flags.mode === 'dedup' ? clusterScores(run, truth, truePairs) : undefined,
    seconds,
    phases,
    scoredPairsPerSecond: run.pairs.count / Math.max(phases.compare ?? 0, 1e-9),
    peakMemoryMb: process.resourceUsage().maxRSS / 1024,
    baseline: { ...scores(base.truePositives, base.linked, truePairs), seconds: base.seconds },
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

main();
