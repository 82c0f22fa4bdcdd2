import { describe, expect, it } from 'vitest';
import { DomainError } from '../../src/core/errors.js';
import {
  bindColumnMap,
  type ColumnMap,
  LINKAGE_ROLES,
  parseColumnMap,
  recordFromRow,
} from '../../src/core/linkage/columnMap.js';

const ARGUMENT = '--left-map';

function failureOf(work: () => unknown): DomainError {
  try {
    work();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError, but nothing was thrown');
}

function parseFailure(text: string): DomainError {
  return failureOf(() => parseColumnMap(text, ARGUMENT));
}

describe('parseColumnMap', () => {
  it('reads column=role pairs in order', () => {
    const map = parseColumnMap(
      'record_id=id,given=given_names,surnames=family_names,dob=birth_date,a_number=identifier,passport=identifier,city=extra',
      ARGUMENT,
    );
    expect(map).toEqual<ColumnMap>({
      argumentName: ARGUMENT,
      mappings: [
        { column: 'record_id', role: 'id' },
        { column: 'given', role: 'given_names' },
        { column: 'surnames', role: 'family_names' },
        { column: 'dob', role: 'birth_date' },
        { column: 'a_number', role: 'identifier' },
        { column: 'passport', role: 'identifier' },
        { column: 'city', role: 'extra' },
      ],
    });
  });

  it('accepts every role', () => {
    const text = LINKAGE_ROLES.map((role) => `column ${role}=${role}`).join(',');
    expect(parseColumnMap(text, ARGUMENT).mappings.map((mapping) => mapping.role)).toEqual(LINKAGE_ROLES);
  });

  it('trims spaces around entries, names and roles, keeping spaces inside names', () => {
    const map = parseColumnMap('  first name = given_names ,  Fecha de nacimiento=birth_date  ', ARGUMENT);
    expect(map.mappings).toEqual([
      { column: 'first name', role: 'given_names' },
      { column: 'Fecha de nacimiento', role: 'birth_date' },
    ]);
  });

  it('reads roles in any case', () => {
    expect(parseColumnMap('name=Full_Name,x=EXTRA', ARGUMENT).mappings).toEqual([
      { column: 'name', role: 'full_name' },
      { column: 'x', role: 'extra' },
    ]);
  });

  it('reads quoted column names holding commas, equals signs and quotes', () => {
    const map = parseColumnMap(
      '"Last, name"=family_names, "a=b" = extra,"the ""nick"""=extra,"  padded  "=given_names',
      ARGUMENT,
    );
    expect(map.mappings).toEqual([
      { column: 'Last, name', role: 'family_names' },
      { column: 'a=b', role: 'extra' },
      { column: 'the "nick"', role: 'extra' },
      { column: '  padded  ', role: 'given_names' },
    ]);
  });

  it('allows full_name beside given_names and family_names', () => {
    const map = parseColumnMap('n=full_name,g=given_names,f=family_names', ARGUMENT);
    expect(map.mappings).toHaveLength(3);
  });

  it.each([
    ['', 'is empty: give column=role pairs'],
    ['   ', 'is empty: give column=role pairs'],
    ['dob', '"dob" has no "=": write column=role'],
    ['name=full_name,dob', '"dob" has no "=": write column=role'],
    ['=id,name=full_name', '"=id" has no column name before "="'],
    ['dob=,name=full_name', '"dob=" has no role after "="'],
    ['a=b=id,name=full_name', '"a=b=id" has more than one "=": quote a column name that holds "=" or ","'],
    ['name=full_name,,dob=birth_date', 'an empty entry (two commas in a row, or a comma at an end)'],
    ['name=full_name,', 'an empty entry (two commas in a row, or a comma at an end)'],
    ['"Last, name=family_names', 'a quote that is not closed in ""Last, name=family_names"'],
    [
      '"Last" name=family_names',
      'text after the closing quote of a column name in ""Last" name=family_names"',
    ],
    [
      'name=full_name,dob=dob',
      '"dob" (for column "dob") is not a role; the roles are id, given_names, family_names, full_name, birth_date, sex, nationality, identifier, extra',
    ],
    [
      'name=full_name,a=birth_date,b=birth_date',
      'the role birth_date is given to two columns ("a" and "b"); only identifier and extra can be repeated',
    ],
    ['name=full_name,x=identifier,x=extra', 'the column "x" is mapped more than once'],
    [
      'id=id,dob=birth_date,a=identifier',
      'no column holds a name: map at least one column to given_names, family_names or full_name',
    ],
  ])('refuses %j', (text, problem) => {
    const error = parseFailure(text);
    expect(error.code).toBe('invalid_input');
    expect(error.message).toContain(`${ARGUMENT}: `);
    expect(error.message).toContain(problem);
    expect(error.details.issues?.map((issue) => issue.path)).toContainEqual([ARGUMENT]);
  });

  it('reports every problem at once, one issue each', () => {
    const error = parseFailure('dob,name=nombre,x=id,y=id');
    expect(error.details.issues?.map((issue) => issue.message)).toEqual([
      '"dob" has no "=": write column=role',
      expect.stringMatching(/^"nombre" \(for column "name"\) is not a role/),
      'the role id is given to two columns ("x" and "y"); only identifier and extra can be repeated',
    ]);
    expect(error.message).toBe(
      `${ARGUMENT}: ${error.details.issues?.map((issue) => issue.message).join('; ')}`,
    );
  });

  it('does not claim no name is mapped when a role was misspelt', () => {
    const error = parseFailure('first=given_name');
    expect(error.details.issues).toHaveLength(1);
    expect(error.message).toMatch(/"given_name" \(for column "first"\) is not a role/);
  });

  it('names the argument it was given', () => {
    expect(failureOf(() => parseColumnMap('x', '--right-map')).message).toMatch(/^--right-map: /);
  });
});

describe('bindColumnMap', () => {
  const map = parseColumnMap('id=id,Given Names=given_names,dob=birth_date,city=extra', ARGUMENT);

  it('finds each column by its exact name', () => {
    const bound = bindColumnMap(map, ['city', 'dob', 'unused', 'Given Names', 'id'], 'left.csv');
    expect(bound).toEqual({
      argumentName: ARGUMENT,
      fileLabel: 'left.csv',
      columns: [
        { column: 'id', role: 'id', header: 'id', index: 4 },
        { column: 'Given Names', role: 'given_names', header: 'Given Names', index: 3 },
        { column: 'dob', role: 'birth_date', header: 'dob', index: 1 },
        { column: 'city', role: 'extra', header: 'city', index: 0 },
      ],
    });
  });

  it('falls back to a match ignoring case and extra spaces', () => {
    const bound = bindColumnMap(map, ['ID', ' given  names ', 'DOB', 'City'], 'left.csv');
    expect(bound.columns.map((column) => [column.column, column.header, column.index])).toEqual([
      ['id', 'ID', 0],
      ['Given Names', ' given  names ', 1],
      ['dob', 'DOB', 2],
      ['city', 'City', 3],
    ]);
  });

  it('prefers the exact name to a loose match', () => {
    const loose = parseColumnMap('Name=full_name', ARGUMENT);
    expect(bindColumnMap(loose, ['NAME', 'Name', 'name'], 'x.csv').columns[0]?.index).toBe(1);
  });

  it('refuses a column the file lacks, naming the column and file and listing the columns', () => {
    const error = failureOf(() => bindColumnMap(map, ['id', 'Given Names', 'birth', 'city'], 'left.csv'));
    expect(error.code).toBe('invalid_input');
    expect(error.message).toBe(
      `${ARGUMENT}: left.csv has no column "dob"; the columns of left.csv are "id", "Given Names", "birth", "city"`,
    );
    expect(error.details.issues).toEqual([
      { path: [ARGUMENT], message: 'left.csv has no column "dob"' },
      { path: [ARGUMENT], message: 'the columns of left.csv are "id", "Given Names", "birth", "city"' },
    ]);
  });

  it('lists every missing column at once', () => {
    const error = failureOf(() => bindColumnMap(map, ['id'], 'left.csv'));
    expect(error.details.issues?.map((issue) => issue.message)).toEqual([
      'left.csv has no column "Given Names"',
      'left.csv has no column "dob"',
      'left.csv has no column "city"',
      'the columns of left.csv are "id"',
    ]);
  });

  it('refuses a name that loosely matches several columns', () => {
    const loose = parseColumnMap('name=full_name', ARGUMENT);
    const error = failureOf(() => bindColumnMap(loose, ['Name', 'NAME'], 'x.csv'));
    expect(error.message).toMatch(
      /"name" matches several columns of x\.csv \("Name", "NAME"\); write it exactly as in the file/,
    );
  });

  it('refuses two entries that find the same column', () => {
    const twice = parseColumnMap('DOB=birth_date,dob=extra,n=full_name', ARGUMENT);
    const error = failureOf(() => bindColumnMap(twice, ['Dob', 'n'], 'x.csv'));
    expect(error.message).toMatch(/"DOB" and "dob" are the same column "Dob" of x\.csv/);
  });
});

describe('recordFromRow', () => {
  const header = [
    'record_id',
    'given',
    'surnames',
    'full',
    'dob',
    'sex',
    'nat',
    'a_number',
    'passport',
    'city',
    'x',
  ];
  const bound = bindColumnMap(
    parseColumnMap(
      'record_id=id,given=given_names,surnames=family_names,full=full_name,dob=birth_date,sex=sex,nat=nationality,a_number=identifier,passport=identifier,city=extra,x=extra',
      ARGUMENT,
    ),
    header,
    'left.csv',
  );

  it('takes each mapped value, trimmed', () => {
    const row = recordFromRow(bound, [
      ' R1 ',
      'José Luis',
      'García López',
      'José Luis García López',
      '02/04/1995',
      'M',
      'MEX',
      'A012345678',
      ' G1234567 ',
      'Tapachula',
      'note',
    ]);
    expect(row).toEqual({
      id: 'R1',
      givenNames: 'José Luis',
      familyNames: 'García López',
      fullName: 'José Luis García López',
      birthDate: '02/04/1995',
      sex: 'M',
      nationality: 'MEX',
      identifiers: ['A012345678', 'G1234567'],
      extras: { city: 'Tapachula', x: 'note' },
    });
  });

  it('leaves out empty and blank cells', () => {
    const row = recordFromRow(bound, ['', 'Ana', '  ', '', '', '', '', '', 'G1', '', ' ']);
    expect(row).toEqual({ givenNames: 'Ana', identifiers: ['G1'], extras: {} });
    expect('id' in row).toBe(false);
  });

  it('treats missing cells of a short row as empty', () => {
    expect(recordFromRow(bound, ['R2', 'Ana'])).toEqual({
      id: 'R2',
      givenNames: 'Ana',
      identifiers: [],
      extras: {},
    });
  });

  it('ignores columns the map does not name', () => {
    const small = bindColumnMap(parseColumnMap('b=full_name', ARGUMENT), ['a', 'b', 'c'], 'y.csv');
    expect(recordFromRow(small, ['1', 'Ana Pérez', '3'])).toEqual({
      fullName: 'Ana Pérez',
      identifiers: [],
      extras: {},
    });
  });

  it('keys extras by the name the file gives the column', () => {
    const loose = bindColumnMap(parseColumnMap('n=full_name,CITY=extra', ARGUMENT), ['n', 'City'], 'y.csv');
    expect(recordFromRow(loose, ['Ana', 'Lima']).extras).toEqual({ City: 'Lima' });
  });

  it('keeps an extra column named __proto__ as data', () => {
    const odd = bindColumnMap(
      parseColumnMap('n=full_name,__proto__=extra', ARGUMENT),
      ['n', '__proto__'],
      'z.csv',
    );
    const row = recordFromRow(odd, ['Ana', 'value']);
    expect(Object.keys(row.extras)).toEqual(['__proto__']);
    expect(row.extras['__proto__']).toBe('value');
  });
});
