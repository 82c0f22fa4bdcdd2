import type { Bundle } from './bundle.js';
import { rulePackSchema } from './packSchema.js';
import type {
  Bilingual,
  DecidedFinding,
  Finding,
  Outcome,
  Predicate,
  RuleDefinition,
  RulePack,
} from './types.js';

/** Writes a fact value for a sentence: lists joined, absent values as "unknown". */
function word(value: unknown, language: 'en' | 'es'): string {
  if (value === undefined) return language === 'en' ? 'unknown' : 'desconocido';
  if (value === null) return language === 'en' ? 'none' : 'ninguno';
  if (Array.isArray(value))
    return value.length ? value.map((item) => word(item, language)).join(', ') : word(null, language);
  if (typeof value === 'boolean') return language === 'en' ? (value ? 'yes' : 'no') : value ? 'sí' : 'no';
  if (typeof value === 'object') return JSON.stringify(value);
  // Spanish writes a decimal comma: 1,5 horas.
  if (typeof value === 'number' && language === 'es') return String(value).replace('.', ',');
  return String(value);
}

/** Templates split once into literal text (even places) and placeholder names (odd places). */
const compiled = new Map<string, string[]>();

function fill(template: string, values: Record<string, unknown>, language: 'en' | 'es'): string {
  let parts = compiled.get(template);
  if (!parts) {
    parts = template.split(/\{([A-Za-z0-9_.]+)\}/);
    compiled.set(template, parts);
  }
  let text = parts[0] ?? '';
  for (let index = 1; index < parts.length; index += 2) {
    const name = parts[index] as string;
    text += (name in values ? word(values[name], language) : `{${name}}`) + (parts[index + 1] ?? '');
  }
  return text;
}

function decidedBy(outcome: Outcome, language: 'en' | 'es'): string {
  let list = '';
  for (const name in outcome.facts)
    list += `${list ? '; ' : ''}${name} = ${word(outcome.facts[name], language)}`;
  const missing = outcome.missingFacts?.length
    ? ` ${language === 'en' ? 'Missing facts' : 'Hechos que faltan'}: ${outcome.missingFacts.join(', ')}.`
    : '';
  const label = language === 'en' ? 'Decided by' : 'Hechos determinantes';
  return list ? `${label}: ${list}${list.endsWith('.') ? '' : '.'}${missing}` : missing.trim();
}

function explain(rule: RuleDefinition, text: Bilingual, outcome: Outcome, language: 'en' | 'es'): string {
  const values = { ...outcome.facts, ...outcome.words };
  return [
    fill(text[language], values, language),
    fill(rule.requires[language], values, language),
    decidedBy(outcome, language),
  ]
    .filter(Boolean)
    .join(' ');
}

/** A predicate's outcome, dressed with what the rule's data says of it. */
export function toFinding(rule: RuleDefinition, outcome: Outcome, packVersion: string): Finding {
  const definition = rule.outcomes[outcome.outcome];
  if (!definition) throw new Error(`rule ${rule.id} has no outcome "${outcome.outcome}"`);
  const authorityStatus = definition.authorityStatus ?? rule.authorityStatus;
  return {
    ruleId: rule.id,
    severity: definition.severity,
    authorityStatus,
    contested: definition.contested ?? authorityStatus === 'contested',
    title: rule.title.en,
    explanation: explain(rule, definition.explanation, outcome, 'en'),
    es: { title: rule.title.es, explanation: explain(rule, definition.explanation, outcome, 'es') },
    citations: definition.citations ?? rule.citations,
    facts: outcome.facts,
    ...(outcome.missingFacts ? { missingFacts: outcome.missingFacts } : {}),
    ...(outcome.potentialSeverity ? { potentialSeverity: outcome.potentialSeverity } : {}),
    outcome: outcome.outcome,
    packVersion,
  };
}

const compiledPacks = new WeakMap<
  RulePack,
  WeakMap<object, Array<{ rule: RuleDefinition; predicate: Predicate }>>
>();

/** Pairs every rule of a pack with its predicate, once per pack; a rule without one is a programming error. */
export function compilePack(pack: RulePack, predicates: Record<string, Predicate>) {
  let byPredicates = compiledPacks.get(pack);
  if (!byPredicates) {
    byPredicates = new WeakMap();
    compiledPacks.set(pack, byPredicates);
  }
  let compiled = byPredicates.get(predicates);
  if (!compiled) {
    const valid = rulePackSchema.safeParse(pack);
    if (!valid.success)
      throw new Error(`rule pack ${pack.id} ${pack.version} is not valid: ${valid.error.message}`);
    for (const rule of pack.rules) {
      if (!predicates[rule.id])
        throw new Error(`rule pack ${pack.id} ${pack.version}: no predicate for rule ${rule.id}`);
    }
    compiled = pack.rules.map((rule) => ({ rule, predicate: predicates[rule.id] as Predicate }));
    byPredicates.set(predicates, compiled);
  }
  return compiled;
}

/**
 * What each rule of the pack decides for a (schema-valid) bundle, without the words. Pure and deterministic:
 * findings come in the pack's rule order, then in the order each predicate gives its outcomes.
 */
export function decideBundle(
  bundle: Bundle,
  pack: RulePack,
  predicates: Record<string, Predicate>,
): DecidedFinding[] {
  const decided: DecidedFinding[] = [];
  for (const { rule, predicate } of compilePack(pack, predicates)) {
    for (const outcome of predicate(bundle, rule)) {
      const definition = rule.outcomes[outcome.outcome];
      if (!definition) throw new Error(`rule ${rule.id} has no outcome "${outcome.outcome}"`);
      decided.push({
        ruleId: rule.id,
        outcome: outcome.outcome,
        severity: definition.severity,
        facts: outcome.facts,
        ...(outcome.missingFacts ? { missingFacts: outcome.missingFacts } : {}),
        ...(outcome.potentialSeverity ? { potentialSeverity: outcome.potentialSeverity } : {}),
        ...(outcome.words ? { words: outcome.words } : {}),
        packVersion: pack.version,
      });
    }
  }
  return decided;
}

const rulesById = new WeakMap<RulePack, Map<string, RuleDefinition>>();

/** A stored decision in words, from the data of the pack it was made under. */
export function renderFinding(decided: DecidedFinding, pack: RulePack): Finding {
  let rules = rulesById.get(pack);
  if (!rules) {
    rules = new Map(pack.rules.map((rule) => [rule.id, rule]));
    rulesById.set(pack, rules);
  }
  const rule = rules.get(decided.ruleId);
  const outcome: Outcome = {
    outcome: decided.outcome,
    facts: decided.facts,
    ...(decided.missingFacts ? { missingFacts: decided.missingFacts } : {}),
    ...(decided.potentialSeverity ? { potentialSeverity: decided.potentialSeverity } : {}),
    ...(decided.words ? { words: decided.words } : {}),
  };
  if (rule?.outcomes[decided.outcome]) return toFinding(rule, outcome, decided.packVersion);
  // Decided under a pack that no longer has this rule; shown as stored until it is re-evaluated.
  return {
    ruleId: decided.ruleId,
    severity: decided.severity,
    authorityStatus: 'binding',
    contested: false,
    title: decided.ruleId,
    explanation: '',
    es: { title: decided.ruleId, explanation: '' },
    citations: [],
    facts: decided.facts,
    outcome: decided.outcome,
    packVersion: decided.packVersion,
  };
}

/** Evaluates a (schema-valid) bundle against every rule of the pack, findings in words. */
export function evaluateBundle(
  bundle: Bundle,
  pack: RulePack,
  predicates: Record<string, Predicate>,
): Finding[] {
  return decideBundle(bundle, pack, predicates).map((decided) => renderFinding(decided, pack));
}
