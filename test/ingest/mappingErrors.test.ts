import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../../src/core/errors.js';
import { parseMapping } from '../../src/core/importing/mapping.js';
import { fixturePath } from './profiles/harness.js';

/**
 * A mapping file with several mistakes names them all in one run, each by its place in the file, whether the
 * schema finds it (a bad type) or a check the schema cannot make does (a field the kind does not have, a country
 * nobody knows, a person fact without a person record): fixing one need not reveal the next.
 */

const EXAMPLE = JSON.parse(readFileSync(fixturePath('ngo-case-list.mapping.json'), 'utf8')) as {
  countries: Record<string, string>;
  facts: Array<{ kind: string; person?: boolean; fields: Record<string, Record<string, unknown>> }>;
};

function mistakesOf(mapping: unknown): { message: string; places: string[] } {
  try {
    parseMapping(JSON.stringify(mapping), 'cases.mapping.json');
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    const places = (error.details.issues ?? []).map((issue) => `${issue.path.join('/')}: ${issue.message}`);
    return { message: error.message, places };
  }
  throw new Error('the mapping was accepted');
}

/** The example mapping with changes made to a copy. */
function exampleWith(change: (mapping: typeof EXAMPLE) => void): typeof EXAMPLE {
  const copy = structuredClone(EXAMPLE);
  change(copy);
  return copy;
}

describe('mapping files with several mistakes', () => {
  it('names a bad type, a field the kind lacks and an unknown country in one run', () => {
    const mapping = exampleWith((copy) => {
      (copy.facts[1] as (typeof copy.facts)[number]).fields.toCountry = { column: 'Destino', type: 'nation' };
      (copy.facts[1] as (typeof copy.facts)[number]).fields.airline = { column: 'Aerolínea' };
      copy.countries['SALVADOR'] = 'Salvadoria';
    });
    const { message, places } = mistakesOf(mapping);
    expect(places).toHaveLength(3);
    expect(places[0]).toMatch(/^facts\/1\/fields\/toCountry\/type: /);
    expect(places.slice(1)).toEqual([
      'countries/SALVADOR: Salvadoria is not a country',
      expect.stringMatching(/^facts\/1\/fields\/airline: transfer has no field airline; its fields are /),
    ]);
    expect(message).toMatch(
      /^cases\.mapping\.json: facts\[1\]\.fields\.toCountry\.type: .*; countries\.SALVADOR: Salvadoria is not a country; facts\[1\]\.fields\.airline: transfer has no field airline/,
    );
    // Without them, the mapping reads.
    expect(parseMapping(JSON.stringify(EXAMPLE)).produces).toEqual(['personRecord', 'transfer']);
  });

  it('checks the person link beside schema mistakes, but not against a fact whose kind it cannot read', () => {
    const unlinked = exampleWith((copy) => {
      (copy.facts[0] as (typeof copy.facts)[number]).fields.birthDate = { column: 'Nacimiento', type: 'day' };
      delete (copy.facts[1] as (typeof copy.facts)[number]).person;
    });
    expect(mistakesOf(unlinked).places).toEqual([
      expect.stringMatching(/^facts\/0\/fields\/birthDate\/type: /),
      'facts/1/person: a transfer is about a person: set "person": true',
    ]);
    // A misspelt personRecord is one mistake, not also "no personRecord fact to point at".
    const misspelt = exampleWith((copy) => {
      (copy.facts[0] as (typeof copy.facts)[number]).kind = 'personRecrod';
    });
    expect(mistakesOf(misspelt).places).toEqual([expect.stringMatching(/^facts\/0\/kind: /)]);
    const noRecord = exampleWith((copy) => {
      copy.facts.splice(0, 1);
      (copy.facts[0] as (typeof copy.facts)[number]).fields.toCountry = { column: 'Destino', type: 'nation' };
    });
    expect(mistakesOf(noRecord).places).toEqual([
      expect.stringMatching(/^facts\/0\/fields\/toCountry\/type: /),
      'facts/0/person: no personRecord fact in this mapping to point at',
    ]);
  });

  it('cross-checks the parts that can be, however broken the rest, saying each mistake once', () => {
    const broken = { name: 'Bad Name', countries: { X: 'Nowhere', Y: 7 }, facts: 'none' };
    const { places } = mistakesOf(broken);
    expect(places.map((place) => place.split(':')[0])).toEqual([
      'name',
      'countries/Y',
      'facts',
      'countries/X',
    ]);
    expect(places[3]).toBe('countries/X: Nowhere is not a country');
    expect(new Set(places).size).toBe(places.length);
  });
});
