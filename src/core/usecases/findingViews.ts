import { notFound } from '../errors.js';
import type { Actor, Store, Stored, TransferEvaluation } from '../ports/store.js';
import { assertMayRead, presentEntity } from '../presenters/entityPresenter.js';
import type { Role } from '../roles.js';
import type { UseCaseContext } from './context.js';
import { presentBundle, presentFinding } from '../presenters/findingPresenter.js';
import { bundleText, evaluateFacts, gatherFacts, refreshEvaluations, type Rules } from './findings.js';

/** The actor of derived-data refreshes made while answering a read. */
const RULES_ENGINE: Actor = { id: 'rules-engine', role: 'admin' };

function present(evaluation: TransferEvaluation, rules: Rules, role: Role) {
  return {
    transferId: evaluation.transferId,
    personId: evaluation.personId,
    packVersion: evaluation.packVersion,
    evaluatedAt: evaluation.evaluatedAt,
    /** The case bundle the findings were computed from. */
    computedFrom: presentBundle(evaluation.bundle, role),
    findings: evaluation.findings.map((finding) => presentFinding(finding, rules.pack, role)),
  };
}

/**
 * A transfer's findings, checked against the facts as they are now: when the stored evaluation was computed from
 * other facts or another pack version, it is recomputed (and stored) before it is served, never served stale.
 */
export async function getTransferFindings(context: UseCaseContext, transferId: string, role: Role) {
  assertMayRead('transfer', role);
  const { store, rules } = context;
  const transfer = await store.get('transfer', transferId);
  if (!transfer) throw notFound('transfer', transferId);
  // The retraction as the role may see it: its reason is free text about the person (viewers get "withheld").
  if (transfer.retracted)
    return {
      transferId,
      retracted: presentEntity('transfer', transfer, role).retracted as { at: string; reason: string },
      findings: [],
    };
  const [facts] = await gatherFacts(store, [transfer]);
  const [stored] = await store.getEvaluations([transferId]);
  if (facts && stored && stored.packVersion === rules.pack.version && stored.bundle === bundleText(facts)) {
    return present(stored, rules, role);
  }
  const [fresh] = await store.transaction(RULES_ENGINE, (unitOfWork) =>
    refreshEvaluations(unitOfWork, [transferId], rules, context.clock().toISOString()),
  );
  return present(fresh ?? evaluateFacts(facts!, rules, context.clock().toISOString()), rules, role);
}

/**
 * Re-evaluates the registry: every transfer (`all`), or only those never evaluated or evaluated under another
 * pack version. Works in batches, each its own transaction, reporting progress after each.
 */
export async function evaluateRegistry(
  store: Store,
  rules: Rules,
  clock: () => Date,
  options: { all: boolean; batchSize?: number; onProgress?: (done: number, total: number) => void },
): Promise<{ evaluated: number; findings: number }> {
  const batchSize = options.batchSize ?? 500;
  const total = options.all
    ? await store.count('transfer')
    : (await pendingIds(store, rules, Number.MAX_SAFE_INTEGER)).length;
  let evaluated = 0;
  let findings = 0;
  const run = async (transfers: Array<Stored<'transfer'>>) => {
    const ids = transfers.map((transfer) => transfer.id);
    const saved = await store.transaction(RULES_ENGINE, (unitOfWork) =>
      refreshEvaluations(unitOfWork, ids, rules, clock().toISOString()),
    );
    evaluated += saved.length;
    findings += saved.reduce((sum, evaluation) => sum + evaluation.findings.length, 0);
    options.onProgress?.(evaluated, total);
  };
  if (options.all) {
    for await (const batch of store.scan('transfer', batchSize)) await run(batch);
  } else {
    let after: string | undefined;
    for (;;) {
      const ids = await store.transfersNeedingEvaluation(rules.pack.version, batchSize, after);
      if (ids.length === 0) break;
      await run(await store.getMany('transfer', ids));
      after = ids.at(-1);
    }
  }
  return { evaluated, findings };
}

function pendingIds(store: Store, rules: Rules, limit: number): Promise<string[]> {
  return store.transfersNeedingEvaluation(rules.pack.version, limit);
}
