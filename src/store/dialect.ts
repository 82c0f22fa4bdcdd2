/**
 * What differs between the databases, as data. Code asks these flags instead of testing which engine it runs on.
 */
export interface DialectCapabilities {
  name: 'sqlite' | 'postgres';
  /** Column definition of an auto-incrementing 64-bit primary key. */
  serialPrimaryKey: string;
  /** Largest number of bound parameters one statement may carry. */
  maxParameters: number;
  /** Whether the driver returns 64-bit integers and counts as strings (pg) rather than numbers. */
  bigintAsString: boolean;
  /** Whether `ILIKE` exists; otherwise `LIKE` is already case-insensitive for ASCII (SQLite). */
  ilike: boolean;
  /** Whether rows can be locked for the rest of a transaction (`SELECT … FOR UPDATE`); SQLite locks the file. */
  rowLocks: boolean;
  /** Text column type that compares byte by byte, so ids and dates sort the same on every engine. */
  textType: string;
  /**
   * How a lookup table answers from its primary key alone: SQLite stores the table in its primary key
   * (`without rowid`), PostgreSQL adds the other columns to the key's index (`include`).
   */
  coveringPrimaryKey: 'without_rowid' | 'include';
}

export const SQLITE: DialectCapabilities = {
  name: 'sqlite',
  serialPrimaryKey: 'integer primary key autoincrement',
  maxParameters: 32_000,
  bigintAsString: false,
  ilike: false,
  rowLocks: false,
  textType: 'text',
  coveringPrimaryKey: 'without_rowid',
};

export const POSTGRES: DialectCapabilities = {
  name: 'postgres',
  serialPrimaryKey: 'bigserial primary key',
  maxParameters: 65_000,
  bigintAsString: true,
  ilike: true,
  rowLocks: true,
  textType: 'text collate "C"',
  coveringPrimaryKey: 'include',
};
