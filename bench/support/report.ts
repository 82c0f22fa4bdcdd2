import type { Measurement } from './measure.js';

/** Columns padded to their widest cell: the first left-aligned, the others right-aligned. */
export function formatTable(header: string[], rows: string[][]): string {
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, column) =>
        column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0),
      )
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n');
}

const integer = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

function milliseconds(value: number): string {
  return value < 10 ? value.toFixed(2) : value < 100 ? value.toFixed(1) : value.toFixed(0);
}

function ratio(value: number, base: number): string {
  if (!Number.isFinite(value) || !Number.isFinite(base) || base === 0) return '-';
  const factor = value / base;
  return `${factor < 0.1 ? factor.toFixed(3) : factor < 10 ? factor.toFixed(2) : factor.toFixed(0)}x`;
}

function cores(value: number | null): string {
  return value === null ? '-' : `${Math.round(value * 100)}%`;
}

/** The measurements of one database beside the baseline, each figure also as a multiple of the baseline's. */
export function measurementTable(baseline: Measurement, measurements: Measurement[]): string {
  const header = [
    'scenario',
    'req/s',
    'vs base',
    'p50 ms',
    'vs base',
    'p99 ms',
    'vs base',
    'failed',
    'server CPU',
    'postgres CPU',
    'client CPU',
    'other CPU',
    'steal',
    'runs',
  ];
  const rows = [baseline, ...measurements].map((measurement) => [
    measurement.scenario,
    integer.format(measurement.requestsPerSecond),
    ratio(measurement.requestsPerSecond, baseline.requestsPerSecond),
    milliseconds(measurement.p50),
    ratio(measurement.p50, baseline.p50),
    milliseconds(measurement.p99),
    ratio(measurement.p99, baseline.p99),
    integer.format(measurement.failures),
    cores(measurement.cpu.server),
    cores(measurement.cpu.postgres),
    cores(measurement.cpu.client),
    cores(measurement.cpu.other),
    cores(measurement.cpu.steal),
    String(measurement.tries),
  ]);
  return formatTable(header, rows);
}

export function formatCount(value: number): string {
  return integer.format(value);
}

export function formatBytes(bytes: number): string {
  return bytes >= 1024 ** 3
    ? `${(bytes / 1024 ** 3).toFixed(2)} GiB`
    : `${(bytes / 1024 ** 2).toFixed(0)} MiB`;
}
