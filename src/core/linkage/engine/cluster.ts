/**
 * Clusters records into persons from scored links, strongest first (union–find), never joining two clusters
 * between which a cannot-link holds (a reviewer's rejection): a link that would is skipped, so a rejection is
 * never overridden by a chain of other links. Returns each record's cluster as the smallest record index in it.
 */
export function clusterRecords(
  recordCount: number,
  links: { left: Int32Array; right: Int32Array; weight: Float64Array; count: number },
  accept: (weight: number) => boolean,
  cannotLink: ReadonlyArray<readonly [number, number]> = [],
): Int32Array {
  const parent = Int32Array.from({ length: recordCount }, (_, index) => index);
  const forbidden = new Map<number, number[]>();
  const note = (record: number, other: number) => {
    const list = forbidden.get(record);
    if (list) list.push(other);
    else forbidden.set(record, [other]);
  };
  for (const [a, b] of cannotLink) {
    note(a, b);
    note(b, a);
  }
  const find = (record: number): number => {
    let root = record;
    while (parent[root] !== root) root = parent[root] ?? root;
    let walker = record;
    while (parent[walker] !== root) {
      const next = parent[walker] ?? root;
      parent[walker] = root;
      walker = next;
    }
    return root;
  };
  // Cannot-links are kept per root (merged with the clusters) so each check looks at one short list.
  const rootForbidden = new Map<number, number[]>();
  for (const [record, others] of forbidden) rootForbidden.set(record, others);
  const order: number[] = [];
  for (let index = 0; index < links.count; index += 1)
    if (accept(links.weight[index] ?? 0)) order.push(index);
  order.sort((a, b) => (links.weight[b] ?? 0) - (links.weight[a] ?? 0) || a - b);
  for (const index of order) {
    const a = find(links.left[index] ?? 0);
    const b = find(links.right[index] ?? 0);
    if (a === b) continue;
    const aForbidden = rootForbidden.get(a) ?? [];
    const bForbidden = rootForbidden.get(b) ?? [];
    if (aForbidden.some((record) => find(record) === b) || bForbidden.some((record) => find(record) === a))
      continue;
    const [root, child] = a < b ? [a, b] : [b, a];
    parent[child] = root;
    if (aForbidden.length + bForbidden.length > 0) {
      const [longer, shorter] =
        aForbidden.length >= bForbidden.length ? [aForbidden, bForbidden] : [bForbidden, aForbidden];
      for (const record of shorter) longer.push(record);
      rootForbidden.set(root, longer);
      rootForbidden.delete(child);
    }
  }
  for (let record = 0; record < recordCount; record += 1) parent[record] = find(record);
  return parent;
}
