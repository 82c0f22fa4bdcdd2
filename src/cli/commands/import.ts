import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { cliActor, createApplication } from '../../app.js';
import { loadConfig, readLimitsOf, storeConfig } from '../../config.js';
import { DomainError } from '../../core/errors.js';
import { BUILT_IN_PROFILES } from '../../core/importing/profiles/index.js';
import { parseMapping } from '../../core/importing/mapping.js';
import type { ImportProblem, ImportProfile } from '../../core/importing/types.js';
import type { ImportLedgerReader } from '../../core/ports/imports.js';
import { importFile, type ImportResult } from '../../ingest/importFile.js';
import { mappingProfileId } from '../../ingest/mappingFile.js';
import { checkReportPath, reportPages, writeReport } from '../../ingest/report.js';
import { EXIT } from '../exitCodes.js';
import { startProgress } from '../progress.js';

interface ImportCliOptions {
  profile?: string;
  map?: string;
  dataset?: string;
  source?: string;
  publisher?: string;
  url?: string;
  sheet?: string;
  format?: 'csv' | 'xlsx' | 'json' | 'ndjson';
  delimiter?: string;
  encoding?: 'utf8' | 'latin1';
  fictional?: boolean;
  dryRun?: boolean;
  stopOnError?: boolean;
  report?: string[];
  batchRows?: string;
  progress: boolean;
  listProfiles?: boolean;
}

function badOption(option: string, message: string): DomainError {
  return new DomainError('invalid_input', `${option}: ${message}`, {
    issues: [{ path: [option], message }],
  });
}

async function chooseProfile(options: ImportCliOptions): Promise<{ profile: ImportProfile; id: string }> {
  if (options.profile && options.map) throw badOption('--map', 'give --profile or --map, not both');
  if (options.map) {
    const text = await readFile(options.map, 'utf8').catch(() => {
      throw badOption('--map', `cannot read ${options.map}`);
    });
    const profile = parseMapping(text, options.map);
    return { profile, id: mappingProfileId(text) };
  }
  if (!options.profile) {
    throw badOption(
      '--profile',
      `name a profile (${[...BUILT_IN_PROFILES.keys()].join(', ')}) or give --map`,
    );
  }
  const profile = BUILT_IN_PROFILES.get(options.profile);
  if (!profile) {
    throw badOption(
      '--profile',
      `no profile ${options.profile}; the built-in ones are ${[...BUILT_IN_PROFILES.keys()].join(', ')}`,
    );
  }
  return { profile, id: profile.name };
}

/**
 * The summary line of one file: what this run did. A file imported before did nothing (its earlier import is
 * named, with when it finished); an import taken up after a checkpoint counts its own part, the whole import's
 * counts beside it.
 */
function summary(file: string, result: ImportResult): Record<string, unknown> {
  const { state } = result;
  return {
    file,
    // Dry runs and rejected files leave no trace in the database from the command line: no import to name.
    import: state.status === 'dry_run' || state.status === 'rejected' ? null : state.id,
    source: state.sourceId || null,
    status: result.alreadyImported ? 'already_imported' : state.status,
    ...(result.alreadyImported
      ? {
          note: `imported before by import ${state.id}, finished ${state.finishedAt ?? '?'}: nothing was read or written`,
        }
      : {}),
    resumed: result.resumed,
    dataset: state.dataset,
    profile: state.profile,
    checksum: state.checksum,
    ...result.thisRun,
    ...(result.resumed ? { wholeImport: state.counts } : {}),
  };
}

export function registerImport(program: Command): void {
  program
    .command('import')
    .description(
      'import data files (CSV/TSV, XLSX, JSON, NDJSON, any of them .gz) with a profile or a mapping',
    )
    .argument('[files...]', 'files to import, one after the other')
    .option('--profile <name>', 'a built-in profile (see --list-profiles)')
    .option('--map <mapping.json>', 'a mapping file of your own instead of a profile')
    .option('--dataset <name>', 'the data set the files belong to (default: the profile name)')
    .option('--source <title>', "the source's title (default: the file name)")
    .option('--publisher <name>', "the source's publisher (default: the profile's)")
    .option('--url <url>', 'where the file was published')
    .option('--sheet <name|number>', 'XLSX: import this sheet only')
    .option('--format <format>', 'csv, xlsx, json or ndjson (default: from the name and content)')
    .option('--delimiter <char>', 'CSV delimiter (default: detected)')
    .option('--encoding <encoding>', 'CSV encoding utf8 or latin1 (default: detected)')
    .option('--fictional', 'the data is synthetic: mark the source and its persons fictional')
    .option('--dry-run', 'read and check every row, report, write nothing')
    .option('--stop-on-error', 'reject the whole file if any row has an error (nothing is written)')
    .option('--report <file>', 'write the row report to FILE.csv or FILE.json (repeatable)', collect, [])
    .option('--batch-rows <n>', 'rows per committed batch (the checkpoint interval)', '5000')
    .option(
      '--max-decompressed <bytes>',
      'largest size a gzipped file or workbook part may decompress to (16G)',
    )
    .option('--max-compression-ratio <n>', 'largest compression ratio past 64 MiB of output (200)')
    .option('--max-line-bytes <n>', 'longest CSV record, NDJSON line or JSON element (8M)')
    .option('--max-cell-bytes <n>', 'longest single value: a field, a string, a cell (1M)')
    .option('--no-progress', 'no progress output')
    .option('--list-profiles', 'list the built-in profiles and exit')
    .action(async (files: string[], options: ImportCliOptions, command: Command) => {
      if (options.listProfiles) {
        for (const profile of BUILT_IN_PROFILES.values()) {
          process.stdout.write(`${profile.name}\t${profile.title}: ${profile.description}\n`);
        }
        return;
      }
      if (files.length === 0) throw badOption('files', 'name at least one file to import');
      const batchRows = Number(options.batchRows);
      if (!Number.isInteger(batchRows) || batchRows < 1 || batchRows > 1_000_000) {
        throw badOption(
          '--batch-rows',
          `expected a whole number from 1 to 1000000, not ${options.batchRows}`,
        );
      }
      if (options.format && !['csv', 'xlsx', 'json', 'ndjson'].includes(options.format)) {
        throw badOption('--format', `expected csv, xlsx, json or ndjson, not ${options.format}`);
      }
      if (options.encoding && !['utf8', 'latin1'].includes(options.encoding)) {
        throw badOption('--encoding', `expected utf8 or latin1, not ${options.encoding}`);
      }
      for (const path of options.report ?? []) checkReportPath(path);
      const { profile, id } = await chooseProfile(options);
      // The read limits are flags (or CUSTODIA_MAX_… variables) that the configuration checks with the rest.
      const settings = loadConfig(command.optsWithGlobals());
      const config = storeConfig(settings);
      // Flat memory: the growing file is read through the page cache, not mapped into this process.
      const application = await createApplication(
        config.kind === 'sqlite' ? { ...config, bulk: true } : config,
      );
      let rejected = false;
      try {
        const actor = await cliActor(application, command.optsWithGlobals().as);
        for (const file of files) {
          const progress = options.progress ? startProgress(`import ${file}`) : undefined;
          let result: ImportResult;
          try {
            result = await importFile(
              application.context(actor),
              file,
              {
                profile,
                profileId: id,
                dataset: options.dataset,
                title: options.source,
                publisher: options.publisher,
                url: options.url,
                sheet: options.sheet,
                format: options.format,
                delimiter: options.delimiter,
                encoding: options.encoding,
                fictional: options.fictional,
                dryRun: options.dryRun,
                stopOnError: options.stopOnError,
                batchRows,
                ...readLimitsOf(settings),
              },
              {
                progress: (update) =>
                  progress?.update(update.rows, Math.max(update.totalRows ?? update.rows, update.rows)),
              },
            );
          } finally {
            progress?.stop();
          }
          const problems: ImportProblem[] =
            result.problems.length > 0 || !result.state.sourceId
              ? result.problems
              : await allProblems(application.store, result.state.id);
          for (const path of options.report ?? []) await writeReport(path, problems);
          process.stdout.write(`${JSON.stringify(summary(file, result))}\n`);
          if (result.state.status === 'rejected') rejected = true;
        }
      } finally {
        await application.close();
      }
      if (rejected) process.exitCode = EXIT.badInput;
    });
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

async function allProblems(reader: ImportLedgerReader, importId: string): Promise<ImportProblem[]> {
  const problems: ImportProblem[] = [];
  for await (const page of reportPages(reader, importId)) {
    problems.push(...page.map(({ seq: _seq, ...problem }) => problem));
  }
  return problems;
}
