// Person linkage: quality and speed of the engine on synthetic records with known truth (two sources per person,
// realistic corruptions, namesakes and siblings), at 20,000 and 1,000,000 records, with and without
// identifiers, beside a deterministic baseline measured in the same run (same folded name and birth date, or
// same A-number); then person search latency on SQLite and PostgreSQL (bench/personSearch.bench.ts).
// Each scenario runs in its own process so that its peak memory is its own.
// `npm run bench:linkage -- [--large N] [--small N] [--skip-large] [--skip-search]`
import { execFileSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { formatTable } from './support/report.js';

const flags = z
  .object({
    small: z.coerce.number().int().min(1000).default(20_000),
    large: z.coerce.number().int().min(1000).default(1_000_000),
    skipLarge: z.boolean().default(false),
    skipSearch: z.boolean().default(false),
  })
  .parse(
    (({ values }) => ({
      small: values.small,
      large: values.large,
      skipLarge: values['skip-large'],
      skipSearch: values['skip-search'],
    }))(
      parseArgs({
        args: process.argv.slice(2).filter((arg) => arg !== '--'),
        strict: true,
        options: {
          small: { type: 'string' },
          large: { type: 'string' },
          'skip-large': { type: 'boolean' },
          'skip-search': { type: 'boolean' },
        },
      }),
    ),
  );

interface Scores {
  precision: number;
  recall: number;
  f1: number;
}

interface ScenarioResult {
  records: number;
  mode: 'link' | 'dedup';
  identifiers: boolean;
  candidatesPerRecord: number;
  blockingRecall: number;
  threshold: number;
  pairs: Scores;
  clusters?: Scores;
  seconds: number;
  phases: Record<string, number>;
  scoredPairsPerSecond: number;
  peakMemoryMb: number;
  baseline: Scores & { seconds: number };
}

function runScenario(records: number, mode: 'link' | 'dedup', identifiers: boolean): ScenarioResult {
  const args = [
    '--max-old-space-size=12000',
    'bin/run-ts.js',
    'bench/linkage/scenario.ts',
    '--records',
    String(records),
    '--identifiers',
    identifiers ? 'yes' : 'no',
    '--mode',
    mode,
  ];
  process.stderr.write(`linkage: ${mode} ${records} records, identifiers ${identifiers ? 'yes' : 'no'}…\n`);
  const output = execFileSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 24 });
  return JSON.parse(output.trim().split('\n').pop() ?? '{}') as ScenarioResult;
}

const fixed = (value: number, digits = 3) => value.toFixed(digits);
const integer = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

function row(result: ScenarioResult): string[] {
  const clusters = result.clusters ? fixed(result.clusters.f1) : '-';
  return [
    `${result.mode} ${integer.format(result.records)}${result.identifiers ? ' + ids' : ''}`,
    fixed(result.pairs.precision),
    fixed(result.pairs.recall),
    fixed(result.pairs.f1),
    clusters,
    `${fixed(result.pairs.f1 / Math.max(result.baseline.f1, 1e-9), 2)}x`,
    fixed(result.blockingRecall),
    result.candidatesPerRecord.toFixed(1),
    integer.format(result.scoredPairsPerSecond),
    result.seconds.toFixed(1),
    `${fixed(result.seconds / Math.max(result.baseline.seconds, 1e-9), 1)}x`,
    integer.format(result.peakMemoryMb),
    result.threshold.toFixed(2),
  ];
}

function baselineRow(result: ScenarioResult): string[] {
  const base = result.baseline;
  return [
    `  baseline`,
    fixed(base.precision),
    fixed(base.recall),
    fixed(base.f1),
    '-',
    '1.00x',
    '-',
    '-',
    '-',
    base.seconds.toFixed(1),
    '1.0x',
    '-',
    '-',
  ];
}

const HEADER = [
  'scenario',
  'precision',
  'recall',
  'F1 pairs',
  'F1 clusters',
  'F1 vs base',
  'blocking recall',
  'candidates/record',
  'scored pairs/s',
  'wall s',
  'time vs base',
  'peak MB',
  'threshold',
];

function main(): void {
  const sizes = flags.skipLarge ? [flags.small] : [flags.small, flags.large];
  const rows: string[][] = [];
  const phases: string[][] = [];
  for (const records of sizes) {
    const modes: Array<'link' | 'dedup'> =
      records === flags.large && !flags.skipLarge ? ['dedup'] : ['link', 'dedup'];
    for (const mode of modes) {
      for (const identifiers of [true, false]) {
        const result = runScenario(records, mode, identifiers);
        rows.push(row(result), baselineRow(result));
        phases.push([
          `${mode} ${integer.format(result.records)}${identifiers ? ' + ids' : ''}`,
          ...['prepare', 'block', 'compare', 'train', 'score'].map((phase) =>
            (result.phases[phase] ?? 0).toFixed(1),
          ),
        ]);
      }
    }
  }
  process.stdout.write(
    `\nPerson linkage (synthetic records with known truth; baseline: exact folded name + birth date, or same A-number)\n`,
  );
  process.stdout.write(`${formatTable(HEADER, rows)}\n`);
  process.stdout.write(`\nSeconds per phase\n`);
  process.stdout.write(
    `${formatTable(['scenario', 'prepare', 'block', 'compare', 'train', 'score'], phases)}\n`,
  );
  if (!flags.skipSearch) {
    process.stdout.write(`\nPerson search\n`);
    execFileSync(
      process.execPath,
      ['--max-old-space-size=8000', 'bin/run-ts.js', 'bench/personSearch.bench.ts'],
      {
        stdio: 'inherit',
      },
    );
  }
}

main();
