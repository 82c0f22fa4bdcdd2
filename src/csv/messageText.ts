/** Values and sizes as error messages show them. */

const EXCERPT_LENGTH = 40;
// C0 and C1 controls, DEL, and the invisible characters that reorder or hide text (bidi marks, BOM, separators).
const UNPRINTABLE =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]/g;

/**
 * The start of a value for a message, quoted, with control and invisible characters escaped (`\u0000`): a refusal
 * quotes enough to find the value, never a 50 MB cell, nor a NUL or escape sequence into a terminal or a log.
 */
export function excerpt(text: string, length = EXCERPT_LENGTH): string {
  const cut = text.length > length;
  // A surrogate pair cut in two would leave half a character.
  let shown = cut ? text.slice(0, length) : text;
  if (cut && /[\ud800-\udbff]$/.test(shown)) shown = shown.slice(0, -1);
  const escaped = shown
    .replace(/["\\]/g, '\\$&')
    .replace(UNPRINTABLE, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `"${escaped}"${cut ? '…' : ''}`;
}

/** A size for messages: `16 GiB`, `1 MiB`, `300 KiB`, `1000 bytes`. */
export function sizeText(bytes: number): string {
  for (const [unit, size] of [
    ['TiB', 1024 ** 4],
    ['GiB', 1024 ** 3],
    ['MiB', 1024 ** 2],
    ['KiB', 1024],
  ] as const) {
    if (bytes >= size) return `${Number((bytes / size).toFixed(1))} ${unit}`;
  }
  return `${bytes} bytes`;
}
