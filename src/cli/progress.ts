import cliProgress from 'cli-progress';

/** Reports progress of long work: a bar with rate and time left on a terminal, JSON lines otherwise (CI, pipes). */
export interface Progress {
  update(done: number, total: number): void;
  stop(): void;
}

export function startProgress(label: string, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (stream.isTTY) {
    const bar = new cliProgress.SingleBar(
      { format: `${label} [{bar}] {percentage}% | {value}/{total} | {rate}/s | ETA {eta_formatted}`, stream },
      cliProgress.Presets.shades_classic,
    );
    const started = Date.now();
    let running = false;
    return {
      update(done, total) {
        const rate = Math.round(done / Math.max((Date.now() - started) / 1000, 0.001));
        if (!running) {
          bar.start(total, done, { rate });
          running = true;
        } else bar.update(done, { rate });
      },
      stop: () => bar.stop(),
    };
  }
  const started = Date.now();
  return {
    update(done, total) {
      const seconds = (Date.now() - started) / 1000;
      const rate = done / Math.max(seconds, 0.001);
      const left = rate > 0 ? Math.round((total - done) / rate) : null;
      stream.write(
        `${JSON.stringify({ progress: label, done, total, perSecond: Math.round(rate), secondsLeft: left })}\n`,
      );
    },
    stop: () => undefined,
  };
}
