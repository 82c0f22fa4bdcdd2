/**
 * The tables of the registry and their index columns, as the migrations create them. A test checks that every
 * index column a kind declares (src/core/entities/kinds.ts) exists here.
 */
export const COMMON_COLUMNS = [
  'id',
  'version',
  'created_at',
  'updated_at',
  'retracted_at',
  'retraction_reason',
  'date_lo',
  'date_hi',
  'sort_date',
  'source_ids',
  'data',
] as const;

/** Index columns per table; integer ones are listed in INTEGER_COLUMNS. */
export const TABLE_COLUMNS: Record<string, readonly string[]> = {
  sources: ['kind', 'publisher', 'sensitivity', 'fictional'],
  agreements: ['sending_country', 'receiving_country', 'kind', 'status', 'countries'],
  facilities: ['country', 'kind', 'name'],
  person_records: ['person_id', 'nationalities', 'sex'],
  persons: ['fictional'],
  allegations: ['person_id', 'kind', 'category', 'basis', 'status'],
  legal_events: ['person_id', 'type'],
  movements: ['kind', 'from_country', 'to_country', 'carrier', 'tail_number'],
  transfers: [
    'person_id',
    'movement_id',
    'agreement_id',
    'legal_basis',
    'from_country',
    'to_country',
    'to_facility_id',
    'status',
  ],
  reported_counts: [
    'count',
    'from_country',
    'to_country',
    'agreement_id',
    'movement_id',
    'facility_id',
    'basis',
    'nationalities',
    // From 008_reported_count_relations.
    'part_of',
    'same_event_as',
    'same_persons_as',
    // From 011_individual_counts.
    'individual',
  ],
  custody_events: ['person_id', 'type', 'facility_id', 'country'],
};

export const INTEGER_COLUMNS = new Set(['fictional', 'count', 'individual']);

/** Columns that get their own index: the foreign keys and the common filters. */
export const INDEXED_COLUMNS: Record<string, readonly string[]> = {
  agreements: ['sending_country', 'receiving_country'],
  facilities: ['country'],
  person_records: ['person_id'],
  allegations: ['person_id'],
  legal_events: ['person_id'],
  movements: ['to_country'],
  transfers: ['person_id', 'movement_id', 'agreement_id', 'to_country', 'legal_basis'],
  reported_counts: ['agreement_id', 'to_country', 'part_of', 'same_event_as', 'same_persons_as'],
  custody_events: ['person_id', 'facility_id'],
};
