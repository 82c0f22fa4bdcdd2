/**
 * The importer's warnings and other readings travel with a fact (issue 13); on person facts they may quote a
 * cell that viewers must not see (a birth date, an identifier), so the presenter withholds those parts below
 * editor, as it does for the fact's own fields.
 */
import { describe, expect, it } from 'vitest';
import { presentEntity, WITHHELD } from '../../src/core/presenters/entityPresenter.js';
import type { Stored } from '../../src/core/ports/store.js';

const record = {
  id: 'rec_1',
  version: 1,
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
  retracted: null,
  data: {
    personId: 'per_1',
    fullName: 'Ana Pérez',
    birthDate: '1990-03-04',
    identifiers: [{ kind: 'a_number', value: 'A123456789' }],
    nationalities: ['SLV'],
    sourceIds: ['src_1'],
    warnings: [
      {
        column: 'Nacimiento',
        value: '03/04/1990',
        reason: '03/04/1990: day and month could be read either way',
      },
    ],
    alternatives: [
      {
        values: { birthDate: '1990-04-03', identifiers: [{ kind: 'a_number', value: 'A987654321' }] },
        sourceId: 'src_1',
        row: 7,
        reason: 'row 7 gives other values for this person record than row 3, whose are kept',
      },
    ],
  },
} as unknown as Stored;

describe('readings of person facts', () => {
  it('shows editors the warnings and other readings as the importer wrote them', () => {
    const shown = presentEntity('personRecord', record, 'editor');
    expect(shown.warnings).toEqual((record.data as { warnings: unknown }).warnings);
    expect(shown.alternatives).toEqual((record.data as { alternatives: unknown }).alternatives);
  });

  it('withholds from viewers the cells and words a reading quotes, keeping the column and the year', () => {
    const shown = presentEntity('personRecord', record, 'viewer');
    expect(shown.warnings).toEqual([{ column: 'Nacimiento', value: WITHHELD, reason: WITHHELD }]);
    expect(shown.alternatives).toEqual([
      {
        values: { birthDate: '1990', identifiers: WITHHELD },
        sourceId: 'src_1',
        row: 7,
        reason: 'row 7 gives other values for this person record than row 3, whose are kept',
      },
    ]);
    expect(JSON.stringify(shown)).not.toMatch(/03\/04|A987654321|A123456789|1990-0/);
  });
});
