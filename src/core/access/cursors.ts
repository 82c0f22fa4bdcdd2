import { openCursor, sealCursor } from './secrets.js';

/**
 * Turns a list's position into the opaque `cursor` a caller passes back, and back again. Positions hold sort
 * values (a birth date, when person records are listed by date), so cursors are sealed: a caller can neither
 * read nor forge them. The key is shared by every API process (kept in the database), so any process can continue
 * a list another one began.
 */
export interface CursorCodec {
  seal(payload: unknown): string;
  /** The payload, or undefined for anything not sealed by this registry (tampered, truncated, another key). */
  open(text: string): unknown;
}

export function cursorCodec(key: Buffer): CursorCodec {
  return { seal: (payload) => sealCursor(key, payload), open: (text) => openCursor(key, text) };
}
