import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  protectFamily,
  publishedCellOf,
  SMALL_COUNT_THRESHOLD,
  type CountCell,
  type ProtectedFamily,
} from '../../src/core/access/disclosure.js';
import { attack, type SeenFamily } from '../helpers/disclosureAttacker.js';

const T = SMALL_COUNT_THRESHOLD;

function cells(counts: Record<string, number>): CountCell[] {
  return Object.entries(counts).map(([key, value]) => ({ key, value }));
}

function family<Name extends string>(tables: Record<Name, CountCell[]>) {
  const first = (Object.values(tables) as CountCell[][])[0] ?? [];
  return { total: first.reduce((sum, cell) => sum + cell.value, 0), tables };
}

function seen(name: string, published: ProtectedFamily<string>): SeenFamily {
  return {
    name,
    total: published.total,
    tables: Object.entries(published.tables).map(([table, { cells, withheld }]) => ({
      name: table,
      withheld,
      cells,
    })),
  };
}

/** Every suppressed cell and withheld total as loose as "suppressed" says; returns the attacker's findings. */
async function expectProtected(published: ProtectedFamily<string>, threshold = T) {
  const result = await attack([seen('family', published)]);
  for (const bounds of [...result.cells, ...result.totals]) {
    expect(bounds.lower, JSON.stringify(bounds)).toBeLessThanOrEqual(1);
    expect(bounds.upper, JSON.stringify(bounds)).toBeGreaterThanOrEqual(threshold - 1);
  }
  return result;
}

describe('protectFamily', () => {
  it('hides a single small cell together with the smallest other cell', async () => {
    const published = protectFamily(family({ byMonth: cells({ a: 10, b: 3, c: 20, d: 10 }) }));
    expect(published.total).toBe(43);
    expect(published.tables.byMonth).toEqual({
      withheld: false,
      cells: [
        { key: 'a', value: null, suppressed: true },
        { key: 'b', value: null, suppressed: true },
        { key: 'c', value: 20 },
        { key: 'd', value: 10 },
      ],
    });
    const result = await expectProtected(published);
    expect(result.cells.find((cell) => cell.key === 'b')).toMatchObject({ lower: 1, upper: 12 });
  });

  it('does not leave two cells of 1 alone, whose sum the total gives', async () => {
    const published = protectFamily(family({ byRule: cells({ x: 1, y: 1, z: 9, w: 30 }) }));
    expect(published.tables.byRule.cells).toEqual([
      { key: 'x', value: null, suppressed: true },
      { key: 'y', value: null, suppressed: true },
      { key: 'z', value: null, suppressed: true },
      { key: 'w', value: 30 },
    ]);
    await expectProtected(published);
  });

  it('publishes nothing of a family whose total is under the threshold, not even keys', async () => {
    const published = protectFamily(
      family({ byMonth: cells({ a: 1, b: 1, c: 1 }), byDestination: cells({ SLV: 3 }) }),
    );
    expect(published).toEqual({
      total: null,
      tables: { byMonth: { cells: [], withheld: true }, byDestination: { cells: [], withheld: true } },
    });
    const result = await expectProtected(published);
    expect(result.totals).toEqual([{ family: 'family', lower: 0, upper: Infinity }]);
  });

  it('hides every cell of a table of small cells when that is enough, and withholds the table when not', async () => {
    const published = protectFamily(
      family({
        byDestination: cells({ SLV: 2, CRI: 3, PAN: 3 }),
        // Seven months each at least 1 in a total of 8: none above 2, whatever is hidden.
        byMonth: cells({ '01': 1, '02': 1, '03': 1, '04': 1, '05': 1, '06': 1, '07': 2 }),
        byBasis: cells({ AEA: 8 }),
      }),
    );
    expect(published.total).toBe(8);
    expect(published.tables.byDestination.cells.every((cell) => cell.value === null)).toBe(true);
    expect(published.tables.byMonth).toEqual({ cells: [], withheld: true });
    expect(published.tables.byBasis.cells).toEqual([{ key: 'AEA', value: 8 }]);
    await expectProtected(published);
  });

  it('shows everything when nothing is small', async () => {
    const counts = { byAgreement: cells({ a: 5, b: 12 }), byBasis: [{ key: null, value: 17 }] };
    const published = protectFamily(family(counts));
    expect(published).toEqual({
      total: 17,
      tables: {
        byAgreement: { cells: counts.byAgreement, withheld: false },
        byBasis: { cells: counts.byBasis, withheld: false },
      },
    });
  });

  it('publishes an empty registry as zero, with empty tables', () => {
    expect(protectFamily({ total: 0, tables: { byRule: [] } })).toEqual({
      total: 0,
      tables: { byRule: { cells: [], withheld: false } },
    });
  });

  it('breaks ties between complementary cells by key, the null key first, whatever the input order', () => {
    const hidden = (table: CountCell[]) =>
      protectFamily(family({ table })).tables.table.cells.flatMap((cell) =>
        cell.value === null ? [cell.key] : [],
      );
    expect(hidden(cells({ m: 2, z: 7, b: 7 }))).toEqual(['m', 'b']);
    expect(hidden([...cells({ z: 7, b: 7, m: 2 }), { key: null, value: 7 }])).toEqual(['m', null]);
  });

  it('refuses tables that do not add up to the total, or list a key twice', () => {
    expect(() => protectFamily({ total: 10, tables: { a: cells({ x: 4, y: 5 }) } })).toThrow(
      /adds up to 9, not to the total 10/,
    );
    expect(() =>
      protectFamily({
        total: 10,
        tables: {
          a: [
            { key: 'x', value: 5 },
            { key: 'x', value: 5 },
          ],
        },
      }),
    ).toThrow(/twice/);
  });

  it('reads a key a published table does not list as zero, and nothing of a withheld table', () => {
    const published = protectFamily(family({ a: cells({ x: 3, y: 9 }), b: cells({ u: 1, v: 1, w: 10 }) }));
    expect(publishedCellOf(published.tables.a, 'x')).toEqual({ key: 'x', value: null, suppressed: true });
    expect(publishedCellOf(published.tables.a, 'absent')).toEqual({ key: 'absent', value: 0 });
    const withheld = protectFamily(family({ a: cells({ x: 1, y: 2 }) }));
    expect(publishedCellOf(withheld.tables.a, 'x')).toBeNull();
  });
});

describe('the attacker', () => {
  it('finds what suppressing small cells alone gives away', async () => {
    const naive: SeenFamily = {
      name: 'naive',
      total: 43,
      tables: [
        {
          name: 'byMonth',
          withheld: false,
          cells: [
            { key: 'a', value: 40 },
            { key: 'b', value: null, suppressed: true },
          ],
        },
        {
          name: 'byRule',
          withheld: false,
          cells: [
            { key: 'x', value: 41 },
            { key: 'y', value: null, suppressed: true },
            { key: 'z', value: null, suppressed: true },
          ],
        },
      ],
    };
    expect((await attack([naive])).cells).toEqual([
      { family: 'naive', table: 'byMonth', key: 'b', lower: 3, upper: 3 },
      { family: 'naive', table: 'byRule', key: 'y', lower: 1, upper: 1 },
      { family: 'naive', table: 'byRule', key: 'z', lower: 1, upper: 1 },
    ]);
  });

  it('bounds cells across tables through a withheld total', async () => {
    const keysOnly: SeenFamily = {
      name: 'keys',
      total: null,
      tables: [
        {
          name: 'byMonth',
          withheld: false,
          cells: ['a', 'b', 'c'].map((key) => ({ key, value: null, suppressed: true })),
        },
        { name: 'byDestination', withheld: false, cells: [{ key: 'SLV', value: null, suppressed: true }] },
        { name: 'byBasis', withheld: true, cells: [] },
      ],
    };
    const result = await attack([keysOnly]);
    expect(result.cells.find((cell) => cell.key === 'SLV')).toMatchObject({ lower: 3, upper: Infinity });
    expect(result.totals).toEqual([{ family: 'keys', lower: 3, upper: Infinity }]);
  });

  it('uses what is published about a cell elsewhere, and refuses contradictions', async () => {
    const table: SeenFamily = {
      name: 'transfers',
      total: 20,
      tables: [
        {
          name: 'byAgreement',
          withheld: false,
          cells: [
            { key: 'a', value: null, suppressed: true },
            { key: 'b', value: null, suppressed: true },
          ],
        },
      ],
    };
    const told = [{ family: 'transfers', table: 'byAgreement', key: 'a', value: 6 }];
    expect((await attack([table], told)).cells).toContainEqual(
      expect.objectContaining({ key: 'b', lower: 14, upper: 14 }),
    );
    const absent = [{ family: 'transfers', table: 'byAgreement', key: 'c', value: null, suppressed: true }];
    await expect(attack([table], absent)).rejects.toThrow(/shown as 0 and as suppressed/);
  });
});

/** A family of random partitions of one random total, some tiny: each unit of the total gets a key per table. */
const randomFamily = fc
  .record({
    total: fc.oneof(fc.integer({ min: 0, max: 9 }), fc.integer({ min: 10, max: 60 })),
    tables: fc.integer({ min: 1, max: 4 }),
    threshold: fc.oneof(fc.constant(T), fc.integer({ min: 2, max: 8 })),
  })
  .chain(({ total, tables, threshold }) =>
    fc.record({
      threshold: fc.constant(threshold),
      tables: fc.array(
        fc.integer({ min: 1, max: 9 }).chain((keys) =>
          fc.array(fc.oneof(fc.integer({ min: 0, max: keys - 1 }), fc.constant(0)), {
            minLength: total,
            maxLength: total,
          }),
        ),
        { minLength: tables, maxLength: tables },
      ),
      total: fc.constant(total),
    }),
  )
  .map(({ threshold, total, tables }) => ({
    threshold,
    family: {
      total,
      tables: Object.fromEntries(
        tables.map((units, index) => {
          const counts = new Map<string | null, number>();
          for (const unit of units) {
            const key = unit === 0 ? null : `k${unit}`;
            counts.set(key, (counts.get(key) ?? 0) + 1);
          }
          return [`table${index}`, [...counts].map(([key, value]) => ({ key, value }))];
        }),
      ),
    },
  }));

describe('protectFamily on random families', () => {
  it('leaves every suppressed cell and withheld total as loose as suppressed says, and shows only true, large counts', async () => {
    await fc.assert(
      fc.asyncProperty(randomFamily, async ({ threshold, family: input }) => {
        const published = protectFamily(input, threshold);
        await expectProtected(published, threshold);
        if (published.total !== null) expect(published.total).toBe(input.total);
        expect(published.total === null || published.total === 0 || published.total >= threshold).toBe(true);
        for (const [name, table] of Object.entries(published.tables)) {
          const truth = new Map((input.tables[name] ?? []).map((cell) => [cell.key, cell.value]));
          if (table.withheld) expect(table.cells).toEqual([]);
          else expect(table.cells.map((cell) => cell.key)).toEqual([...truth.keys()]);
          for (const cell of table.cells) {
            if (cell.value === null) continue;
            expect(cell.value).toBe(truth.get(cell.key));
            expect(cell.value).toBeGreaterThanOrEqual(threshold);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
