import { describe, expect, it } from 'vitest';
import { personRecordKeys, searchQueryKeys, withTier } from '../../src/core/linkage/searchKeys.js';
import { chooseCandidateRecords } from '../../src/core/usecases/personCandidates.js';

describe('search keys', () => {
  it('keys a record by phonetic surnames (joined and bare), given names, nicknames resolved, pairs and identifiers', () => {
    const keys = personRecordKeys({
      givenNames: 'Pepe Luis',
      familyNames: 'de la Cruz Vázquez',
      birthDate: '1990-05',
      identifiers: [{ value: 'A-012-345-678' }],
    });
    expect(keys).toEqual(
      expect.arrayContaining([
        's:delakrus',
        's:krus',
        's:baskes',
        'g:pepe',
        'g:luis',
        'c:jose',
        'x:delakrus|jose',
        'x:krus|luis',
        'y:baskes|jose|1990',
        'i:a:012345678',
      ]),
    );
    expect(keys).not.toContain('c:luis');
    expect(keys).toEqual([...keys].sort());
  });

  it('gives spellings a clerk hears alike the same keys', () => {
    const garcia = personRecordKeys({ givenNames: 'José', familyNames: 'García' });
    expect(personRecordKeys({ givenNames: 'Jose', familyNames: 'Garsia' })).toEqual(garcia);
    expect(personRecordKeys({ fullName: 'Juan Delacruz' })).toContain('s:delakrus');
  });

  it('keys a full name of guessed order by every reading, and never by an initial alone', () => {
    const keys = personRecordKeys({ fullName: 'GARCIA LOPEZ JOSE L' });
    expect(keys).toEqual(expect.arrayContaining(['x:garsia|jose', 's:lopes']));
    expect(keys.some((key) => /^[gc]:l$/.test(key))).toBe(false);
  });

  it('tries every word of a query as surname and as given name, and adds the year and identifier', () => {
    const keys = searchQueryKeys({ q: 'José García', birthDate: '1990-05-12', identifier: 'A012345678' }).map(
      (key) => key.key,
    );
    expect(keys).toEqual(
      expect.arrayContaining([
        'x:garsia|jose',
        'x:jose|garsia',
        'y:garsia|jose|1990',
        's:jose',
        'g:garsia',
        'i:a:012345678',
      ]),
    );
    expect(keys).not.toContain('x:garsia|garsia');
    expect(searchQueryKeys({ q: '12 34' })).toEqual([]);
  });
});

describe('candidate choice', () => {
  const hit = (key: string, recordId: string) => ({ key, recordId, personId: `per_${recordId}` });

  it('scores the records found by the most selective keys first, and says when a key was cut short', () => {
    const keys = ['s:garsia', 'x:garsia|jose', 'i:a:012345678'].map(withTier);
    const common = Array.from({ length: 4 }, (_, index) => hit('s:garsia', `common${index}`));
    const hits = [
      ...common,
      hit('x:garsia|jose', 'pair'),
      hit('i:a:012345678', 'id'),
      hit('s:garsia', 'pair'),
    ];
    const chosen = chooseCandidateRecords(keys, hits, 3, 3);
    expect(chosen.recordIds).toEqual(['id', 'pair', 'common0']);
    expect(chosen.incomplete).toBe(true);
    expect(chooseCandidateRecords(keys, hits.slice(4), 3, 3)).toEqual({
      recordIds: ['id', 'pair'],
      incomplete: false,
    });
  });
});
