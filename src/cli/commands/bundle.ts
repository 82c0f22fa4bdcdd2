import { createWriteStream } from 'node:fs';
import { readFile, rename } from 'node:fs/promises';
import { once } from 'node:events';
import type { Command } from 'commander';
import { cliActor, createApplication } from '../../app.js';
import { loadConfig, storeConfig } from '../../config.js';
import { DomainError } from '../../core/errors.js';
import { exportDocument, importDocument } from '../../core/usecases/exportImport.js';

export function registerBundle(program: Command): void {
  program
    .command('export')
    .description('write the whole database as one JSON document (restorable with import-bundle)')
    .requiredOption('--out <file>', 'where to write it ("-" for standard output)')
    .action(async (_options, command: Command) => {
      const options = command.optsWithGlobals();
      const application = await createApplication(storeConfig(loadConfig(options)));
      try {
        const toStdout = options.out === '-';
        // Written beside the target and renamed at the end, so a failed export never leaves half a file.
        const temporary = `${options.out}.partial`;
        const output = toStdout ? process.stdout : createWriteStream(temporary);
        for await (const chunk of exportDocument(application.store)) {
          if (!output.write(chunk)) await once(output, 'drain');
        }
        if (!toStdout) {
          output.end();
          await once(output, 'finish');
          await rename(temporary, options.out);
          process.stderr.write(`exported to ${options.out}\n`);
        }
      } finally {
        await application.close();
      }
    });

  program
    .command('import-bundle')
    .description('restore a document written by export into an empty database, all or nothing')
    .argument('<file>', 'the JSON document')
    .action(async (file: string, _options, command: Command) => {
      const options = command.optsWithGlobals();
      let document: unknown;
      try {
        document = JSON.parse(await readFile(file, 'utf8'));
      } catch (error) {
        throw new DomainError('invalid_bundle', `cannot read ${file} as JSON: ${(error as Error).message}`);
      }
      const application = await createApplication(storeConfig(loadConfig(options)));
      try {
        const actor = await cliActor(application, options.as);
        const counts = await importDocument(application.context(actor), document);
        process.stdout.write(
          `imported ${Object.entries(counts)
            .map(([name, count]) => `${count} ${name}`)
            .join(', ')}\n`,
        );
      } finally {
        await application.close();
      }
    });
}
