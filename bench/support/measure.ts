import autocannon from 'autocannon';
import { startCpuWatch, type CpuShares } from './cpu.js';

/** One HTTP workload: a fixed path, or a path chosen afresh for every request. */
export interface Scenario {
  name: string;
  path: string | (() => string);
  /** Sent with every request: the credentials of the caller measured (a token, a session cookie). */
  headers?: Record<string, string>;
}

export interface LoadOptions {
  connections: number;
  /** Seconds measured. */
  duration: number;
  /** Seconds of load before measuring (caches, JIT, connection pools), not counted. */
  warmup: number;
}

export interface Measurement {
  scenario: string;
  requestsPerSecond: number;
  /** Milliseconds. */
  p50: number;
  p99: number;
  requests: number;
  /** Non-2xx responses, connection errors and timeouts. */
  failures: number;
  /** Shares of one core: the server process, PostgreSQL's processes, this load generator, everything else. */
  cpu: CpuShares;
  /** Runs made to get one in which other work took little CPU (see measureQuietly). */
  tries: number;
}

function run(baseUrl: string, scenario: Scenario, connections: number, duration: number) {
  const { path } = scenario;
  return autocannon({
    url: baseUrl,
    connections,
    duration,
    title: scenario.name,
    headers: scenario.headers ?? {},
    requests: [
      typeof path === 'string'
        ? { method: 'GET', path }
        : { method: 'GET', setupRequest: (request) => ({ ...request, path: path() }) },
    ],
  });
}

function percentile(sorted: readonly number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] ?? Number.NaN;
}

/** Warms the scenario up, then loads it for `duration` seconds while watching CPU. */
export async function measure(
  baseUrl: string,
  scenario: Scenario,
  options: LoadOptions,
  server: { pid: number; postgres: boolean },
): Promise<Measurement> {
  if (options.warmup > 0) await run(baseUrl, scenario, options.connections, options.warmup);
  const watch = startCpuWatch(server.pid, server.postgres);
  const instance = run(baseUrl, scenario, options.connections, options.duration);
  // autocannon's own histogram counts whole milliseconds, too coarse for a bare route: keep the exact times.
  const times: number[] = [];
  instance.on('response', (_client: unknown, _status: number, _bytes: number, milliseconds: number) => {
    times.push(milliseconds);
  });
  const result = await instance;
  const cpu = watch.stop();
  times.sort((left, right) => left - right);
  return {
    scenario: scenario.name,
    requestsPerSecond: result.requests.average,
    p50: percentile(times, 0.5),
    p99: percentile(times, 0.99),
    requests: result.requests.total,
    failures: result.non2xx + result.errors + result.timeouts,
    cpu,
    tries: 1,
  };
}

/**
 * Other work, or the hypervisor running other machines on our cores (steal), above this share of a core makes a
 * run too noisy to keep if a quieter one can be had.
 */
const NOISY = 0.25;

const disturbance = (measurement: Measurement) => (measurement.cpu.other ?? 0) + (measurement.cpu.steal ?? 0);

/**
 * On a shared machine other work (or the hypervisor) can take a core in the middle of a run. A run in which it took
 * more than a quarter of a core is repeated, up to `attempts` runs, and the quietest one is kept (its `tries` says
 * how many).
 */
export async function measureQuietly(
  baseUrl: string,
  scenario: Scenario,
  options: LoadOptions,
  server: { pid: number; postgres: boolean },
  attempts = 3,
): Promise<Measurement> {
  let quietest: Measurement | undefined;
  for (let attempt = 1; attempt <= attempts; attempt += 1) {
    const measured = await measure(baseUrl, scenario, options, server);
    if (!quietest || disturbance(measured) < disturbance(quietest)) quietest = measured;
    if (disturbance(quietest) <= NOISY) return { ...quietest, tries: attempt };
  }
  return { ...(quietest as Measurement), tries: attempts };
}

/** GETs a path once and fails unless it answers 200 with JSON; returns the body for sanity checks. */
export async function fetchJson(
  baseUrl: string,
  path: string,
  headers: Record<string, string> = {},
): Promise<unknown> {
  const response = await fetch(`${baseUrl}${path}`, { headers });
  const text = await response.text();
  if (response.status !== 200)
    throw new Error(`GET ${path} answered ${response.status}: ${text.slice(0, 500)}`);
  return JSON.parse(text) as unknown;
}
