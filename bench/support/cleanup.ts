/**
 * What a benchmark must undo (child processes, temporary files, throwaway databases), undone in reverse order on
 * success, failure or Ctrl-C. Each step runs even when an earlier one fails.
 */
export class Cleanup {
  private readonly steps: Array<{ what: string; run: () => Promise<void> | void }> = [];
  private running: Promise<void> | undefined;

  /** Registers a step; returns a function that runs it now (once) and unregisters it. */
  add(what: string, run: () => Promise<void> | void): () => Promise<void> {
    const step = { what, run };
    this.steps.push(step);
    return async () => {
      const index = this.steps.indexOf(step);
      if (index === -1) return;
      this.steps.splice(index, 1);
      await step.run();
    };
  }

  runAll(): Promise<void> {
    this.running ??= (async () => {
      for (let step = this.steps.pop(); step; step = this.steps.pop()) {
        try {
          await step.run();
        } catch (error) {
          process.stderr.write(`cleanup: could not ${step.what}: ${(error as Error).message}\n`);
        }
      }
    })();
    return this.running;
  }
}

/**
 * Runs a benchmark's main with a Cleanup that is undone on success, failure, Ctrl-C or SIGTERM; a failure is
 * reported under the benchmark's name (after Ctrl-C the cleanup closes what main is still using, so that failure
 * is expected, not news) and exits non-zero.
 */
export async function runBenchmark(name: string, main: (cleanup: Cleanup) => Promise<void>): Promise<void> {
  const cleanup = new Cleanup();
  let interrupted = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      interrupted = true;
      process.stderr.write(`\n${signal}: cleaning up\n`);
      void cleanup.runAll().finally(() => process.exit(130));
    });
  }
  try {
    await main(cleanup);
  } catch (error) {
    if (!interrupted)
      process.stderr.write(
        `${name} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
      );
    process.exitCode = 1;
  } finally {
    await cleanup.runAll();
  }
}
