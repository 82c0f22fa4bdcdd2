import type { Bundle } from './bundle.js';

export type Severity = 'violation' | 'warning' | 'info';
export type AuthorityStatus = 'binding' | 'agency_policy' | 'stayed' | 'vacated' | 'contested' | 'soft_law';
export type Jurisdiction = 'US' | 'INT' | 'UK' | 'EU' | 'CR';

/** Words in both languages of the app. `{name}` placeholders are filled from the outcome's facts. */
export interface Bilingual {
  en: string;
  es: string;
}

/** A dated window in which a rule (or one of its tests) applies: `from` inclusive, `to` exclusive, UTC instants. */
export interface RuleWindow {
  from?: string;
  to?: string;
}

/**
 * One outcome a rule can reach: its severity, authority status and words. The predicate decides which outcome;
 * everything about how the law weighs it is here, in data.
 */
export interface OutcomeDefinition {
  severity: Severity;
  authorityStatus?: AuthorityStatus;
  contested?: boolean;
  /** What happened, in plain words; placeholders name facts. */
  explanation: Bilingual;
  /** Citations of this outcome, when they differ from the rule's. */
  citations?: string[];
}

/** A rule as data: the predicate of the same id reads its windows and thresholds from here. */
export interface RuleDefinition {
  id: string;
  title: Bilingual;
  jurisdiction: Jurisdiction;
  /** Named windows (e.g. `tro`, `preliminaryInjunction`); a rule with none applies at any time. */
  windows: Record<string, RuleWindow>;
  /** Named thresholds in the unit their name ends with (`…Hours`, `…Days`, `…Years`). */
  thresholds: Record<string, number>;
  authorityStatus: AuthorityStatus;
  /** What the rule requires, in plain words. */
  requires: Bilingual;
  citations: string[];
  outcomes: Record<string, OutcomeDefinition>;
}

export interface RulePack {
  id: string;
  version: string;
  rules: RuleDefinition[];
}

/** Facts a finding rests on: field paths of the bundle (or derived names) and their values. */
export type Facts = Record<string, unknown>;

/** What a predicate says: an outcome of its rule, with the facts that decided it. */
export interface Outcome {
  outcome: string;
  facts: Facts;
  /** For an undecidable safeguard: the bundle paths whose absence kept the rule from deciding. */
  missingFacts?: string[];
  /** For an undecidable safeguard: the severity if the missing safeguard turns out not to have been met. */
  potentialSeverity?: Severity;
  /** Values for placeholders beyond the facts. */
  words?: Record<string, string | number>;
}

export type Predicate = (bundle: Bundle, rule: RuleDefinition) => Outcome[];

export interface Finding {
  ruleId: string;
  severity: Severity;
  authorityStatus: AuthorityStatus;
  contested: boolean;
  title: string;
  explanation: string;
  /** The same in Spanish. */
  es: { title: string; explanation: string };
  citations: string[];
  facts: Facts;
  missingFacts?: string[];
  potentialSeverity?: Severity;
  outcome: string;
  packVersion: string;
}

/**
 * A finding as the registry stores it: what the rule decided and from which facts. Titles, explanations and
 * citations are rendered from the pack's data when it is read (`renderFinding`), so they are not stored 100,000
 * times over.
 */
export interface DecidedFinding {
  ruleId: string;
  outcome: string;
  severity: Severity;
  facts: Facts;
  missingFacts?: string[];
  potentialSeverity?: Severity;
  words?: Record<string, string | number>;
  packVersion: string;
}
