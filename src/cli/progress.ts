import cliProgress from 'cli-progress';

/** Reports progress of long work: a bar with rate and time left on a terminal, JSON lines otherwise (CI, pipes). */
export interface Progress {
  update(done: number, total: number): void;
  stop(): void;
}

export function startProgress(label: string, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (stream.isTTY) {
    const bar = new cliProgress.SingleBar(
      { format: `${label} [{bar}] {percentage}% | {value}/{total} | {rate}/s | {left} left`, stream },
      cliProgress.Presets.shades_classic,
    );
    const started = Date.now();
    let running = false;
    return {
      update(done, total) {
        // The rate and time left since the start: updates may come seldom (a batch at a time), which the bar's
        // own estimate of the time left, made from its last few updates, cannot follow.
        const rate = done / Math.max((Date.now() - started) / 1000, 0.001);
        const payload = { rate: Math.round(rate), left: duration(rate > 0 ? (total - done) / rate : NaN) };
        if (!running) {
          bar.start(total, done, payload);
          running = true;
        } else bar.update(done, payload);
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

/** Seconds as `1h 02m`, `3m 05s` or `12s`; `?` when unknown. */
function duration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '?';
  const whole = Math.round(seconds);
  const pad = (value: number) => String(value).padStart(2, '0');
  if (whole >= 3600) return `${Math.floor(whole / 3600)}h ${pad(Math.floor((whole % 3600) / 60))}m`;
  if (whole >= 60) return `${Math.floor(whole / 60)}m ${pad(whole % 60)}s`;
  return `${whole}s`;
}
