import type { ImportProfile } from '../types.js';
import { titleCase } from '../values.js';
import { readCitizenship } from './shared.js';

const US = 'USA';

/** Release reasons that end a stay with removal from the country, or with death. */
const REMOVED = /remov|deport|return|voluntary departure|repatriat|excluded/i;
const DIED = /died|death|deceased/i;
const TRANSFERRED = /transfer/i;

/**
 * ICE detention stints, as the Deportation Data Project publishes the FOIA releases: one row per facility
 * booking. The anonymised identifier links the rows of one release only, so it becomes a `source_key`
 * identifier of a person record (linkage never uses it across data sets). Each stint is a custody event at its
 * facility (`detained` when it opens a stay, `transferred` when it continues one); stints chain into stays (one
 * continuous custody period across transfers), kept on each stint and closed by a `released`, `returned` or
 * `died` event at the stay's book-out. Dates are US month-first; times are local with no zone, so only the day
 * is kept.
 */
export const iceDetentionStints: ImportProfile = {
  name: 'ice-detention-stints',
  title: 'ICE detention stints (FOIA release)',
  description:
    'One row per facility booking: person records (by the release identifier), custody events per stint, stays and their ends.',
  source: {
    kind: 'foia_release',
    publisher: 'U.S. Immigration and Customs Enforcement (via FOIA)',
    reliability: 'B',
  },
  trusted: true,
  produces: ['personRecord', 'facility', 'custodyEvent'],
  columns: [
    {
      name: 'unique_identifier',
      aliases: ['anonymized_unique_identifier', 'anonymized_identifier'],
      required: true,
    },
    {
      name: 'detention_book_in_date_and_time',
      aliases: ['detention_book_in_date_time', 'book_in_date_time'],
      required: true,
      dateOrder: 'mdy',
    },
    {
      name: 'detention_book_out_date_time',
      aliases: ['detention_book_out_date_and_time', 'book_out_date_time'],
      dateOrder: 'mdy',
    },
    { name: 'detention_facility_code', aliases: ['facility_code'] },
    { name: 'detention_facility', aliases: ['facility', 'facility_name'] },
    { name: 'detention_release_reason' },
    { name: 'stay_book_in_date_time', aliases: ['stay_book_in_date_and_time'], dateOrder: 'mdy' },
    { name: 'stay_book_out_date', aliases: ['stay_book_out_date_time'], dateOrder: 'mdy' },
    { name: 'stay_release_reason' },
    { name: 'religion' },
    { name: 'gender', aliases: ['sex'] },
    { name: 'marital_status' },
    { name: 'birth_year' },
    { name: 'ethnicity' },
    { name: 'entry_status' },
    { name: 'felon' },
    { name: 'bond_posted_date', dateOrder: 'mdy' },
    { name: 'bond_posted_amount' },
    { name: 'case_status' },
    { name: 'case_category' },
    { name: 'final_order_yes_no' },
    { name: 'final_order_date', dateOrder: 'mdy' },
    { name: 'case_threat_level' },
    { name: 'book_in_criminality' },
    { name: 'final_charge' },
    { name: 'departed_date', dateOrder: 'mdy' },
    { name: 'departure_country' },
    { name: 'citizenship_country', aliases: ['country_of_citizenship'] },
    { name: 'final_program' },
    { name: 'most_serious_conviction_charge_code', aliases: ['msc_charge_code'] },
    { name: 'most_serious_conviction_charge', aliases: ['msc_charge'] },
  ],
  map(row, emit) {
    const identifier = row.text('unique_identifier');
    if (identifier === undefined) {
      row.error('unique_identifier', 'every stint needs the identifier of its person');
      return;
    }
    const bookIn = row.date('detention_book_in_date_and_time');
    if (bookIn === undefined) {
      if (!row.hasErrors) row.error('detention_book_in_date_and_time', 'every stint needs its book-in date');
      return;
    }
    const person = `person:${identifier}`;
    const birthDate = row.year('birth_year');
    const sex = row.sex('gender');
    const citizenship = readCitizenship(row, 'citizenship_country');
    emit({
      kind: 'personRecord',
      key: person,
      data: {
        sourceRecordId: identifier,
        identifiers: [{ kind: 'source_key', value: identifier }],
        birthDate,
        sex,
        nationalities: citizenship.nationalities,
        note: citizenship.note,
        withheld: row.withheld({
          birth_year: 'birthDate',
          gender: 'sex',
          citizenship_country: 'nationalities',
        }),
      },
    });
    const facilityCode = row.text('detention_facility_code');
    const facilityName = row.text('detention_facility');
    const facilityKey = facilityCode ?? facilityName;
    if (facilityKey !== undefined) {
      emit({
        kind: 'facility',
        key: `facility:${facilityKey.toUpperCase()}`,
        data: {
          name: titleCase(facilityName ?? facilityKey),
          aliases: facilityCode && facilityName ? [facilityCode] : [],
          country: US,
          kind: 'immigration_detention',
          operator: 'U.S. Immigration and Customs Enforcement',
        },
      });
    }
    const stayFrom = row.date('stay_book_in_date_time') ?? bookIn;
    const stayTo = row.date('stay_book_out_date');
    const stayReason = row.text('stay_release_reason');
    const bookOut = row.date('detention_book_out_date_time');
    const releaseReason = row.text('detention_release_reason');
    const opensStay = stayFrom === bookIn;
    emit({
      kind: 'custodyEvent',
      key: `stint:${identifier}|${row.raw('detention_book_in_date_and_time').trim()}|${facilityKey ?? ''}`,
      person,
      references:
        facilityKey === undefined
          ? []
          : [{ field: 'facilityId', kind: 'facility', key: `facility:${facilityKey.toUpperCase()}` }],
      data: {
        type: opensStay ? 'detained' : 'transferred',
        date: bookIn,
        until: bookOut,
        reason: releaseReason,
        country: US,
        custodian: 'ICE',
        stay: { from: stayFrom, to: stayTo, releaseReason: stayReason },
      },
    });
    // The stay ends with the stint that is not left by a transfer: its row carries the departure.
    const endsStay = releaseReason === undefined || !TRANSFERRED.test(releaseReason);
    if (endsStay && stayTo !== undefined && !(stayReason !== undefined && TRANSFERRED.test(stayReason))) {
      const departedTo = row.country('departure_country', { severity: 'warning' });
      const type =
        stayReason && DIED.test(stayReason)
          ? 'died'
          : stayReason && REMOVED.test(stayReason)
            ? 'returned'
            : 'released';
      emit({
        kind: 'custodyEvent',
        key: `stay-end:${identifier}|${stayFrom}`,
        person,
        data: {
          type,
          date: stayTo,
          reason: stayReason,
          country: type === 'returned' && departedTo ? departedTo : US,
          custodian: type === 'returned' ? undefined : 'ICE',
          stay: { from: stayFrom, to: stayTo, releaseReason: stayReason },
        },
      });
    }
  },
};
