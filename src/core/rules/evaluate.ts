import { invalidInput, type Issue } from '../errors.js';
import { zodIssues } from '../usecases/validate.js';
import { bundleSchema } from './bundle.js';
import { CORE_PACK, CORE_PREDICATES } from './core/pack.js';
import { evaluateBundle } from './engine.js';
import type { Finding, Predicate, RulePack } from './types.js';

export interface EvaluationResult {
  findings: Finding[];
}

export interface EvaluationError {
  error: { code: 'invalid_bundle'; message: string; index?: number; issues: Issue[] };
}

/**
 * Stateless evaluation of one bundle or an array of them (RULES.md): one `{findings}` per bundle, in order; a
 * bundle that fails the schema gets an error naming its index and fields, and the others are still evaluated.
 */
export function evaluateInput(
  input: unknown,
  pack: RulePack = CORE_PACK,
  predicates: Record<string, Predicate> = CORE_PREDICATES,
): EvaluationResult | EvaluationError | Array<EvaluationResult | EvaluationError> {
  if (Array.isArray(input)) return input.map((bundle, index) => evaluateOne(bundle, pack, predicates, index));
  return evaluateOne(input, pack, predicates);
}

function evaluateOne(
  input: unknown,
  pack: RulePack,
  predicates: Record<string, Predicate>,
  index?: number,
): EvaluationResult | EvaluationError {
  const parsed = bundleSchema.safeParse(input);
  if (!parsed.success) {
    const issues = zodIssues(parsed.error);
    const error = invalidInput(
      issues,
      index === undefined ? 'the bundle is not valid' : `bundle ${index} is not valid`,
    );
    return {
      error: {
        code: 'invalid_bundle',
        message: error.message,
        ...(index === undefined ? {} : { index }),
        issues,
      },
    };
  }
  return { findings: evaluateBundle(parsed.data, pack, predicates) };
}
