import { describe, expect, it } from 'vitest';
import {
  NICKNAMES,
  canonicalGivenNames,
  foldText,
  parseName,
  type NameInput,
} from '../../src/core/linkage/normalize.js';

const full = (fullName: string) => parseName({ fullName });

describe('foldText', () => {
  it.each([
    ['  GARCÍA-LÓPEZ, José L. ', 'garcia lopez jose l'],
    ['Ñandú Peña', 'nandu pena'],
    ['Müller Straße', 'muller strasse'],
    ['Øre Łódź', 'ore lodz'],
    ['O’Brien', 'obrien'],
    ["D'Alessandro", 'dalessandro'],
    ['Garci\u0301a', 'garcia'], // written decomposed: a combining accent after the i
    ['ＧＡＲＣＩＡ', 'garcia'], // full-width letters
    ['José\tLuis\n  García', 'jose luis garcia'],
    ['(b)(6)', 'b 6'],
    ['', ''],
    ['  ...  ', ''],
  ])('%j → %j', (text, folded) => {
    expect(foldText(text)).toBe(folded);
  });
});

describe('parseName: the order of given names and surnames', () => {
  it('guesses Spanish order for a full name: the last two words are the surnames', () => {
    const name = full('José Luis García López');
    expect(name).toMatchObject({
      raw: 'José Luis García López',
      given: ['jose', 'luis'],
      family: ['garcia', 'lopez'],
      familyBare: ['garcia', 'lopez'],
      initials: ['j', 'l'],
      familyKeys: ['garcia', 'lopez'],
      order: 'guessed',
    });
    expect(name.alternatives).toContainEqual({
      given: ['jose', 'luis', 'garcia'],
      family: ['lopez'],
      familyBare: ['lopez'],
    });
    expect(name.alternatives).toContainEqual({
      given: ['luis', 'garcia', 'lopez'],
      family: ['jose'],
      familyBare: ['jose'],
    });
  });

  it('reads FAMILY, GIVEN with a comma, in capitals and with an initial', () => {
    expect(full('GARCIA LOPEZ, JOSE L.')).toMatchObject({
      given: ['jose', 'l'],
      family: ['garcia', 'lopez'],
      initials: ['j', 'l'],
      order: 'comma',
      alternatives: [],
    });
  });

  it('finds the same name however it is written', () => {
    const forms = [
      'José Luis García López',
      'JOSE LUIS GARCIA LOPEZ',
      'GARCIA LOPEZ, JOSE LUIS',
      'García López, José Luis',
      'José Luis GARCÍA LÓPEZ',
      'GARCÍA LÓPEZ José Luis',
      'jose luis garcia-lopez',
    ];
    for (const form of forms) {
      const name = full(form);
      expect({ form, given: name.given, family: name.family }).toEqual({
        form,
        given: ['jose', 'luis'],
        family: ['garcia', 'lopez'],
      });
    }
    expect(parseName({ givenNames: 'JOSÉ LUIS', familyNames: 'GARCÍA-LÓPEZ' })).toMatchObject({
      given: ['jose', 'luis'],
      family: ['garcia', 'lopez'],
      order: 'fields',
    });
  });

  it('keeps the surnames in the order written, paternal first, so a swap can be seen by the comparison', () => {
    expect(full('López García, José').family).toEqual(['lopez', 'garcia']);
    expect(full('José García López').family).toEqual(['garcia', 'lopez']);
  });

  it('takes the surnames from capitals when only they are capitalised', () => {
    expect(full('José Luis GARCÍA de la CRUZ')).toMatchObject({
      given: ['jose', 'luis'],
      family: ['garcia', 'delacruz'],
      familyBare: ['garcia', 'cruz'],
      order: 'capitals',
    });
    expect(full('MARTÍNEZ Ana')).toMatchObject({ given: ['ana'], family: ['martinez'], order: 'capitals' });
    // All in capitals says nothing about the order, and neither does one word in capitals in the middle.
    expect(full('ANA MARTINEZ').order).toBe('guessed');
    expect(full('Ana MARÍA García').order).toBe('guessed');
    expect(full('José L. GARCÍA')).toMatchObject({
      given: ['jose', 'l'],
      family: ['garcia'],
      order: 'capitals',
    });
  });

  it('takes the last word as the surname of a two-word name, with the reverse as an alternative', () => {
    expect(full('Jose Garsia')).toMatchObject({
      given: ['jose'],
      family: ['garsia'],
      alternatives: [{ given: ['garsia'], family: ['jose'], familyBare: ['jose'] }],
    });
    expect(full('Pepe García')).toMatchObject({ given: ['pepe'], family: ['garcia'] });
  });

  it('takes a single word as a surname and records it could be a given name', () => {
    expect(full('García')).toMatchObject({
      given: [],
      family: ['garcia'],
      alternatives: [{ given: ['garcia'], family: [], familyBare: [] }],
    });
  });

  it('never takes an initial for a surname', () => {
    expect(full('J.L. García')).toMatchObject({
      given: ['j', 'l'],
      family: ['garcia'],
      initials: ['j', 'l'],
    });
    expect(full('José L. García')).toMatchObject({ given: ['jose', 'l'], family: ['garcia'] });
    expect(full('José L. García López')).toMatchObject({ given: ['jose', 'l'], family: ['garcia', 'lopez'] });
    expect(full('J. Luis García López')).toMatchObject({ given: ['j', 'luis'], family: ['garcia', 'lopez'] });
  });

  it('reads a name that ends with an initial as written surnames first', () => {
    expect(full('GARCIA LOPEZ JOSE L')).toMatchObject({ given: ['jose', 'l'], family: ['garcia', 'lopez'] });
    expect(full('GARCIA JOSE L')).toMatchObject({ given: ['jose', 'l'], family: ['garcia'] });
  });

  it('keeps devotional given names given: María del Carmen, José de Jesús, Juan de Dios', () => {
    expect(full('María del Carmen Ruiz')).toMatchObject({ given: ['maria', 'carmen'], family: ['ruiz'] });
    expect(full('María del Carmen Ruiz López')).toMatchObject({
      given: ['maria', 'carmen'],
      family: ['ruiz', 'lopez'],
    });
    expect(full('José de Jesús Martínez')).toMatchObject({ given: ['jose', 'jesus'], family: ['martinez'] });
    expect(full('Juan de Dios Pérez Gómez')).toMatchObject({
      given: ['juan', 'dios'],
      family: ['perez', 'gomez'],
    });
    expect(parseName({ givenNames: 'María de los Ángeles', familyNames: 'Torres' }).given).toEqual([
      'maria',
      'angeles',
    ]);
  });

  it('ignores the full name when the source has separate fields', () => {
    const name = parseName({ fullName: 'Something Else', givenNames: 'Ana', familyNames: 'Ruiz' });
    expect(name).toMatchObject({ raw: 'Ana Ruiz', given: ['ana'], family: ['ruiz'], order: 'fields' });
    expect(parseName({ familyNames: 'Delacruz' })).toMatchObject({ given: [], family: ['delacruz'] });
    expect(parseName({ givenNames: '  ', familyNames: '', fullName: 'Ana Ruiz' }).order).toBe('guessed');
  });

  it.each<[NameInput]>([[{}], [{ fullName: '' }], [{ fullName: '  ,  ' }], [{ givenNames: ' ' }]])(
    'gives an empty name for %j',
    (input) => {
      expect(parseName(input)).toMatchObject({ given: [], family: [], initials: [], familyKeys: [] });
    },
  );
});

describe('parseName: particles, compound surnames, suffixes', () => {
  it('joins particles so that de la Cruz and Delacruz compare equal, and keeps the bare surname', () => {
    const spaced = full('María de la Cruz');
    const joined = full('MARIA DELACRUZ');
    expect(spaced).toMatchObject({ given: ['maria'], family: ['delacruz'], familyBare: ['cruz'] });
    expect(spaced.familyKeys).toEqual(['delacruz', 'cruz']);
    expect(joined.family).toEqual(spaced.family);
    expect(full('DE LA CRUZ, MARIA').family).toEqual(['delacruz']);
    expect(full('María De La Cruz').family).toEqual(['delacruz']);
    expect(full('Maria De-La-Cruz').family).toEqual(['delacruz']);
  });

  it('never splits a written-together surname, since Delgado is not del Gado', () => {
    expect(full('Ana Delgado').familyBare).toEqual(['delgado']);
    expect(full('MARIA DELACRUZ').familyBare).toEqual(['delacruz']);
  });

  it.each([
    ['José Pérez de los Santos', ['perez', 'delossantos'], ['perez', 'santos']],
    ['dos Santos, João', ['dossantos'], ['santos']],
    ['Ana Sofía van der Berg', ['sofia', 'vanderberg'], ['sofia', 'berg']],
    ['Luis del Río', ['delrio'], ['rio']],
    ['Juan García-López', ['garcia', 'lopez'], ['garcia', 'lopez']],
    ['Pedro Pablo García y López', ['garcia', 'lopez'], ['garcia', 'lopez']],
    ["O'Brien, Patrick", ['obrien'], ['obrien']],
    ['Martín San Martín', ['sanmartin'], ['martin']],
  ])('%s → %j (bare %j)', (written, family, bare) => {
    const name = full(written);
    expect(name.family).toEqual(family);
    expect(name.familyBare).toEqual(bare);
  });

  it('drops titles and generational suffixes', () => {
    expect(full('John Smith Jr.')).toMatchObject({ given: ['john'], family: ['smith'] });
    expect(full('Sr. José Pérez')).toMatchObject({ given: ['jose'], family: ['perez'] });
    expect(full('García, Jr.')).toMatchObject({ family: ['garcia'], order: 'guessed' });
    expect(full('SMITH, JOHN III')).toMatchObject({ given: ['john'], family: ['smith'] });
  });

  it('folds accents and case, whatever the source dropped', () => {
    const accented = full('Ángel Núñez Peña');
    const plain = full('ANGEL NUNEZ PENA');
    expect(plain.given).toEqual(accented.given);
    expect(plain.family).toEqual(accented.family);
    expect(accented.family).toEqual(['nunez', 'pena']);
  });
});

describe('canonicalGivenNames', () => {
  it.each([
    ['Pepe', 'José'],
    ['Pepito', 'José'],
    ['Paco', 'Francisco'],
    ['Pancho', 'Francisco'],
    ['Curro', 'Francisco'],
    ['Lupe', 'Guadalupe'],
    ['Chuy', 'Jesús'],
    ['Chucho', 'Jesús'],
    ['Nacho', 'Ignacio'],
    ['Beto', 'Roberto'],
    ['Beto', 'Alberto'],
    ['Beto', 'Humberto'],
    ['Lalo', 'Eduardo'],
    ['Kike', 'Enrique'],
    ['Quique', 'Enrique'],
    ['Lola', 'Dolores'],
    ['Charo', 'Rosario'],
    ['Memo', 'Guillermo'],
    ['Toño', 'Antonio'],
    ['TONO', 'Antonio'],
    ['Chelo', 'Consuelo'],
    ['Concha', 'Concepción'],
    ['Conchita', 'Concepción'],
    ['Nando', 'Fernando'],
    ['Rafa', 'Rafael'],
    ['Manolo', 'Manuel'],
    ['Maco', 'Marco'],
    ['Chema', 'José María'],
    ['Tere', 'Teresa'],
    ['Juanjo', 'Juan José'],
    ['Santi', 'Santiago'],
    ['Gabo', 'Gabriel'],
    ['Licha', 'Alicia'],
    ['Fito', 'Adolfo'],
    ['Fito', 'Rodolfo'],
    ['Lencho', 'Lorenzo'],
    ['Poncho', 'Alfonso'],
    ['Goyo', 'Gregorio'],
    ['Pili', 'Pilar'],
    ['Mari', 'María'],
  ])('%s stands for %s', (nickname, name) => {
    expect(canonicalGivenNames(nickname).has(foldText(name))).toBe(true);
  });

  it('gives a name that is not a nickname as itself, folded', () => {
    expect([...canonicalGivenNames('José')]).toEqual(['jose']);
    expect([...canonicalGivenNames('JOSE')]).toEqual(['jose']);
    expect([...canonicalGivenNames('Zacarías')]).toEqual(['zacarias']);
    expect([...canonicalGivenNames('')]).toEqual([]);
  });

  it('lets Pepe meet José but not Roberto meet Alberto through Beto', () => {
    const meets = (left: string, right: string) =>
      [...canonicalGivenNames(left)].some((name) => canonicalGivenNames(right).has(name));
    expect(meets('Pepe', 'José')).toBe(true);
    expect(meets('Pepe', 'Chepe')).toBe(true);
    expect(meets('Beto', 'Alberto')).toBe(true);
    expect(meets('Roberto', 'Alberto')).toBe(false);
    expect(meets('Paco', 'Pepe')).toBe(false);
  });

  it('has one entry per folded form, each naming at least one given name', () => {
    const folded = Object.keys(NICKNAMES).map(foldText);
    expect(new Set(folded).size).toBe(folded.length);
    for (const names of Object.values(NICKNAMES)) expect(names.length).toBeGreaterThan(0);
  });
});
