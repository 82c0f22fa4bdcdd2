/**
 * The columns of JSON objects: the keys in order of first appearance, growing as objects bring new ones, and
 * each object's values as text in that order.
 */

export class JsonColumns {
  private readonly names: string[] = [];
  private readonly positions = new Map<string, number>();

  /** The column names so far (a copy). */
  header(): string[] {
    return [...this.names];
  }

  /** The object's values in column order, as many as there are columns once its keys are added; absent keys ''. */
  values(object: Record<string, unknown>): string[] {
    const keys = Object.keys(object);
    for (const key of keys) {
      if (this.positions.has(key)) continue;
      this.positions.set(key, this.names.length);
      this.names.push(key);
    }
    const values = new Array<string>(this.names.length).fill('');
    for (const key of keys) values[this.positions.get(key) as number] = asText(object[key]);
    return values;
  }
}

/** Strings as they are, numbers and booleans as JSON writes them, null '', nested values as JSON text. */
export function asText(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return value;
    case 'number':
    case 'boolean':
      return String(value);
    case 'object':
      return value === null ? '' : JSON.stringify(value);
    default:
      return '';
  }
}
