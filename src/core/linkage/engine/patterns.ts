import type { Comparison } from './comparisons.js';

/**
 * A comparison vector packed into one number (mixed radix, level + 1 per comparison, 0 for missing), so pairs
 * can be counted by pattern: EM then works on a few thousand distinct patterns rather than millions of pairs.
 */
export class PatternCodec {
  private readonly strides: number[] = [];
  readonly count: number;

  constructor(readonly comparisons: readonly Comparison[]) {
    let stride = 1;
    for (const comparison of comparisons) {
      this.strides.push(stride);
      stride *= comparison.levels.length + 1;
    }
    if (stride > Number.MAX_SAFE_INTEGER)
      throw new RangeError('too many comparisons to pack into one number');
    this.count = comparisons.length;
  }

  encode(levels: Int8Array): number {
    let code = 0;
    for (let comparison = 0; comparison < this.count; comparison += 1) {
      code += ((levels[comparison] ?? -1) + 1) * (this.strides[comparison] ?? 0);
    }
    return code;
  }

  decode(code: number, into: Int8Array): Int8Array {
    let rest = code;
    for (let comparison = 0; comparison < this.count; comparison += 1) {
      const radix = (this.comparisons[comparison]?.levels.length ?? 0) + 1;
      into[comparison] = (rest % radix) - 1;
      rest = Math.floor(rest / radix);
    }
    return into;
  }
}
