import { kindOf } from '../core/entities/index.js';
import type { RawRow } from '../core/importing/sheetMapper.js';
import { THIS_IMPORT_SOURCE, type FactDraft, type ImportProblem } from '../core/importing/types.js';
import type { PendingFact } from './batchWriter.js';

/** Placeholders that make a draft checkable before its batch knows the real ids. */
const PLACEHOLDER_SOURCE = THIS_IMPORT_SOURCE;
const PLACEHOLDER_PERSON = 'per_placeholder';

/** How many facts of each kind a trusted profile has checked in full before the rest go by its word. */
const TRUSTED_CHECKS = 500;

/**
 * Checks each fact of a row against its kind's schema (with placeholder ids where the batch fills them in), and
 * keeps the schema's output (defaults applied). A fact the schema refuses rejects its row, naming the field.
 *
 * A built-in profile marked `trusted` builds its values with the checked readers of Row (dates, countries,
 * counts) and is tested against the schemas; after its first facts of each kind pass the full check, the rest
 * only get the defaults the schema added to those: the schema check costs more than the rest of the mapping.
 */
export class FactChecker {
  private readonly checked = new Map<string, number>();
  private readonly defaults = new Map<string, Record<string, unknown>>();

  constructor(private readonly trusted: boolean) {}

  check(drafts: FactDraft[], raw: RawRow): { facts: PendingFact[]; problems: ImportProblem[] } {
    const facts: PendingFact[] = [];
    const problems: ImportProblem[] = [];
    for (const draft of drafts) {
      const data = this.checkOne(draft, raw, problems);
      if (!data) continue;
      facts.push({
        kind: draft.kind,
        key: draft.key,
        data,
        person: draft.person,
        references: draft.references,
        sheet: raw.sheet,
        row: raw.row,
      });
    }
    return { facts, problems };
  }

  private checkOne(
    draft: FactDraft,
    raw: RawRow,
    problems: ImportProblem[],
  ): Record<string, unknown> | undefined {
    const done = this.checked.get(draft.kind) ?? 0;
    if (this.trusted && done >= TRUSTED_CHECKS) {
      const data = { ...draft.data };
      for (const [field, value] of Object.entries(this.defaults.get(draft.kind) ?? {})) {
        if (data[field] === undefined) data[field] = value;
      }
      return data;
    }
    this.checked.set(draft.kind, done + 1);
    const kind = kindOf(draft.kind);
    const candidate: Record<string, unknown> = {
      ...draft.data,
      sourceIds: [PLACEHOLDER_SOURCE],
      origin: { sourceId: PLACEHOLDER_SOURCE, row: Math.max(1, raw.row) },
    };
    if (draft.person !== undefined) candidate.personId = PLACEHOLDER_PERSON;
    for (const reference of draft.references ?? []) {
      candidate[reference.field] = `${kindOf(reference.kind).prefix}_placeholder`;
    }
    const parsed = kind.schema.safeParse(candidate);
    if (!parsed.success) {
      for (const issue of parsed.error.issues.slice(0, 3)) {
        problems.push({
          sheet: raw.sheet,
          row: raw.row,
          column: null,
          value: null,
          reason: `${kind.label} ${issue.path.join('.') || '(whole)'}: ${issue.message}`,
          severity: 'error',
        });
      }
      return undefined;
    }
    const data = parsed.data as Record<string, unknown>;
    delete data.sourceIds;
    delete data.origin;
    if (draft.person !== undefined) delete data.personId;
    for (const reference of draft.references ?? []) delete data[reference.field];
    if (this.trusted) this.learnDefaults(draft.kind, draft.data, data);
    return data;
  }

  /** The fields the schema filled in that the draft left out (`aliases: []`): its defaults. */
  private learnDefaults(kind: string, given: Record<string, unknown>, output: Record<string, unknown>): void {
    const defaults = this.defaults.get(kind) ?? {};
    for (const [field, value] of Object.entries(output)) {
      if (given[field] === undefined && !(field in defaults)) defaults[field] = value;
    }
    this.defaults.set(kind, defaults);
  }
}
