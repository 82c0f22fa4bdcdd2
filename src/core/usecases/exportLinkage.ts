import { z } from 'zod';
import { ID_PREFIXES, idSchema, type KindName } from '../entities/index.js';
import { invalidInput, type Issue } from '../errors.js';
import { MATCH_STATUSES, type CannotLink, type PersonMatch } from '../ports/personLinkage.js';
import type { EntityReader, Stored } from '../ports/store.js';
import { zodIssues } from './validate.js';

/**
 * The linkage part of an export document: the review queue's matches and the reviewers' cannot-links. They are
 * decisions, not derived data: an import that dropped a rejection would let the engine link what a reviewer
 * said were two people. Search keys are derived and are not exported (the import computes them).
 */
const matchSchema = z
  .object({
    id: idSchema(ID_PREFIXES.personMatch),
    version: z.number().int().positive(),
    recordId: idSchema(ID_PREFIXES.personRecord),
    personId: idSchema(ID_PREFIXES.person),
    candidatePersonId: idSchema(ID_PREFIXES.person),
    candidateRecordId: idSchema(ID_PREFIXES.personRecord),
    probability: z.number().min(0).max(1),
    explanation: z.object({
      priorWeight: z.number(),
      totalWeight: z.number(),
      probability: z.number(),
      comparisons: z.array(
        z.object({
          comparison: z.string(),
          level: z.string(),
          weight: z.number(),
          m: z.number().optional(),
          u: z.number().optional(),
        }),
      ),
    }),
    status: z.enum(MATCH_STATUSES),
    createdAt: z.iso.datetime(),
    decidedBy: z.string().nullable(),
    decidedAt: z.iso.datetime().nullable(),
    reason: z.string().nullable(),
  })
  .strict();

const cannotLinkSchema = z.tuple([
  idSchema(ID_PREFIXES.personRecord),
  idSchema(ID_PREFIXES.personRecord),
  idSchema(ID_PREFIXES.personMatch),
]);

const linkageSchema = z.object({
  personMatches: z.array(z.unknown()).default([]),
  cannotLinks: z.array(z.unknown()).default([]),
});

/** The document's linkage, checked and ready to restore. */
export interface Linkage {
  matches: PersonMatch[];
  cannotLinks: CannotLink[];
}

/** The linkage members of the export document, after its entities: matches in id order, each cannot-link once. */
export async function* exportLinkage(reader: EntityReader): AsyncIterable<string> {
  yield ',\n"personMatches":[';
  let first = true;
  for await (const batch of reader.scanMatches(1000)) {
    yield `${first ? '' : ','}\n${batch.map((match) => JSON.stringify(match)).join(',\n')}`;
    first = false;
  }
  yield '],\n"cannotLinks":[';
  first = true;
  for await (const batch of reader.scanCannotLinks(5000)) {
    const lines = batch.map((link) => JSON.stringify([link.recordId, link.otherRecordId, link.matchId]));
    yield `${first ? '' : ','}\n${lines.join(',\n')}`;
    first = false;
  }
  yield ']';
}

function referenceIssues(match: PersonMatch, index: number, known: ReadonlySet<string>): Issue[] {
  return (['recordId', 'personId', 'candidatePersonId', 'candidateRecordId'] as const).flatMap((field) =>
    known.has(match[field])
      ? []
      : [{ path: ['personMatches', index, field], message: `no ${match[field]} in the document` }],
  );
}

/** Checks the linkage of a document against its entities; fails with invalid_input naming each problem. */
export function validateLinkage(document: unknown, byKind: ReadonlyMap<KindName, Stored[]>): Linkage {
  const parsed = linkageSchema.safeParse(document);
  if (!parsed.success) throw invalidInput(zodIssues(parsed.error), 'not a Custodia export document');
  const known = new Set([...byKind.values()].flatMap((entities) => entities.map((entity) => entity.id)));
  const issues: Issue[] = [];
  const matches: PersonMatch[] = [];
  parsed.data.personMatches.forEach((raw, index) => {
    const match = matchSchema.safeParse(raw);
    if (!match.success) return issues.push(...zodIssues(match.error, ['personMatches', index]));
    issues.push(...referenceIssues(match.data, index, known));
    matches.push(match.data);
  });
  const matchIds = new Set(matches.map((match) => match.id));
  const cannotLinks: CannotLink[] = [];
  parsed.data.cannotLinks.forEach((raw, index) => {
    const link = cannotLinkSchema.safeParse(raw);
    if (!link.success) return issues.push(...zodIssues(link.error, ['cannotLinks', index]));
    const [recordId, otherRecordId, matchId] = link.data;
    for (const [position, id] of [recordId, otherRecordId, matchId].entries()) {
      if (!known.has(id) && !matchIds.has(id))
        issues.push({ path: ['cannotLinks', index, position], message: `no ${id} in the document` });
    }
    cannotLinks.push({ recordId, otherRecordId, matchId });
  });
  if (issues.length > 0) throw invalidInput(issues.slice(0, 100), 'the document cannot be imported');
  return { matches, cannotLinks };
}
