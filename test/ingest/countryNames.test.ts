import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { CLI_ACTOR, type Application } from '../../src/app.js';
import { BUILT_IN_PROFILES } from '../../src/core/importing/profiles/index.js';
import { importFile } from '../../src/ingest/importFile.js';
import { firstPage } from '../helpers/facts.js';
import { DIALECTS, freshApplication } from '../helpers/stores.js';

const work = mkdtempSync(join(tmpdir(), 'custodia-country-names-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

// Country names as real files write them: an ISO official name with its state form, ICE's abbreviation, and two
// states that no longer exist (removals to the Soviet Union and Czechoslovakia before they dissolved).
const TRACKER = [
  'destination_country,date,number_removed,origin_nationalities',
  '"Venezuela, Bolivarian Republic Of",2025-03-01,12,Venezuelan',
  'DEM REP OF THE CONGO,2025-04-02,5,',
  'USSR,1989-05-03,3,Soviet',
  'CZECHOSLOVAKIA,1990-02-04,4,Czechoslovak',
].join('\n');

describe.each(DIALECTS)('country names in an imported file on %s', (dialect) => {
  let application: Application;

  beforeEach(async () => {
    application = await freshApplication(dialect);
    return () => application.close();
  });

  it('stores official, abbreviated and former states as their ISO 3166-1 and 3166-3 codes', async () => {
    const file = join(work, `tracker-${dialect}.csv`);
    writeFileSync(file, `${TRACKER}\n`);
    const profile = BUILT_IN_PROFILES.get('removal-tracker');
    if (!profile) throw new Error('no removal-tracker profile');
    const result = await importFile(application.context(CLI_ACTOR), file, {
      profile,
      currentYear: 2025,
      fictional: true,
    });
    expect(result.state.status).toBe('completed');
    expect(result.state.counts).toMatchObject({ rejected: 0 });
    const stored = (await firstPage(application, 'reportedCount')).map((count) => [
      count.data.toCountry,
      count.data.nationalities,
    ]);
    expect(stored.sort()).toEqual([
      ['COD', []],
      ['CSK', ['CSK']],
      ['SUN', ['SUN']],
      ['VEN', ['VEN']],
    ]);
  });
});
