import { renderFinding } from '../rules/engine.js';
import type { DecidedFinding, Finding, RulePack } from '../rules/types.js';
import { roleAtLeast, type Role } from '../roles.js';
import { birthYearOnly, WITHHELD } from './entityPresenter.js';

/** Fact names whose values single a person out: a birth date (viewers see its year), and court case names. */
const BIRTH_DATE = /(^|\.)birthDate$/;
const CASE_TEXT = /(^|\.)(case|docket|orderKey)$|^order\.id$/;

/** A value with every birth date cut to its year and every case name or docket withheld, at any depth. */
function redact(value: unknown, key = ''): unknown {
  if (BIRTH_DATE.test(key)) return birthYearOnly(value);
  if (CASE_TEXT.test(key) && value !== undefined && value !== null) return WITHHELD;
  if (Array.isArray(value)) return value.map((item) => redact(item));
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([name, item]) => [name, redact(item, name)]));
  return value;
}

/**
 * A stored finding in words, as the role may see it. Below editor, the facts it rests on are redacted before the
 * explanation is rendered from them, so neither the facts nor the English and Spanish words carry a full birth
 * date or a case name (the same rule as for the person records themselves).
 */
export function presentFinding(decided: DecidedFinding, pack: RulePack, role: Role): Finding {
  if (roleAtLeast(role, 'editor')) return renderFinding(decided, pack);
  return renderFinding(
    {
      ...decided,
      facts: redact(decided.facts) as DecidedFinding['facts'],
      ...(decided.words ? { words: redact(decided.words) as DecidedFinding['words'] } : {}),
    },
    pack,
  );
}

/** Any answer derived from the rules (deadlines, their facts), as the role may see it. */
export function presentRuleFacts<T>(value: T, role: Role): T {
  return roleAtLeast(role, 'editor') ? value : (redact(value) as T);
}

/** The case bundle a finding was computed from, as the role may see it: redacted as the findings are. */
export function presentBundle(text: string, role: Role): unknown {
  const bundle = JSON.parse(text) as { courtOrders?: Array<Record<string, unknown>> };
  if (roleAtLeast(role, 'editor')) return bundle;
  const redacted = redact(bundle) as typeof bundle;
  for (const order of redacted.courtOrders ?? []) if (order.id !== undefined) order.id = WITHHELD;
  return redacted;
}
