import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI_ACTOR, type Application } from '../../src/app.js';
import type { ClockId } from '../../src/core/rules/deadlines.data.js';
import type { Deadline } from '../../src/core/rules/deadlines.js';
import { seedDemoIfEmpty } from '../../src/cli/commands/seed.js';
import { insertDataset } from '../../src/core/usecases/insertDataset.js';
import { getPersonDeadlines } from '../../src/core/usecases/personDeadlines.js';
import { buildDemoData, validateDemoData, type DemoData } from '../../src/demo/index.js';
import { RECENT_SCENARIOS } from '../../src/demo/synthetic/planRecent.js';
import { DIALECTS, freshApplication } from '../helpers/stores.js';

/** Two seeding times, off the quarter hour on purpose (the demo dates its recent cases from the quarter hour). */
const ANCHORS = ['2026-03-01T09:07:31.250Z', '2027-11-15T17:52:00.000Z'] as const;

/** The clocks each recent scenario is built to have open at the seeding time. */
const OPEN_BY_SCENARIO: Record<string, ClockId[]> = {
  recent_order_inside_appeal_window: ['bia-appeal'],
  recent_appeal_dismissed: ['petition-for-review', 'motion-to-reopen', 'zadvydas'],
  recent_held_after_final_order: ['zadvydas'],
  recent_third_country_notice_yesterday: ['dvd-meaningful-opportunity', 'dvd-negative-fear-finding'],
  recent_third_country_notice_hours_ago: [
    'dvd-meaningful-opportunity',
    'ice-third-country-notice-24h',
    'ice-third-country-notice-6h',
    'ice-fear-screening-decision',
  ],
  recent_costa_rica_arrival: ['costa-rica-status-decision'],
  recent_aea_notice_colorado: ['aea-notice-21-days'],
};

const RECENT_COUNT = RECENT_SCENARIOS.reduce((sum, scenario) => sum + scenario.count, 0);

/** The recent persons (the last ones made, scenario by scenario) with the clocks their scenario opens. */
function recentPersons(data: DemoData): Array<{ personId: string; scenario: string; clocks: ClockId[] }> {
  const persons = data.person.slice(-RECENT_COUNT).map((person) => person.id);
  const scenarios = RECENT_SCENARIOS.flatMap((scenario) => Array<string>(scenario.count).fill(scenario.name));
  return persons.map((personId, index) => {
    const scenario = scenarios[index] ?? '';
    return { personId, scenario, clocks: OPEN_BY_SCENARIO[scenario] ?? [] };
  });
}

const SEEDINGS = ANCHORS.flatMap((anchor) => DIALECTS.map((dialect) => [anchor, dialect] as const));

describe.each(SEEDINGS)('the demo seeded at %s [%s]', (anchorText, dialect) => {
  const anchor = new Date(anchorText);
  let application: Application;
  let data: DemoData;
  const openByPerson = new Map<string, Deadline[]>();

  beforeAll(async () => {
    application = await freshApplication(dialect, () => anchor);
    data = buildDemoData(anchor);
    await insertDataset(application.context(CLI_ACTOR), data);
    for (const { id } of data.person) {
      const { deadlines } = await getPersonDeadlines(application.store, id, 'admin', anchor);
      const open = deadlines.filter((deadline) => deadline.open);
      if (open.length > 0) openByPerson.set(id, open);
    }
  }, 120_000);
  afterAll(async () => {
    await application.close();
  });

  it('passes the demo validation', () => {
    expect(() => validateDemoData(data)).not.toThrow();
  });

  it('has at least three persons with open clocks, each recent case with the clocks it was built for', () => {
    expect(openByPerson.size).toBeGreaterThanOrEqual(3);
    for (const { personId, scenario, clocks } of recentPersons(data)) {
      expect(clocks.length, scenario).toBeGreaterThan(0);
      const open = openByPerson.get(personId) ?? [];
      for (const clock of clocks) {
        const deadline = open.find((candidate) => candidate.clock === clock);
        expect(deadline, `${scenario} ${personId} ${clock}`).toBeDefined();
        expect(deadline?.timeLeftMs).toBeGreaterThan(0);
        expect(Date.parse(deadline?.startsAt ?? '')).toBeLessThanOrEqual(anchor.getTime());
      }
    }
    const designed = new Set(Object.values(OPEN_BY_SCENARIO).flat());
    const seen = new Set([...openByPerson.values()].flat().map((deadline) => deadline.clock));
    for (const clock of designed) expect(seen, clock).toContain(clock);
  });

  it('keeps the recent cases fictional, with records from fictional sources', () => {
    const fictional = new Set(
      data.source.filter((source) => source.data.fictional).map((source) => source.id),
    );
    for (const { personId } of recentPersons(data)) {
      expect(data.person.find((person) => person.id === personId)?.data.fictional).toBe(true);
      const records = data.personRecord.filter((record) => record.data.personId === personId);
      expect(records.length).toBeGreaterThan(0);
      const facts = [...records, ...data.legalEvent, ...data.transfer, ...data.custodyEvent].filter(
        (entity) => entity.data.personId === personId,
      );
      expect(facts.every((fact) => fact.data.sourceIds.every((id) => fictional.has(id)))).toBe(true);
    }
  });
});

describe('seed --demo', () => {
  it("dates the recent cases from the registry's clock", async () => {
    const anchor = new Date(ANCHORS[1]);
    const application = await freshApplication('sqlite', () => anchor);
    try {
      expect(await seedDemoIfEmpty(application)).toBe(true);
      const persons = recentPersons(buildDemoData(anchor));
      const open = [];
      for (const { personId } of persons) {
        const { deadlines } = await getPersonDeadlines(application.store, personId, 'admin', anchor);
        if (deadlines.some((deadline) => deadline.open)) open.push(personId);
      }
      expect(open).toEqual(persons.map((person) => person.personId));
    } finally {
      await application.close();
    }
  });
});

describe('the demo and its anchor', () => {
  const [first, second] = ANCHORS.map((text) => new Date(text)) as [Date, Date];
  const QUARTER_HOUR = 15 * 60_000;
  const DAY = 86_400_000;
  const floor = (date: Date) => Math.floor(date.getTime() / QUARTER_HOUR) * QUARTER_HOUR;

  it('gives byte-identical data for the same anchor', () => {
    expect(JSON.stringify(buildDemoData(first))).toBe(JSON.stringify(buildDemoData(first)));
  });

  it('moves only the recent cases, and every one of their instants by the same amount', () => {
    const before = buildDemoData(first);
    const after = buildDemoData(second);
    const shift = floor(second) - floor(first);
    const recent = new Set(recentPersons(before).map((person) => person.personId));
    const changed = new Set<string>();
    for (const kind of Object.keys(before) as Array<keyof DemoData>) {
      const later = after[kind] as Array<{ id: string; data: object }>;
      expect(later.map((entity) => entity.id)).toEqual(before[kind].map((entity) => entity.id));
      before[kind].forEach((entity, index) => {
        const moved = later[index]?.data;
        if (JSON.stringify(moved) === JSON.stringify(entity.data)) return;
        changed.add((entity.data as { personId?: string }).personId ?? entity.id);
        const days: string[] = [];
        const earlier: string[] = [];
        expect(shiftedBack(moved, shift, days)).toEqual(shiftedBack(entity.data, 0, earlier));
        days.forEach((day, position) => {
          const drift = Date.parse(day) - Date.parse(earlier[position] ?? '') - shift;
          // A day written in local time may move a day more or less than the instant, around midnight.
          expect(Math.abs(drift)).toBeLessThanOrEqual(DAY + QUARTER_HOUR * 4);
        });
      });
    }
    expect([...changed].sort()).toEqual([...recent].sort());
  });
});

const FULL_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The value with each instant moved back by `shift` ms and written in UTC (its offset dropped: daylight time may
 * differ), and each full-day date replaced by a placeholder and collected, in order, in `days`.
 */
function shiftedBack(value: unknown, shift: number, days: string[]): unknown {
  if (typeof value === 'string' && FULL_DAY.test(value)) {
    days.push(value);
    return '<day>';
  }
  if (Array.isArray(value)) return value.map((item) => shiftedBack(item, shift, days));
  if (value === null || typeof value !== 'object') return value;
  if ('utc' in value && 'offset' in value && typeof value.utc === 'string')
    return new Date(Date.parse(value.utc) - shift).toISOString();
  return Object.fromEntries(
    Object.entries(value).map(([key, field]) => [key, shiftedBack(field, shift, days)]),
  );
}
