import type { Identity } from './identity.js';
import { NAME_FORMS } from './names.js';
import type { Random } from './random.js';

/** Removes accents as many record systems do (José → Jose, Nguyễn → Nguyen, Đặng → Dang). */
export function stripAccents(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/Đ/g, 'D').replace(/đ/g, 'd');
}

/** The name in reading order: family first for the styles that write it so. */
export function naturalName(identity: Identity): string {
  const given = identity.given.join(' ');
  const family = identity.family.join(' ');
  return identity.style === 'family_first' ? `${family} ${given}` : `${given} ${family}`;
}

/** `GARCIA LOPEZ, JOSE L.`: upper case, no accents, middle names as initials, as a manifest prints it. */
export function manifestName(identity: Identity): string {
  const [first = '', ...rest] = identity.given;
  const initials =
    identity.style === 'family_first' ? rest.join(' ') : rest.map((name) => `${name[0]}.`).join(' ');
  const given = [first, initials].filter(Boolean).join(' ');
  return stripAccents(`${identity.family.join(' ')}, ${given}`).toUpperCase();
}

/** Another written form of a given name (a nickname or a romanization), if one is known. */
export function otherForm(rng: Random, name: string): string | undefined {
  const forms = NAME_FORMS[name];
  return forms ? rng.pick(forms) : undefined;
}

/** A one-letter slip: two letters swapped, or one doubled, as hand-typed lists have. */
export function typo(rng: Random, word: string): string {
  if (word.length < 4) return word;
  const at = rng.int(1, word.length - 3);
  if (rng.chance(0.5)) return word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
  return word.slice(0, at) + word[at] + word.slice(at);
}

/** How a court docket writes the name: compound family names hyphenated, sometimes a slip, sometimes no accents. */
export function docketName(rng: Random, identity: Identity): string {
  let family = identity.family.join('-');
  if (rng.chance(0.3)) family = typo(rng, family);
  const name =
    identity.style === 'family_first'
      ? `${family} ${identity.given.join(' ')}`
      : `${identity.given.join(' ')} ${family}`;
  return rng.chance(0.5) ? stripAccents(name) : name;
}

/** A-numbers as sources write them: `A012345678`, `A-012-345-678` or bare digits without the leading zero. */
export function writeANumber(digits: string, form: 'compact' | 'dashed' | 'bare'): string {
  switch (form) {
    case 'compact':
      return `A${digits}`;
    case 'dashed':
      return `A-${digits.slice(0, 3)}-${digits.slice(3, 6)}-${digits.slice(6)}`;
    case 'bare':
      return digits.replace(/^0+/, '');
  }
}
