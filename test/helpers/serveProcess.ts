import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The repository root, where `bin/custodia.js` and `bin/run-ts.js` live. */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** A server running in a child process of this one, found by the address it printed. */
export interface ServerProcess {
  /** Base URL, e.g. `http://127.0.0.1:41234`. */
  url: string;
  pid: number;
  /** The last few kilobytes of what it wrote, for failure messages. */
  output(): string;
  /** SIGTERM, then SIGKILL if it has not exited within `graceMs`; resolves once it has exited. */
  stop(graceMs?: number): Promise<void>;
}

export interface StartOptions {
  /** A line of standard output matching this announces the server; its first group is the base URL. */
  ready: RegExp;
  timeoutMs?: number;
  env?: NodeJS.ProcessEnv;
}

const OUTPUT_KEPT = 8192;
const running = new Set<ChildProcess>();

// If this process ends without stopping its servers (a crash, process.exit), they must not outlive it.
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

/**
 * Runs `node ARGS` from the repository root and resolves when the child prints its address. Fails, with the
 * child's output, if it exits first or does not announce itself within the timeout (and then kills it).
 */
export function startServerProcess(args: string[], options: StartOptions): Promise<ServerProcess> {
  const child = spawn(process.execPath, args, {
    cwd: REPO_ROOT,
    env: { ...process.env, NO_COLOR: '1', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  child.once('exit', () => running.delete(child));
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString('utf8')).slice(-OUTPUT_KEPT);
  };
  // Both pipes are always drained: a child whose pipe fills up blocks on its next write.
  child.stderr?.on('data', keep);
  const stop = async (graceMs = 5000) => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    await exited(child);
    clearTimeout(timer);
  };
  return new Promise<ServerProcess>((resolve, reject) => {
    let pending = '';
    let announced = false;
    const fail = (reason: string) => {
      clearTimeout(timer);
      void stop(1000).then(() =>
        reject(new Error(`${reason}: node ${args.join(' ')}\n--- its output ---\n${output}`)),
      );
    };
    const timer = setTimeout(
      () => fail(`no address announced within ${options.timeoutMs ?? 20_000} ms`),
      options.timeoutMs ?? 20_000,
    );
    child.once('error', (error) => fail(`could not start (${error.message})`));
    child.once('exit', (code, signal) => {
      if (!announced) fail(`exited before listening (code ${code}, signal ${signal})`);
    });
    child.stdout?.on('data', (chunk: Buffer) => {
      keep(chunk);
      if (announced) return;
      pending += chunk.toString('utf8');
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        const url = options.ready.exec(line)?.[1];
        if (!url) continue;
        announced = true;
        clearTimeout(timer);
        resolve({ url, pid: child.pid as number, output: () => output, stop });
        return;
      }
    });
  });
}

/** `custodia serve` on an ephemeral loopback port; `databaseArgs` is `['--database-url', URL]` or `['--db', FILE]`. */
export function startCustodiaServe(
  databaseArgs: string[],
  extraArgs: string[] = [],
  options: Partial<StartOptions> = {},
): Promise<ServerProcess> {
  return startServerProcess(
    ['bin/custodia.js', 'serve', '--host', '127.0.0.1', '--port', '0', ...databaseArgs, ...extraArgs],
    { ready: /Custodia is serving at (http:\/\/[^\s)]+)/, ...options },
  );
}
