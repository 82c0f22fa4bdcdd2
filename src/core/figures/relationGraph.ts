/**
 * Union–find whose classes are named by their first member in a given order, so the same counts give the same
 * names on every machine, whatever order they were read in.
 */
export class UnionFind {
  private readonly parent = new Map<string, string>();

  constructor(private readonly compare: (left: string, right: string) => number) {}

  find(id: string): string {
    let root = id;
    for (let next = this.parent.get(root); next !== undefined && next !== root; next = this.parent.get(root))
      root = next;
    // Path compression: every member on the way points at the root.
    for (let at = id; at !== root;) {
      const next = this.parent.get(at) as string;
      this.parent.set(at, root);
      at = next;
    }
    return root;
  }

  union(left: string, right: string): void {
    const a = this.find(left);
    const b = this.find(right);
    if (a === b) return;
    if (this.compare(a, b) <= 0) this.parent.set(b, a);
    else this.parent.set(a, b);
  }
}

/**
 * Makes the edges between classes loop-free by merging every loop into one class (Tarjan's strongly connected
 * components, iteratively: relation chains can be long). A part of a whole that is part of it is the same persons.
 */
export function mergeLoops(classes: UnionFind, edges: ReadonlyArray<readonly [string, string]>): void {
  const next = new Map<string, string[]>();
  for (const [from, to] of edges) {
    const a = classes.find(from);
    const b = classes.find(to);
    if (a !== b) next.set(a, [...(next.get(a) ?? []), b]);
  }
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  let counter = 0;
  for (const start of next.keys()) {
    if (index.has(start)) continue;
    const work: Array<{ node: string; edge: number }> = [{ node: start, edge: 0 }];
    index.set(start, counter);
    low.set(start, counter++);
    stack.push(start);
    onStack.add(start);
    while (work.length > 0) {
      const frame = work[work.length - 1] as { node: string; edge: number };
      const targets = next.get(frame.node) ?? [];
      if (frame.edge < targets.length) {
        const target = targets[frame.edge++] as string;
        if (!index.has(target)) {
          index.set(target, counter);
          low.set(target, counter++);
          stack.push(target);
          onStack.add(target);
          work.push({ node: target, edge: 0 });
        } else if (onStack.has(target)) {
          low.set(frame.node, Math.min(low.get(frame.node) as number, index.get(target) as number));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent)
        low.set(parent.node, Math.min(low.get(parent.node) as number, low.get(frame.node) as number));
      if (low.get(frame.node) === index.get(frame.node)) {
        for (let member = stack.pop(); member !== undefined; member = stack.pop()) {
          onStack.delete(member);
          classes.union(frame.node, member);
          if (member === frame.node) break;
        }
      }
    }
  }
}
