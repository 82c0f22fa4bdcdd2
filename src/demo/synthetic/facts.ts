import type { RawDataByKind, RawDemo } from '../types.js';
import { SYN } from './sources.js';

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
type Owned = 'personId' | 'sourceIds';

export type LegalEventDraft = DistributiveOmit<RawDataByKind['legalEvent'], Owned>;
export type AllegationDraft = Omit<RawDataByKind['allegation'], Owned>;
export type TransferDraft = Omit<RawDataByKind['transfer'], Owned>;
export type CustodyDraft = Omit<RawDataByKind['custodyEvent'], Owned>;
export type RecordDraft = Omit<RawDataByKind['personRecord'], Owned>;

/**
 * Collects the facts about one fictional person into the demo, giving each a stable id (`lev_demo_0042_03`) and
 * the fictional source that plays its part: dockets for legal events, manifests for transfers, case lists for
 * custody.
 */
export class PersonFacts {
  readonly personId: string;
  private readonly counters = new Map<string, number>();

  constructor(
    private readonly key: string,
    private readonly demo: RawDemo,
  ) {
    this.personId = `per_demo_${key}`;
    demo.person.push({ id: this.personId, data: { fictional: true } });
  }

  private nextId(prefix: string): string {
    const count = (this.counters.get(prefix) ?? 0) + 1;
    this.counters.set(prefix, count);
    return `${prefix}_demo_${this.key}_${String(count).padStart(2, '0')}`;
  }

  record(draft: RecordDraft, sourceId: string): string {
    const id = this.nextId('rec');
    this.demo.personRecord.push({ id, data: { ...draft, personId: this.personId, sourceIds: [sourceId] } });
    return id;
  }

  legalEvent(draft: LegalEventDraft, sourceIds: string[] = [SYN.docket]): string {
    const id = this.nextId('lev');
    this.demo.legalEvent.push({ id, data: { ...draft, personId: this.personId, sourceIds } });
    return id;
  }

  allegation(draft: AllegationDraft, sourceIds: string[] = [SYN.generator]): string {
    const id = this.nextId('alg');
    this.demo.allegation.push({ id, data: { ...draft, personId: this.personId, sourceIds } });
    return id;
  }

  transfer(draft: TransferDraft, sourceIds: string[] = [SYN.manifest]): string {
    const id = this.nextId('trf');
    this.demo.transfer.push({ id, data: { ...draft, personId: this.personId, sourceIds } });
    return id;
  }

  custody(draft: CustodyDraft, sourceIds: string[] = [SYN.ngo]): string {
    const id = this.nextId('cev');
    this.demo.custodyEvent.push({ id, data: { ...draft, personId: this.personId, sourceIds } });
    return id;
  }
}
