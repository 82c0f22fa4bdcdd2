import type { Bundle } from './bundle.js';
import type { Bilingual, Finding, Outcome, Predicate, RuleDefinition, RulePack } from './types.js';

/** Writes a fact value for a sentence: lists joined, absent values as "unknown". */
function word(value: unknown, language: 'en' | 'es'): string {
  if (value === undefined) return language === 'en' ? 'unknown' : 'desconocido';
  if (value === null) return language === 'en' ? 'none' : 'ninguno';
  if (Array.isArray(value))
    return value.length ? value.map((item) => word(item, language)).join(', ') : word(null, language);
  if (typeof value === 'boolean') return language === 'en' ? (value ? 'yes' : 'no') : value ? 'sí' : 'no';
  if (typeof value === 'object') return JSON.stringify(value);
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

/** Pairs every rule of a pack with its predicate; a rule without one is a programming error, found at start. */
export function compilePack(pack: RulePack, predicates: Record<string, Predicate>) {
  for (const rule of pack.rules) {
    if (!predicates[rule.id])
      throw new Error(`rule pack ${pack.id} ${pack.version}: no predicate for rule ${rule.id}`);
  }
  return pack.rules.map((rule) => ({ rule, predicate: predicates[rule.id] as Predicate }));
}

/**
 * Evaluates a (schema-valid) bundle against every rule of the pack. Pure and deterministic: findings come in the
 * pack's rule order, then in the order each predicate gives its outcomes.
 */
export function evaluateBundle(
  bundle: Bundle,
  pack: RulePack,
  predicates: Record<string, Predicate>,
): Finding[] {
  return compilePack(pack, predicates).flatMap(({ rule, predicate }) =>
    predicate(bundle, rule).map((outcome) => toFinding(rule, outcome, pack.version)),
  );
}
