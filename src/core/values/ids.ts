const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** Makes ids: a kind prefix and a ULID (time-ordered, so new rows land at the end of indexes). */
export type IdGenerator = (prefix: string) => string;

/** `randomBytes(n)` supplies randomness, `now()` milliseconds since the epoch: both come from the caller. */
export function makeIdGenerator(now: () => number, randomBytes: (count: number) => Uint8Array): IdGenerator {
  return (prefix) => {
    let time = now();
    let timePart = '';
    for (let index = 0; index < 10; index += 1) {
      timePart = ALPHABET[time % 32] + timePart;
      time = Math.floor(time / 32);
    }
    let randomPart = '';
    for (const byte of randomBytes(16)) randomPart += ALPHABET[byte % 32];
    return `${prefix}_${timePart}${randomPart}`;
  };
}
