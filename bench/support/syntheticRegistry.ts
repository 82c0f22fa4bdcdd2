import { mulberry32 } from '../../src/demo/synthetic/random.js';
import { isDeepStrictEqual } from 'node:util';
import { kindOf, type EntityDataByKind, type KindName } from '../../src/core/entities/index.js';
import type { Stored } from '../../src/core/ports/store.js';

/**
 * A large fictional registry for benchmarks, built directly in stored form (what the schemas output) so that it
 * can be bulk-restored without parsing 700,000 entities. `assertStoredForm` checks a sample against the schemas.
 * Every person is generated from its own index, so any batch can be rebuilt alone and ids are predictable.
 */
export type Batch = { [K in KindName]?: Array<Stored<K>> };

const AT = '2026-01-01T00:00:00.000Z';
export const SOURCE_ID = 'src_bench';

type Weighted<T> = ReadonlyArray<readonly [T, number]>;
type Country = EntityDataByKind['transfer']['toCountry'];
type Day = EntityDataByKind['transfer']['date'];

/** Destinations: a facility each, and an agreement for some. */
const DESTINATIONS: Weighted<string> = [
  ['MEX', 25],
  ['SLV', 15],
  ['GTM', 15],
  ['HND', 15],
  ['VEN', 10],
  ['CRI', 5],
  ['PAN', 5],
  ['COL', 5],
  ['ECU', 5],
];
const WITH_AGREEMENT = new Set(['SLV', 'CRI', 'PAN', 'HND', 'GTM']);
const NATIONALITIES: Weighted<string> = [
  ['VEN', 30],
  ['MEX', 20],
  ['GTM', 12],
  ['HND', 12],
  ['SLV', 8],
  ['COL', 6],
  ['ECU', 5],
  ['NIC', 3],
  ['CUB', 2],
  ['HTI', 2],
];
const BASES_TO_SALVADOR: Weighted<EntityDataByKind['transfer']['legalBasis']> = [
  ['AEA', 40],
  ['INA241', 55],
  ['OTHER', 5],
];
const BASES_ELSEWHERE: Weighted<EntityDataByKind['transfer']['legalBasis']> = [
  ['INA241', 90],
  ['OTHER', 10],
];
const CATEGORIES = [
  'gang_membership',
  'immigration_offence',
  'traffic_offence',
  'drug_offence',
  'other',
] as const;
const ALLEGATION_BASES = ['tattoo', 'police_database', 'government_statement', 'social_media'] as const;
const GIVEN = ['José', 'María', 'Luis', 'Ana', 'Carlos', 'Andrés', 'Yohan', 'Daniela', 'Jesús', 'Kevin'];
const FAMILY = ['García', 'Rodríguez', 'Hernández', 'López', 'Pérez', 'Mendoza', 'Rojas', 'Álvarez'];
const FIRST_DAY = Date.UTC(2024, 0, 1);
const DAYS = 731;

/** The demo's seeded generator, so every run builds the same registry. */
const seeded = mulberry32;

function pick<T>(random: () => number, options: readonly T[]): T {
  return options[Math.floor(random() * options.length)] as T;
}

function weighted<T>(random: () => number, options: Weighted<T>): T {
  const total = options.reduce((sum, [, weight]) => sum + weight, 0);
  let roll = random() * total;
  for (const [value, weight] of options) {
    roll -= weight;
    if (roll < 0) return value;
  }
  return (options.at(-1) as readonly [T, number])[0];
}

function day(offset: number): string {
  return new Date(FIRST_DAY + offset * 86_400_000).toISOString().slice(0, 10);
}

function stored<K extends KindName>(id: string, data: EntityDataByKind[K]): Stored<K> {
  return { id, version: 1, createdAt: AT, updatedAt: AT, retracted: null, data };
}

/** The id of the n-th person (0-based); zero-padded so id order is generation order. */
export function personId(index: number): string {
  return `per_b${String(index).padStart(7, '0')}`;
}

const facilityId = (country: string) => `fac_bench_${country}`;
const agreementId = (country: string) => `agr_bench_${country}`;

/** The source every synthetic fact cites, a facility per destination, and the agreements. */
export function referenceEntities() {
  const sourceIds = [SOURCE_ID];
  const countries = DESTINATIONS.map(([country]) => country);
  return {
    source: [
      stored<'source'>(SOURCE_ID, {
        kind: 'synthetic',
        publisher: 'Custodia benchmark',
        title: 'Synthetic records for load measurement',
        reliability: 'F',
        sensitivity: 'public',
        fictional: true,
      }),
    ],
    facility: countries.map((country) =>
      stored<'facility'>(facilityId(country), {
        name: `Benchmark facility ${country}`,
        aliases: [],
        country: country as Country,
        kind: 'prison',
        sourceIds,
      }),
    ),
    agreement: countries
      .filter((country) => WITH_AGREEMENT.has(country))
      .map((country) =>
        stored<'agreement'>(agreementId(country), {
          name: `Benchmark agreement USA-${country}`,
          sendingCountry: 'USA' as Country,
          receivingCountry: country as Country,
          kind: 'third_country_transfer',
          statusHistory: [{ status: 'in_force', date: '2024-01' as Day, sourceIds }],
          terms: [],
          sourceIds,
        }),
      ),
  } satisfies Batch;
}

/** The random draws that shape one person's story, from a generator seeded by the person's index. */
function drawStory(index: number) {
  const random = seeded(index * 2654435761 + 1);
  const destination = weighted(random, DESTINATIONS);
  const transferDay = Math.floor(random() * DAYS);
  const date = day(transferDay) as Day;
  const departureHour = 10 + Math.floor(random() * 12);
  return {
    random,
    id: personId(index),
    suffix: `b${String(index).padStart(7, '0')}`,
    destination: destination as Country,
    legalBasis: weighted(random, destination === 'SLV' ? BASES_TO_SALVADOR : BASES_ELSEWHERE),
    date,
    detainedOn: day(Math.max(0, transferDay - 10 - Math.floor(random() * 120))) as Day,
    departureAt:
      random() < 0.3 ? { departureAt: { utc: `${date}T${departureHour}:30:00.000Z`, offset: '-05:00' } } : {},
    agreement:
      WITH_AGREEMENT.has(destination) && random() < 0.8 ? { agreementId: agreementId(destination) } : {},
  };
}
type Story = ReturnType<typeof drawStory>;

/** The person and the one record that describes them. */
function identity(story: Story, index: number, into: PersonBatch): void {
  const { random, id, suffix } = story;
  into.person.push(stored<'person'>(id, { fictional: true }));
  into.personRecord.push(
    stored<'personRecord'>(`rec_${suffix}`, {
      personId: id,
      givenNames: pick(random, GIVEN),
      familyNames: `${pick(random, FAMILY)} ${pick(random, FAMILY)}`,
      aliases: [],
      birthDate: `${1960 + Math.floor(random() * 45)}-0${1 + Math.floor(random() * 9)}` as Day,
      sex: random() < 0.85 ? 'male' : 'female',
      nationalities: [weighted(random, NATIONALITIES) as Country],
      languages: ['es'],
      identifiers: [{ kind: 'a_number', value: `A${String(200_000_000 + index)}` }],
      sourceIds: [SOURCE_ID],
    }),
  );
}

/** An allegation and a removal order, both dated on detention. */
function proceedings(story: Story, into: PersonBatch): void {
  const { random, id, suffix, detainedOn } = story;
  const sourceIds = [SOURCE_ID];
  into.allegation.push(
    stored<'allegation'>(`alg_${suffix}`, {
      personId: id,
      kind: 'allegation',
      category: pick(random, CATEGORIES),
      description: 'Named in a government list of removed persons',
      basis: pick(random, ALLEGATION_BASES),
      status: 'alleged',
      date: detainedOn,
      sourceIds,
    }),
  );
  into.legalEvent.push(
    stored<'legalEvent'>(`lev_${suffix}`, {
      personId: id,
      type: 'removal_order',
      authority: story.legalBasis === 'AEA' ? 'AEA' : 'INA240',
      date: detainedOn,
      sourceIds,
    }),
  );
}

/** Detention in the United States, the transfer, and custody in the destination's facility. */
function custody(story: Story, into: PersonBatch): void {
  const { id, suffix, destination, date } = story;
  const sourceIds = [SOURCE_ID];
  into.transfer.push(
    stored<'transfer'>(`trf_${suffix}`, {
      personId: id,
      ...story.agreement,
      legalBasis: story.legalBasis,
      fromCountry: 'USA' as Country,
      toCountry: destination,
      toFacilityId: facilityId(destination),
      status: 'completed',
      date,
      ...story.departureAt,
      sourceIds,
    }),
  );
  into.custodyEvent.push(
    stored<'custodyEvent'>(`cev_${suffix}a`, {
      personId: id,
      type: 'detained',
      date: story.detainedOn,
      country: 'USA' as Country,
      custodian: 'ICE',
      sourceIds,
    }),
    stored<'custodyEvent'>(`cev_${suffix}b`, {
      personId: id,
      type: 'transferred',
      date,
      facilityId: facilityId(destination),
      country: destination,
      transferId: `trf_${suffix}`,
      sourceIds,
    }),
  );
}

/** The kinds a person batch holds, in dependency order. */
export const PERSON_KINDS = [
  'person',
  'personRecord',
  'allegation',
  'legalEvent',
  'transfer',
  'custodyEvent',
] as const satisfies readonly KindName[];
type PersonKind = (typeof PERSON_KINDS)[number];
type PersonBatch = Required<Pick<Batch, PersonKind>>;

/** Persons `start` … `start + count - 1` and everything about them. */
export function personBatch(start: number, count: number): PersonBatch {
  const batch = {
    person: [],
    personRecord: [],
    allegation: [],
    legalEvent: [],
    transfer: [],
    custodyEvent: [],
  } as PersonBatch;
  for (let index = start; index < start + count; index += 1) {
    const story = drawStory(index);
    identity(story, index, batch);
    proceedings(story, batch);
    custody(story, batch);
  }
  return batch;
}

/** Fails, naming the kind and id, unless each sampled entity is exactly what its schema would have stored. */
export function assertStoredForm(batch: Batch, samplePerKind = 50): void {
  for (const [kindName, entities] of Object.entries(batch) as Array<[KindName, Stored[]]>) {
    for (const entity of entities.slice(0, samplePerKind)) {
      const parsed = kindOf(kindName).schema.safeParse(entity.data);
      if (!parsed.success || !isDeepStrictEqual(parsed.data, entity.data)) {
        const why = parsed.success ? JSON.stringify(parsed.data) : parsed.error.message;
        throw new Error(`synthetic ${kindName} ${entity.id} is not in stored form: ${why}`);
      }
    }
  }
}
