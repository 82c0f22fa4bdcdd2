import type { Bundle } from '../../src/core/rules/bundle.js';
import { CORE_PACK, CORE_PREDICATES } from '../../src/core/rules/core/pack.js';
import { evaluateBundle } from '../../src/core/rules/engine.js';
import type { RuleDefinition } from '../../src/core/rules/types.js';

/**
 * `severity:outcome` of one rule's findings under a pack whose copy of that rule was amended: shows the predicate
 * reads its windows and thresholds from the data, so an amendment needs no code.
 */
export function outcomesUnderAmendedRule(
  ruleId: string,
  amend: (rule: RuleDefinition) => RuleDefinition,
  input: Bundle,
): string[] {
  const pack = {
    ...CORE_PACK,
    rules: CORE_PACK.rules.map((rule) => (rule.id === ruleId ? amend(rule) : rule)),
  };
  return evaluateBundle(input, pack, CORE_PREDICATES)
    .filter((finding) => finding.ruleId === ruleId)
    .map((finding) => `${finding.severity}:${finding.outcome}`);
}
