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
