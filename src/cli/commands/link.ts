import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { DomainError } from '../../core/errors.js';
import { parseColumnMap } from '../../core/linkage/columnMap.js';
import { levelWeights } from '../../core/linkage/engine/model.js';
import { runLinkage, type LinkageRun } from '../../core/linkage/engine/link.js';
import { readLinkageFile, type LinkageFile } from '../link/readLinkageFile.js';
import { explanationText, writeCsv } from '../link/writeResults.js';

interface LinkOptions {
  leftMap: string;
  rightMap?: string;
  out: string;
  threshold?: string;
  explain?: boolean;
  model?: string;
  ignoreBadDates?: boolean;
}

function parseThreshold(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!Number.isFinite(value) || value <= 0 || value >= 1) {
    throw new DomainError(
      'invalid_input',
      `--threshold must be a probability between 0 and 1 (exclusive), not ${text}`,
      {
        issues: [{ path: ['--threshold'], message: 'expected a number between 0 and 1' }],
      },
    );
  }
  return value;
}

function* pairRows(
  run: LinkageRun,
  left: LinkageFile,
  right: LinkageFile,
  explain: boolean,
): Generator<string[]> {
  const linked: number[] = [];
  for (let index = 0; index < run.pairs.count; index += 1) if (run.isLinked(index)) linked.push(index);
  linked.sort((a, b) => (run.pairs.weight[b] ?? 0) - (run.pairs.weight[a] ?? 0));
  for (const index of linked) {
    const a = run.pairs.left[index] ?? 0;
    const b = run.pairs.right[index] ?? 0;
    const explanation = run.explain(a, b);
    const row = [
      left.records[a]?.id ?? '',
      right.records[b - run.leftCount]?.id ?? '',
      explanation.probability.toFixed(6),
    ];
    yield explain ? [...row, explanationText(explanation)] : row;
  }
}

function strongestLinks(
  run: LinkageRun,
  clusters: Int32Array,
): Map<number, { other: number; weight: number }> {
  const strongest = new Map<number, { other: number; weight: number }>();
  for (let index = 0; index < run.pairs.count; index += 1) {
    if (!run.isLinked(index)) continue;
    const a = run.pairs.left[index] ?? 0;
    const b = run.pairs.right[index] ?? 0;
    if (clusters[a] !== clusters[b]) continue;
    const weight = run.pairs.weight[index] ?? 0;
    for (const [record, other] of [
      [a, b],
      [b, a],
    ] as const) {
      if ((strongest.get(record)?.weight ?? Number.NEGATIVE_INFINITY) < weight)
        strongest.set(record, { other, weight });
    }
  }
  return strongest;
}

function* clusterRows(run: LinkageRun, file: LinkageFile, explain: boolean): Generator<string[]> {
  const clusters = run.clusters();
  const strongest = explain
    ? strongestLinks(run, clusters)
    : new Map<number, { other: number; weight: number }>();
  for (let record = 0; record < file.records.length; record += 1) {
    const id = file.records[record]?.id ?? '';
    const cluster = file.records[clusters[record] ?? record]?.id ?? id;
    if (!explain) {
      yield [cluster, id];
      continue;
    }
    const link = strongest.get(record);
    if (!link) {
      yield [cluster, id, '', '', ''];
      continue;
    }
    const explanation = run.explain(record, link.other);
    yield [
      cluster,
      id,
      file.records[link.other]?.id ?? '',
      explanation.probability.toFixed(6),
      explanationText(explanation),
    ];
  }
}

function summaryOf(run: LinkageRun, files: LinkageFile[], seconds: number, linkedPairs: number) {
  return {
    records: Object.fromEntries(files.map((file) => [file.label, file.records.length])),
    unreadableDatesTreatedAsMissing: files.reduce((sum, file) => sum + file.unreadableDates, 0),
    candidatePairs: run.pairs.count,
    blocking: run.blocking.rules,
    prior: run.model.prior,
    priorBasis: run.model.priorBasis,
    emIterations: run.model.iterations,
    threshold: run.threshold,
    linkedPairs,
    seconds: Math.round(seconds * 100) / 100,
  };
}

function modelJson(run: LinkageRun): string {
  const weights = levelWeights(run.model);
  const comparisons = run.model.comparisons.map((comparison, index) => ({
    comparison: comparison.name,
    levels: comparison.levels.map((level, levelIndex) => ({
      level,
      m: run.model.m[index]?.[levelIndex],
      u: run.model.u[index]?.[levelIndex],
      weight: weights[index]?.[levelIndex],
      frequencyAdjusted: comparison.frequencyLevels.includes(levelIndex),
    })),
  }));
  return `${JSON.stringify({ prior: run.model.prior, priorBasis: run.model.priorBasis, threshold: run.threshold, comparisons }, null, 2)}\n`;
}

async function linkFiles(
  leftPath: string,
  rightPath: string | undefined,
  options: LinkOptions,
): Promise<void> {
  const started = performance.now();
  const threshold = parseThreshold(options.threshold);
  const leftMap = parseColumnMap(options.leftMap, '--left-map');
  if (options.rightMap !== undefined && rightPath === undefined) {
    throw new DomainError('invalid_input', '--right-map needs a second (right) file', {
      issues: [{ path: ['--right-map'], message: 'given without a right file' }],
    });
  }
  const rightMap = options.rightMap === undefined ? leftMap : parseColumnMap(options.rightMap, '--right-map');
  const reading = { ignoreBadDates: Boolean(options.ignoreBadDates) };
  const left = await readLinkageFile(leftPath, leftMap, reading);
  const right = rightPath === undefined ? undefined : await readLinkageFile(rightPath, rightMap, reading);
  const extraNames = [
    ...new Set(
      [...leftMap.mappings, ...rightMap.mappings].filter((m) => m.role === 'extra').map((m) => m.column),
    ),
  ];
  const run = runLinkage(left.records, right?.records, {
    extraNames,
    ...(threshold === undefined ? {} : { threshold }),
    onPhase: (phase) => process.stderr.write(`custodia link: ${phase}\n`),
  });
  const explain = Boolean(options.explain);
  let linkedPairs = 0;
  for (let index = 0; index < run.pairs.count; index += 1) if (run.isLinked(index)) linkedPairs += 1;
  if (right) {
    const header = ['left_id', 'right_id', 'score', ...(explain ? ['explanation'] : [])];
    await writeCsv(options.out, header, pairRows(run, left, right, explain));
  } else {
    const header = ['cluster_id', 'record_id', ...(explain ? ['linked_to', 'score', 'explanation'] : [])];
    await writeCsv(options.out, header, clusterRows(run, left, explain));
  }
  if (options.model) await writeFile(options.model, modelJson(run));
  const files = right ? [left, right] : [left];
  const summary = summaryOf(run, files, (performance.now() - started) / 1000, linkedPairs);
  process.stdout.write(`${JSON.stringify(summary)}\n`);
}

export function registerLink(program: Command): void {
  program
    .command('link')
    .description(
      'link person records across two CSV files (writes left_id,right_id,score), or deduplicate one (writes cluster_id,record_id)',
    )
    .argument('<left>', 'a CSV file of person records')
    .argument('[right]', 'a second CSV file to link against the first')
    .requiredOption(
      '--left-map <map>',
      'column=role pairs, e.g. "record_id=id,dob=birth_date,a_number=identifier"; roles: id, given_names, family_names, full_name, birth_date, sex, nationality, identifier (repeatable), extra (repeatable)',
    )
    .option('--right-map <map>', 'the map of the right file (default: the left map)')
    .requiredOption('--out <file>', 'where to write the results (CSV)')
    .option(
      '--threshold <probability>',
      'link pairs with a match probability at or above this (default: chosen by the engine to maximise its expected F1, never below 0.5)',
    )
    .option('--explain', 'add each link’s waterfall: the weight every comparison contributed')
    .option('--model <file>', 'also write the trained model (m, u and weight of every level) as JSON')
    .option(
      '--ignore-bad-dates',
      'treat birth dates that cannot be read as missing instead of refusing the file',
    )
    .action(async (left: string, right: string | undefined, options: LinkOptions) => {
      await linkFiles(left, right, options);
    });
}
