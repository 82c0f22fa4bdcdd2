// A synthetic ICE detention-stint release in the exact 31-column layout of ../shared/data/FORMATS.md: persons
// with one to five stints chained into stays across facilities, US month-first dates with times, upper case,
// redacted cells. Deterministic for a seed, written in large chunks so that a million rows take seconds.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { mulberry32 } from '../../src/demo/synthetic/random.js';

export const STINT_HEADER = [
  'unique_identifier',
  'detention_book_in_date_and_time',
  'detention_book_out_date_time',
  'detention_facility_code',
  'detention_facility',
  'detention_release_reason',
  'stay_book_in_date_time',
  'stay_book_out_date',
  'stay_release_reason',
  'religion',
  'gender',
  'marital_status',
  'birth_year',
  'ethnicity',
  'entry_status',
  'felon',
  'bond_posted_date',
  'bond_posted_amount',
  'case_status',
  'case_category',
  'final_order_yes_no',
  'final_order_date',
  'case_threat_level',
  'book_in_criminality',
  'final_charge',
  'departed_date',
  'departure_country',
  'citizenship_country',
  'final_program',
  'most_serious_conviction_charge_code',
  'most_serious_conviction_charge',
] as const;

const COUNTRIES = [
  'MEXICO',
  'GUATEMALA',
  'HONDURAS',
  'EL SALVADOR',
  'VENEZUELA',
  'COLOMBIA',
  'ECUADOR',
  'CUBA',
];
const RELIGIONS = ['CATHOLIC', 'CHRISTIAN', 'NONE', 'UNKNOWN', 'EVANGELICAL'];
const CATEGORIES = ['[8C] Excludable / Inadmissible', '[16] Reinstated Final Order', '[3] Deportable'];
const RELEASES = ['Removed', 'Bonded Out', 'Released - Order of Recognizance', 'Paroled'];

function pad(value: number): string {
  return value < 10 ? `0${value}` : String(value);
}

/** `MM/DD/YYYY H:MM` from days since 2023-01-01 and minutes. */
function usDateTime(day: number, minutes: number): string {
  const date = new Date(Date.UTC(2023, 0, 1 + day));
  return `${pad(date.getUTCMonth() + 1)}/${pad(date.getUTCDate())}/${date.getUTCFullYear()} ${Math.floor(minutes / 60)}:${pad(minutes % 60)}`;
}

function usDate(day: number): string {
  return usDateTime(day, 0).slice(0, 10);
}

/** Writes `rows` stint rows (plus the header) to `path`; returns the number of persons. */
export async function writeStintFile(path: string, rows: number, seed = 20261204): Promise<number> {
  const random = mulberry32(seed);
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const out = createWriteStream(path);
  let chunk = `${STINT_HEADER.join(',')}\n`;
  let written = 0;
  let persons = 0;
  while (written < rows) {
    persons += 1;
    const id = `A${String(persons).padStart(8, '0')}`;
    const stints = Math.min(int(1, 5), rows - written);
    const redacted = random() < 0.05;
    const gender = redacted ? '"(b)(6), (b)(7)(C)"' : pick(['Male', 'Male', 'Male', 'Female']);
    const birthYear = redacted ? '(b)(6)' : String(int(1950, 2006));
    const country = pick(COUNTRIES);
    const religion = pick(RELIGIONS);
    const category = pick(CATEGORIES);
    const removed = random() < 0.6;
    const stayIn = int(0, 600);
    let day = stayIn;
    let minutes = int(0, 1439);
    const stayInText = usDateTime(stayIn, minutes);
    const spans: Array<[number, number]> = [];
    for (let index = 0; index < stints; index += 1) {
      const length = int(1, 40);
      spans.push([day, minutes]);
      day += length;
      minutes = int(0, 1439);
    }
    const stayOut = day;
    const stayReason = removed ? 'Removed' : pick(RELEASES);
    for (let index = 0; index < stints; index += 1) {
      const [inDay, inMinutes] = spans[index] as [number, number];
      const last = index === stints - 1;
      const outDay = last ? stayOut : (spans[index + 1] as [number, number])[0];
      const facility = int(1, 220);
      chunk += [
        id,
        usDateTime(inDay, inMinutes),
        usDateTime(outDay, last ? minutes : (spans[index + 1] as [number, number])[1]),
        `FAC${facility}`,
        `"FACILITY ${facility}, PROCESSING CENTER"`,
        last ? stayReason : 'Transferred',
        stayInText,
        usDate(stayOut),
        stayReason,
        religion,
        gender,
        pick(['SINGLE', 'MARRIED', 'UNKNOWN']),
        birthYear,
        pick(['HISPANIC', 'NOT HISPANIC', 'UNKNOWN']),
        pick(['EWI', 'PAROLE', 'UNKNOWN']),
        pick(['Y', 'N']),
        '',
        random() < 0.1 ? `"${int(1, 30)},500"` : '',
        pick(['ACTIVE', '8-Excluded/Removed - Inadmissibility']),
        category,
        removed ? 'YES' : 'NO',
        removed ? usDate(stayIn + 5) : '',
        pick(['1', '2', '3', '']),
        pick(['1 Convicted Criminal', '2 Pending Criminal Charges', '3 Other Immigration Violator']),
        pick(['8USC1326', '8USC1325', '']),
        removed ? usDate(stayOut) : '',
        removed ? country : '',
        country,
        pick(['ERO Criminal Alien Program', 'Non-Detained Docket Control', 'Fugitive Operations']),
        pick(['4801', '5404', '']),
        pick(['ILLEGAL ENTRY', 'DRIVING UNDER INFLUENCE', '']),
      ].join(',');
      chunk += '\n';
      written += 1;
      if (chunk.length > 1 << 20) {
        if (!out.write(chunk)) await once(out, 'drain');
        chunk = '';
      }
    }
  }
  out.end(chunk);
  await once(out, 'finish');
  return persons;
}
