import type { PersonFacts, RecordDraft } from './facts.js';
import type { Identity } from './identity.js';
import { docketName, manifestName, otherForm, writeANumber } from './nameVariants.js';
import type { Random } from './random.js';
import { SYN } from './sources.js';

const pad = (value: number) => String(value).padStart(2, '0');

/** A manifest gives a full date, now and then with day and month swapped, the commonest slip in such lists. */
function manifestBirthDate(rng: Random, identity: Identity): string {
  const { year, month, day } = identity.birth;
  if (day <= 12 && day !== month && rng.chance(0.08)) return `${year}-${pad(day)}-${pad(month)}`;
  return `${year}-${pad(month)}-${pad(day)}`;
}

function manifestRecord(rng: Random, identity: Identity, serial: string): RecordDraft {
  return {
    sourceRecordId: `ARTS-${serial}`,
    fullName: manifestName(identity),
    birthDate: manifestBirthDate(rng, identity),
    sex: identity.sex,
    nationalities: [identity.nationality],
    identifiers: [{ kind: 'a_number', value: writeANumber(identity.aNumber, 'compact'), country: 'USA' }],
  };
}

/** A case list writes what the family said: a nickname, one family name, a year or a month of birth. */
function ngoRecord(rng: Random, identity: Identity, serial: string): RecordDraft {
  const [first = '', ...middle] = identity.given;
  const nickname = otherForm(rng, first);
  const useNickname = nickname !== undefined && rng.chance(0.6);
  const family =
    identity.style === 'hispanic' && rng.chance(0.5) ? identity.family.slice(0, 1) : identity.family;
  const draft: RecordDraft = {
    sourceRecordId: `CASE-${serial}`,
    givenNames: useNickname ? nickname : [first, ...middle].join(' '),
    familyNames: family.join(' '),
    aliases: nickname && !useNickname ? [nickname] : [],
    birthDate: rng.chance(0.5)
      ? String(identity.birth.year)
      : `${identity.birth.year}-${pad(identity.birth.month)}`,
    languages: [identity.language],
  };
  if (rng.chance(0.7)) draft.sex = identity.sex;
  if (rng.chance(0.8)) draft.nationalities = [identity.nationality];
  if (rng.chance(0.5))
    draft.identifiers = [{ kind: 'a_number', value: writeANumber(identity.aNumber, 'bare') }];
  if (identity.hasCounsel !== undefined) draft.hasCounsel = identity.hasCounsel;
  if (identity.lawfulPermanentResident !== undefined)
    draft.lawfulPermanentResident = identity.lawfulPermanentResident;
  if (identity.unaccompaniedChild !== undefined) draft.unaccompaniedChild = identity.unaccompaniedChild;
  return draft;
}

function docketRecord(rng: Random, identity: Identity, serial: string): RecordDraft {
  const draft: RecordDraft = {
    sourceRecordId: `DKT-${serial}`,
    fullName: docketName(rng, identity),
    nationalities: [identity.nationality],
    identifiers: [{ kind: 'a_number', value: writeANumber(identity.aNumber, 'dashed') }],
  };
  if (rng.chance(0.5)) draft.birthDate = `${identity.birth.year}-${pad(identity.birth.month)}`;
  if (rng.chance(0.6)) draft.languages = [identity.language];
  if (identity.hasCounsel !== undefined) draft.hasCounsel = identity.hasCounsel;
  if (identity.lawfulPermanentResident !== undefined)
    draft.lawfulPermanentResident = identity.lawfulPermanentResident;
  return draft;
}

const WRITERS = [
  [SYN.manifest, manifestRecord],
  [SYN.ngo, ngoRecord],
  [SYN.docket, docketRecord],
] as const;

/**
 * One to three records of the person, each from a different fictional source and each written its own way, so
 * that linkage has real work to do.
 */
export function writePersonRecords(
  rng: Random,
  facts: PersonFacts,
  identity: Identity,
  serial: string,
): void {
  const howMany = rng.weighted([
    [1, 30],
    [2, 45],
    [3, 25],
  ] as const);
  // Flags only a case list records (lawful permanent resident, unaccompanied child) must not be lost.
  const needsCaseList =
    identity.lawfulPermanentResident !== undefined || identity.unaccompaniedChild !== undefined;
  const first = needsCaseList ? 1 : rng.int(0, WRITERS.length - 1);
  for (let offset = 0; offset < howMany; offset += 1) {
    const writer = WRITERS[(first + offset) % WRITERS.length];
    if (!writer) continue;
    const [sourceId, write] = writer;
    facts.record(write(rng, identity, serial), sourceId);
  }
}
