import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { createApplication } from '../../app.js';
import { loadConfig, storeConfig } from '../../config.js';
import { DomainError } from '../../core/errors.js';
import { evaluateInput } from '../../core/rules/evaluate.js';
import { evaluateRegistry } from '../../core/usecases/findingViews.js';
import { EXIT } from '../exitCodes.js';
import { startProgress } from '../progress.js';

async function readBundles(file: string): Promise<unknown> {
  const text =
    file === '-'
      ? await readStdin()
      : await readFile(file, 'utf8').catch((error: Error) => {
          throw new DomainError('invalid_bundle', `cannot read ${file}: ${error.message}`);
        });
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new DomainError('invalid_bundle', `${file} is not JSON: ${(error as Error).message}`);
  }
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export function registerEvaluate(program: Command): void {
  program
    .command('evaluate')
    .description(
      'evaluate case bundles against the rule pack (stateless), or re-evaluate the registry with --all',
    )
    .argument('[file]', 'a JSON case bundle (v1) or an array of them ("-" for standard input)')
    .option(
      '--all',
      're-evaluate every transfer of the registry (--db / --database-url) and store the findings',
    )
    .option('--pending', 're-evaluate only transfers never evaluated or evaluated under another pack version')
    .action(async (file: string | undefined, _options, command: Command) => {
      const options = command.optsWithGlobals();
      if (options.all || options.pending) {
        if (file)
          throw new DomainError('invalid_input', 'give either a bundle file or --all / --pending, not both');
        const application = await createApplication(storeConfig(loadConfig(options)));
        try {
          const progress = startProgress('evaluating transfers');
          const started = Date.now();
          const result = await evaluateRegistry(application.store, application.rules, () => new Date(), {
            all: Boolean(options.all),
            onProgress: (done, total) => progress.update(done, total),
          });
          progress.stop();
          const seconds = (Date.now() - started) / 1000;
          process.stdout.write(
            `${JSON.stringify({ evaluated: result.evaluated, findings: result.findings, packVersion: application.rules.pack.version, seconds })}\n`,
          );
        } finally {
          await application.close();
        }
        return;
      }
      if (!file)
        throw new DomainError('invalid_input', 'give a bundle file (or - for standard input), or --all');
      const result = evaluateInput(await readBundles(file));
      process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
      const failed = Array.isArray(result) ? result.some((item) => 'error' in item) : 'error' in result;
      // Bundles that failed the schema are reported in the output; the exit code says some input was bad.
      if (failed) process.exitCode = EXIT.badInput;
    });
}
