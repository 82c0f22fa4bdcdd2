import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundleSchema } from '../../src/core/rules/bundle.js';
import { CORE_PACK, CORE_PREDICATES } from '../../src/core/rules/core/pack.js';
import { evaluateBundle } from '../../src/core/rules/engine.js';
import { evaluateInput } from '../../src/core/rules/evaluate.js';

const worked = JSON.parse(
  readFileSync(new URL('../fixtures/rules-md-worked-bundle.json', import.meta.url), 'utf8'),
);

function summary(input: unknown): string[] {
  return evaluateBundle(bundleSchema.parse(input), CORE_PACK, CORE_PREDICATES).map(
    (finding) => `${finding.ruleId} ${finding.severity}`,
  );
}

/** A deterministic shuffle (seeded), so a failure can be replayed. */
function shuffled<T>(items: T[], seed: number): T[] {
  const copy = [...items];
  let state = seed;
  for (let index = copy.length - 1; index > 0; index -= 1) {
    state = (state * 1103515245 + 12345) % 2147483648;
    const other = state % (index + 1);
    [copy[index], copy[other]] = [copy[other] as T, copy[index] as T];
  }
  return copy;
}

describe('the worked bundle of RULES.md', () => {
  const findings = summary(worked);

  it('finds what the catalogue implies for it', () => {
    // The BIA appeal filed 2025-01-30 is undecided at departure: no final order, and an automatic stay.
    expect(findings).toContain('US-FINAL-ORDER violation');
    expect(findings).toContain('US-STAY violation');
    // South Sudan is neither named on the order nor a nationality, and no acceptance is recorded.
    expect(findings).toContain('US-241B-DESTINATION warning');
    // Fear of South Sudan raised at 10:00, screening referred at 11:00, no decision before the 16:00 departure.
    expect(findings).toContain('US-3C-ICE-FEAR violation');
    // A class C removal after the Supreme Court's stay of the D.V.D. injunction: info, stayed.
    const dvd = evaluateBundle(bundleSchema.parse(worked), CORE_PACK, CORE_PREDICATES).filter(
      (finding) => finding.ruleId === 'US-3C-DVD',
    );
    expect(dvd.length).toBeGreaterThan(0);
    for (const finding of dvd) expect(finding).toMatchObject({ severity: 'info', authorityStatus: 'stayed' });
    // Not individually assessed, under an arrangement that is not legally binding.
    expect(findings).toContain('INT-TRANSFER-ARRANGEMENT warning');
  });

  it('stays silent where a rule is not triggered', () => {
    const rules = new Set(findings.map((finding) => finding.split(' ')[0]));
    // The withholding grant is for El Salvador, not South Sudan; the J.G.G. order was vacated before departure.
    for (const silent of [
      'US-241B3-PROTECTED-COUNTRY',
      'US-AEA-SCOPE',
      'US-AEA-JGG-TRO',
      'US-COURT-ORDER',
      'US-ER-FEAR',
      'UK-RWANDA',
    ]) {
      expect(rules.has(silent), silent).toBe(false);
    }
  });

  it('gives the same findings whatever the order of the facts in the bundle, every time', () => {
    const lists = [
      'appeals',
      'stays',
      'notices',
      'fearClaims',
      'screenings',
      'protectionGrants',
      'courtOrders',
      'assurances',
    ];
    const extended = {
      ...worked,
      stays: [
        ...worked.stays,
        { kind: 'administrative', from: '2025-07-31T00:00:00Z', to: '2025-08-02T00:00:00Z' },
      ],
      notices: [
        ...worked.notices,
        {
          servedAt: '2025-07-20T08:00:00Z',
          toPerson: true,
          toCounsel: true,
          language: 'es',
          namesCountry: 'SSD',
          kind: 'third_country',
        },
      ],
    };
    const expected = [...summary(extended)].sort();
    for (let seed = 1; seed <= 20; seed += 1) {
      const reordered: Record<string, unknown> = Object.fromEntries(shuffled(Object.entries(extended), seed));
      for (const list of lists) reordered[list] = shuffled(extended[list] as unknown[], seed * 7);
      expect([...summary(reordered)].sort()).toEqual(expected);
    }
    expect(JSON.stringify(evaluateInput(extended))).toBe(
      JSON.stringify(evaluateInput(structuredClone(extended))),
    );
  });

  it('evaluates an array bundle by bundle, naming the index and field of a bad one', () => {
    const broken = { ...worked, transfer: { ...worked.transfer, departureAt: '2025-02-30T10:00:00Z' } };
    const results = evaluateInput([worked, broken, { version: 2 }]) as Array<Record<string, any>>; // eslint-disable-line @typescript-eslint/no-explicit-any -- checked field by field
    expect(results).toHaveLength(3);
    expect(results[0]?.findings.length).toBeGreaterThan(0);
    expect(results[1]?.error).toMatchObject({ code: 'invalid_bundle', index: 1 });
    expect(results[1]?.error.issues[0].path).toEqual(['transfer', 'departureAt']);
    expect(results[2]?.error.index).toBe(2);
    expect(results[2]?.error.issues.map((issue: { path: string[] }) => issue.path[0])).toContain('version');
  });
});
