/**
 * A deep copy with object keys in sorted order. Stored data is kept in this form so that the same facts always
 * serialise to the same bytes, whatever order a client, an importer or a schema library produced the keys in.
 */
export function canonical<T>(value: T): T {
  if (Array.isArray(value)) return value.map((item) => canonical(item)) as T;
  if (value === null || typeof value !== 'object') return value;
  const sorted: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    const item = (value as Record<string, unknown>)[key];
    if (item !== undefined) sorted[key] = canonical(item);
  }
  return sorted as T;
}
