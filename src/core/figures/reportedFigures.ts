/**
 * Figures from reported counts that never add what overlaps (no I/O).
 *
 * Reported counts come from many sources and overlap: a breakdown of a count (`partOf`: 137 of the 238 were
 * removed under the Alien Enemies Act), another source's number for the same event (`sameEventAs`), the same
 * persons moved again (`samePersonsAs`: 8 held in Djibouti, then the same 8 sent on to South Sudan). Adding them up
 * gives 566 for flights that carried 261. Here counts are grouped before anything is added:
 *
 * - an **event** is a count and every count the same as it by `sameEventAs`, transitively: reported several times,
 *   it is a range `{ min, max }` over the numbers its sources give, each source's count listed;
 * - a **persons group** is an event and every event of the same persons by `samePersonsAs`: its persons are counted
 *   once, the largest number of any of its events (the same persons cannot be fewer than any move of them);
 * - a group whose count is `partOf` another's is a **breakdown**: listed under its whole, never added to it, so
 *   removing a breakdown never changes a total. A breakdown larger than its whole is a conflict between sources,
 *   flagged (`breakdownExceedsWhole`) for someone to look at, not settled here.
 *
 * A figure adds one item per persons group that is not a breakdown of another in the set: a sum of ranges, with
 * the qualifiers of its parts (an `about` part makes the total `about`, an `at_least` part or an event of unknown
 * size makes it `at_least`), how many events it adds, how many of them are of unknown size, and the counts and
 * sources it rests on. Relations to counts outside the set are followed through the set's whole graph (a figure by
 * month still knows that two counts of different months are the same persons) but only counts inside are added.
 * Relations that loop (refused at write, possible in old data) are read as the same persons all round.
 */
import type { ReportedCount } from '../entities/index.js';
import { earliestDay } from '../values/partialDate.js';
import { mergeLoops, UnionFind } from './relationGraph.js';

export type CountQualifier = ReportedCount['qualifier'];

/** A reported count as figures read it: a stored count fits. */
export interface CountEntry {
  id: string;
  data: ReportedCount;
}

/** One source's count as a figure lists it. */
export interface FigureCount {
  id: string;
  count: number | null;
  qualifier: CountQualifier;
  dateFrom: string;
  dateTo?: string | undefined;
  group?: string | undefined;
  partOf?: string | undefined;
  sameEventAs?: string | undefined;
  samePersonsAs?: string | undefined;
  sourceIds: string[];
  /** Other readings of the count (another row, the notes): the event is the range of all its readings. */
  alternativeCounts?: number[] | undefined;
}

/** An event: the counts of it (one per source or report), and the range of their numbers (null: none gives one). */
export interface FigureEvent {
  /** The count that names the event: its earliest report, then the first by id. */
  event: string;
  min: number | null;
  max: number | null;
  qualifier: CountQualifier;
  counts: FigureCount[];
}

/** A breakdown of an item: never added to it. */
export interface FigureBreakdown extends FigureEvent {
  /** The events (named by `event`) its counts are directly part of, within the figure's counts. */
  partOf: string[];
}

/** What a figure adds: one group of persons, counted once. */
export interface FigureItem {
  event: string;
  /** What the item adds to the total: its persons, counted once; null when no count of it gives a number. */
  min: number | null;
  max: number | null;
  qualifier: CountQualifier;
  /** No count of it gives a number: an event all the same, of unknown size (its breakdowns do not size it). */
  unknownSize: boolean;
  /** A breakdown gives more than the item's counts: sources disagree, and someone should look. */
  breakdownExceedsWhole: boolean;
  /** The counts of the item's first event. */
  counts: FigureCount[];
  /** Later moves of the same persons: not added again. */
  samePersons: FigureEvent[];
  breakdowns: FigureBreakdown[];
}

/** A figure without its items: what a table cell carries. */
export interface ReportedFigureSummary {
  /** The sum of the items' ranges; null when nothing in it has a number (and it is not empty). */
  min: number | null;
  max: number | null;
  qualifier: CountQualifier;
  /** Distinct events added (groups of persons counted once). */
  events: number;
  /** Of those, events reported without a number: counted as events, never as zero persons. */
  unknownSizeEvents: number;
  /** Events listed as breakdowns, not added. */
  breakdowns: number;
  /** The reported counts it rests on, and their sources. */
  countIds: string[];
  sourceIds: string[];
}

export interface ReportedFigure extends ReportedFigureSummary {
  items: FigureItem[];
}

/** Qualifiers combined: `about` wins; `at_least` with `at_most` bounds nothing either way, so reads `about`. */
export function combineQualifiers(qualifiers: Iterable<CountQualifier>): CountQualifier {
  const seen = new Set(qualifiers);
  seen.delete('exact');
  if (seen.size === 0) return 'exact';
  if (seen.has('about') || seen.size > 1) return 'about';
  return [...seen][0] as CountQualifier;
}

const rangeOf = (numbers: number[]) =>
  numbers.length === 0 ? null : { min: Math.min(...numbers), max: Math.max(...numbers) };

function figureCount({ id, data }: CountEntry): FigureCount {
  const { count, qualifier, dateFrom, dateTo, group, partOf, sameEventAs, samePersonsAs } = data;
  const listed: FigureCount = { id, count, qualifier, dateFrom, sourceIds: [...data.sourceIds] };
  const optional = { dateTo, group, partOf, sameEventAs, samePersonsAs };
  for (const [key, value] of Object.entries(optional))
    if (value !== undefined) Object.assign(listed, { [key]: value });
  const alternatives = (data.alternatives ?? []).flatMap((alternative) => {
    const other = alternative.values.count;
    return typeof other === 'number' && Number.isSafeInteger(other) && other >= 0 ? [other] : [];
  });
  if (alternatives.length > 0) listed.alternativeCounts = alternatives;
  return listed;
}

/** Appends to the list under a key, making it when missing. */
function push<V>(map: Map<string, V[]>, key: string, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The counts of one figure, by persons group, and which groups sit above which. */
interface Layout {
  /** Group → its counts in the figure, earliest first. */
  groups: Map<string, string[]>;
  /** Event → the count that names it in this figure (its first count in it). */
  eventNames: Map<string, string>;
  /** Group → the top groups (items) it is a breakdown of; empty for a top group. */
  topsAbove: Map<string, string[]>;
}

/**
 * Reported counts with their relations worked out once: events, groups of the same persons, and which group is a
 * breakdown of which. Figures over any subset of the counts (an agreement's, a month's) are computed from it.
 */
export class ReportedFigureGraph {
  readonly counts = new Map<string, CountEntry>();
  /** Count id → its event, and count id → its persons group (each named by its earliest count). */
  private readonly eventOf = new Map<string, string>();
  private readonly groupOf = new Map<string, string>();
  /** Persons group → the groups it is a breakdown of. */
  private readonly parents = new Map<string, Set<string>>();
  private readonly order = new Map<string, number>();

  constructor(entries: Iterable<CountEntry>) {
    for (const entry of entries) this.counts.set(entry.id, entry);
    const sorted = [...this.counts.values()].sort(
      (left, right) =>
        earliestDay(left.data.dateFrom).localeCompare(earliestDay(right.data.dateFrom)) ||
        (left.id < right.id ? -1 : left.id > right.id ? 1 : 0),
    );
    sorted.forEach((entry, index) => this.order.set(entry.id, index));
    const events = new UnionFind(this.byOrder);
    const groups = new UnionFind(this.byOrder);
    for (const { id, data } of sorted) {
      if (data.sameEventAs && this.counts.has(data.sameEventAs)) events.union(id, data.sameEventAs);
      if (data.samePersonsAs && this.counts.has(data.samePersonsAs)) groups.union(id, data.samePersonsAs);
    }
    // The same event is the same persons: a group is a union of whole events.
    for (const { id } of sorted) groups.union(id, events.find(id));
    const partOf = sorted.flatMap(({ id, data }) =>
      data.partOf && this.counts.has(data.partOf) ? [[id, data.partOf] as const] : [],
    );
    mergeLoops(groups, partOf);
    for (const { id } of sorted) {
      this.eventOf.set(id, events.find(id));
      this.groupOf.set(id, groups.find(id));
    }
    for (const [child, parent] of partOf) {
      const from = groups.find(child);
      const to = groups.find(parent);
      if (from !== to) this.parents.set(from, (this.parents.get(from) ?? new Set()).add(to));
    }
  }

  /** The figure over these counts (ids not in the graph are ignored), relations resolved through the whole graph. */
  figure(countIds: Iterable<string> = this.counts.keys()): ReportedFigure {
    const members = [...new Set(countIds)].filter((id) => this.counts.has(id)).sort(this.byOrder);
    const layout = this.layout(members);
    const below = new Map<string, string[]>();
    for (const [group, tops] of layout.topsAbove) for (const top of tops) push(below, top, group);
    const items = [...layout.groups.keys()]
      .filter((group) => layout.topsAbove.get(group)?.length === 0)
      .sort(this.byOrder)
      .map((top) => this.item(layout, top, below.get(top) ?? []));
    return summarise(items, members, (id) => this.counts.get(id) as CountEntry);
  }

  private readonly byOrder = (left: string, right: string) =>
    (this.order.get(left) ?? 0) - (this.order.get(right) ?? 0);

  private layout(members: string[]): Layout {
    const groups = new Map<string, string[]>();
    const eventNames = new Map<string, string>();
    for (const id of members) {
      push(groups, this.groupOf.get(id) as string, id);
      const event = this.eventOf.get(id) as string;
      if (!eventNames.has(event)) eventNames.set(event, id);
    }
    const above = new Map<string, string[]>();
    for (const group of groups.keys()) above.set(group, this.ancestorsIn(group, groups));
    const topsAbove = new Map<string, string[]>();
    for (const [group, ancestors] of above)
      topsAbove.set(
        group,
        ancestors.filter((ancestor) => above.get(ancestor)?.length === 0).sort(this.byOrder),
      );
    return { groups, eventNames, topsAbove };
  }

  /** Every ancestor group of `group` that has counts in the figure. */
  private ancestorsIn(group: string, present: Map<string, string[]>): string[] {
    const seen = new Set<string>();
    const pending = [...(this.parents.get(group) ?? [])];
    while (pending.length > 0) {
      const next = pending.pop() as string;
      if (seen.has(next) || next === group) continue;
      seen.add(next);
      pending.push(...(this.parents.get(next) ?? []));
    }
    return [...seen].filter((ancestor) => present.has(ancestor));
  }

  /** The events of these counts, each with the range of its counts' numbers, earliest first. */
  private eventsOf(layout: Layout, countIds: readonly string[]): FigureEvent[] {
    const byEvent = new Map<string, FigureCount[]>();
    for (const id of countIds)
      push(byEvent, this.eventOf.get(id) as string, figureCount(this.counts.get(id) as CountEntry));
    return [...byEvent].map(([event, counts]) => {
      const numbered = counts.filter((count) => count.count !== null || count.alternativeCounts);
      // Every reading of every count of the event: sources that disagree, and a count read two ways, are a range.
      const range = rangeOf(
        numbered.flatMap((count) => [
          ...(count.count === null ? [] : [count.count]),
          ...(count.alternativeCounts ?? []),
        ]),
      );
      return {
        event: layout.eventNames.get(event) ?? event,
        min: range?.min ?? null,
        max: range?.max ?? null,
        qualifier: combineQualifiers(numbered.map((count) => count.qualifier)),
        counts,
      };
    });
  }

  private item(layout: Layout, top: string, below: string[]): FigureItem {
    const countsOf = (groups: string[]) => groups.flatMap((group) => layout.groups.get(group) ?? []);
    const [main, ...samePersons] = this.eventsOf(layout, countsOf([top])) as [FigureEvent, ...FigureEvent[]];
    const own = groupRange([main, ...samePersons]);
    const breakdowns = this.eventsOf(layout, countsOf(below.sort(this.byOrder))).map((event) => ({
      ...event,
      partOf: this.wholesOf(layout, event),
    }));
    const qualifiers = [main, ...samePersons]
      .filter((event) => event.min !== null)
      .map((event) => event.qualifier);
    return {
      event: main.event,
      min: own?.min ?? null,
      max: own?.max ?? null,
      // Unknown size: some number of persons, at least none; the total that adds it is at least its sum.
      qualifier: own === null ? 'at_least' : combineQualifiers(qualifiers),
      unknownSize: own === null,
      breakdownExceedsWhole:
        own !== null && breakdowns.some((breakdown) => breakdown.min !== null && breakdown.min > own.max),
      counts: main.counts,
      samePersons,
      breakdowns,
    };
  }

  /** The events (named as in the figure) that the event's counts are directly part of, when in the figure. */
  private wholesOf(layout: Layout, event: FigureEvent): string[] {
    const wholes = new Set<string>();
    for (const count of event.counts) {
      const whole = count.partOf === undefined ? undefined : this.eventOf.get(count.partOf);
      const name = whole === undefined ? undefined : layout.eventNames.get(whole);
      if (name !== undefined) wholes.add(name);
    }
    return [...wholes];
  }
}

/** The persons of a group: at least as many as in any of its events (the largest number is the group's). */
function groupRange(events: FigureEvent[]): { min: number; max: number } | null {
  const known = events.filter((event) => event.min !== null && event.max !== null);
  if (known.length === 0) return null;
  return {
    min: Math.max(...known.map((event) => event.min as number)),
    max: Math.max(...known.map((event) => event.max as number)),
  };
}

function summarise(
  items: FigureItem[],
  members: string[],
  entryOf: (id: string) => CountEntry,
): ReportedFigure {
  const known = items.filter((item) => item.min !== null);
  const sum = (pick: (item: FigureItem) => number | null) =>
    known.reduce((total, item) => total + (pick(item) ?? 0), 0);
  const empty = items.length === 0;
  return {
    min: empty ? 0 : known.length === 0 ? null : sum((item) => item.min),
    max: empty ? 0 : known.length === 0 ? null : sum((item) => item.max),
    qualifier: combineQualifiers(items.map((item) => item.qualifier)),
    events: items.length,
    unknownSizeEvents: items.filter((item) => item.unknownSize).length,
    breakdowns: new Set(items.flatMap((item) => item.breakdowns.map((breakdown) => breakdown.event))).size,
    countIds: members,
    sourceIds: [...new Set(members.flatMap((id) => entryOf(id).data.sourceIds))].sort(),
    items,
  };
}

/** The figure of a set of reported counts: see the module comment. */
export function reportedFigure(counts: Iterable<CountEntry>): ReportedFigure {
  return new ReportedFigureGraph(counts).figure();
}
