import type { FindingFigures, StatsRow } from '../ports/store.js';
import type { RulePack } from '../rules/types.js';

/** Authorities that no longer hold: a finding resting on them is kept apart from those resting on law in force. */
const NO_LONGER_IN_FORCE = new Set(['stayed', 'vacated']);

/** The `ruleId#outcome` keys of the pack whose authority was stayed or vacated. */
export function outcomesApart(pack: RulePack): string[] {
  return pack.rules.flatMap((rule) =>
    Object.entries(rule.outcomes)
      .filter(([, outcome]) => NO_LONGER_IN_FORCE.has(outcome.authorityStatus ?? rule.authorityStatus))
      .map(([name]) => `${rule.id}#${name}`),
  );
}

/** Findings counted one way (by severity, by rule), with their total. */
export interface FindingCountTables {
  total: number;
  bySeverity: StatsRow[];
  byRule: StatsRow[];
}

function tables(groups: FindingFigures['groups']): FindingCountTables {
  const add = (map: Map<string, number>, key: string, value: number) =>
    map.set(key, (map.get(key) ?? 0) + value);
  const bySeverity = new Map<string, number>();
  const byRule = new Map<string, number>();
  for (const group of groups) {
    add(bySeverity, group.severity, group.findings);
    add(byRule, group.ruleId, group.findings);
  }
  const rows = (map: Map<string, number>) =>
    [...map].sort(([left], [right]) => left.localeCompare(right)).map(([key, value]) => ({ key, value }));
  return {
    total: groups.reduce((sum, group) => sum + group.findings, 0),
    bySeverity: rows(bySeverity),
    byRule: rows(byRule),
  };
}

/**
 * The findings figures of transfers of some statuses: findings resting on authority in force, those resting on an
 * authority later stayed or vacated (kept apart, never added), and transfers with at least one violation in force.
 */
export function findingFiguresView(figures: FindingFigures, statuses: readonly string[]) {
  return {
    statuses: [...statuses],
    inForce: tables(figures.groups.filter((group) => !group.apart)),
    stayedOrVacated: tables(figures.groups.filter((group) => group.apart)),
    transfersWithViolation: figures.transfersWithViolation,
  };
}
export type FindingFiguresView = ReturnType<typeof findingFiguresView>;
