import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import type { PairExplanation } from '../../core/linkage/engine/explain.js';
import { csvField } from '../../csv/csvField.js';

/** A waterfall in one line: the prior, then each comparison's level and weight in bits, e.g. `given_name=exact:+8.50`. */
export function explanationText(explanation: PairExplanation): string {
  const signed = (weight: number) => `${weight >= 0 ? '+' : ''}${weight.toFixed(2)}`;
  const bars = explanation.comparisons.map((bar) => {
    const adjusted = bar.frequencyAdjustment !== 0 ? ` (frequency ${signed(bar.frequencyAdjustment)})` : '';
    return `${bar.comparison}=${bar.level}:${signed(bar.weight)}${adjusted}`;
  });
  return [
    `prior:${signed(explanation.priorWeight)}`,
    ...bars,
    `total:${signed(explanation.totalWeight)}`,
  ].join('; ');
}

/** Writes rows of CSV to a file through a stream, waiting when the disk is behind. */
export async function writeCsv(path: string, header: string[], rows: Iterable<string[]>): Promise<void> {
  const stream = createWriteStream(path, { encoding: 'utf8' });
  const failed = new Promise<never>((_, reject) => stream.once('error', reject));
  const write = async (line: string) => {
    if (!stream.write(line)) await Promise.race([once(stream, 'drain'), failed]);
  };
  let chunk = `${header.join(',')}\n`;
  for (const row of rows) {
    chunk += `${row.map(csvField).join(',')}\n`;
    if (chunk.length > 1 << 16) {
      await write(chunk);
      chunk = '';
    }
  }
  await write(chunk);
  stream.end();
  await Promise.race([once(stream, 'finish'), failed]);
}
