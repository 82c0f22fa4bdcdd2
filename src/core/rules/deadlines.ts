import { FINDERS, type Closer, type Occurrence, type PersonBundle } from './deadlines.clocks.js';
import {
  CLOCKS,
  RECENTLY_CLOSED_WINDOW,
  type ClockDefinition,
  type ClockId,
  type Duration,
} from './deadlines.data.js';
import { DAY, HOUR, ms } from './time.js';
import type { Bilingual, Facts } from './types.js';

export type { PersonBundle } from './deadlines.clocks.js';

/**
 * A legal clock a person's facts started (deadlines.data.ts). `open` is false once the period has run out or a
 * later fact closed it early (`closedBy`: an appeal filed, a decision made, the person removed); such a clock is
 * still listed for RECENTLY_CLOSED_WINDOW after it closed, then omitted. `endsAt` stays the legal end even when
 * closed early, so a reader can compare the closing fact with it.
 */
export interface Deadline {
  clock: ClockId;
  title: Bilingual;
  legalSource: string;
  /** The anchoring fact's instant. */
  startsAt: string;
  endsAt: string;
  open: boolean;
  /** 0 when closed. */
  timeLeftMs: number;
  timeLeft: Bilingual;
  /** Bundle paths and values the clock came from (the first bundle's paths), and `bundles`: their indexes. */
  facts: Facts;
  note?: Bilingual;
  closedBy?: { fact: string; at: string };
}

const MINUTE = 60_000;
const UNIT_MS: Record<Duration['unit'], number> = { hours: HOUR, days: DAY };

/** A duration in milliseconds. */
export function durationMs(duration: Duration): number {
  return duration.amount * UNIT_MS[duration.unit];
}

const WORD_UNITS = [
  { size: DAY, en: ['day', 'days'], es: ['día', 'días'] },
  { size: HOUR, en: ['hour', 'hours'], es: ['hora', 'horas'] },
  { size: MINUTE, en: ['minute', 'minutes'], es: ['minuto', 'minutos'] },
] as const;

/**
 * Time left in words: the largest unit and the next one down ("3 days 4 hours", "3 días 4 horas"). Rounded down,
 * so the words never promise more time than there is.
 */
export function timeLeftWords(milliseconds: number): Bilingual {
  if (milliseconds <= 0) return { en: '0 minutes', es: '0 minutos' };
  if (milliseconds < MINUTE) return { en: 'less than a minute', es: 'menos de un minuto' };
  let rest = milliseconds;
  const counts = WORD_UNITS.map((unit) => {
    const count = Math.floor(rest / unit.size);
    rest -= count * unit.size;
    return { unit, count };
  });
  const first = counts.findIndex(({ count }) => count > 0);
  const shown = counts.slice(first, first + 2).filter(({ count }) => count > 0);
  const say = (language: 'en' | 'es') =>
    shown.map(({ unit, count }) => `${count} ${unit[language][count === 1 ? 0 : 1]}`).join(' ');
  return { en: say('en'), es: say('es') };
}

/** One clock start, merged over every bundle that records the same anchoring fact. */
interface Started {
  clock: ClockDefinition;
  occurrence: Occurrence;
  bundles: number[];
}

/**
 * The same fact copied into several bundles (one per transfer of the person) starts one clock: same clock, same
 * instant. Closing facts are pooled, since any bundle that knows the clock was closed is right about it.
 */
function startsByFact(bundles: readonly PersonBundle[]): Started[] {
  const started = new Map<string, Started>();
  for (const clock of CLOCKS)
    bundles.forEach((bundle, index) => {
      for (const occurrence of FINDERS[clock.id](bundle, clock)) {
        const key = `${clock.id}@${occurrence.startsAt}`;
        const known = started.get(key);
        if (!known) started.set(key, { clock, occurrence, bundles: [index] });
        else {
          known.bundles.push(index);
          known.occurrence = {
            ...known.occurrence,
            closers: [...known.occurrence.closers, ...occurrence.closers],
          };
        }
      }
    });
  return [...started.values()];
}

/** Departures from the United States in any bundle: they end every pre-removal safeguard that was running. */
function removals(bundles: readonly PersonBundle[]): Closer[] {
  return bundles.flatMap((bundle) => {
    const departure = bundle.transfer?.departureAt;
    const at = ms(departure);
    return departure && at !== undefined && bundle.transfer?.from === 'USA'
      ? [{ fact: 'transfer.departureAt', at, value: departure }]
      : [];
  });
}

/**
 * The closing fact, if any: the earliest at or after the start, no later than now (a fact dated later has not
 * happened yet) and before the legal end (after it, the clock had already run out).
 */
function closingFact(closers: Closer[], startsAt: number, endsAt: number, now: number): Closer | undefined {
  return closers
    .filter((closer) => closer.at >= startsAt && closer.at <= now && closer.at < endsAt)
    .sort((a, b) => a.at - b.at)[0];
}

function notesOf(clock: ClockDefinition, occurrence: Occurrence, endsAt: number): Bilingual | undefined {
  const stayed = clock.stayed && endsAt > (ms(clock.stayed.from) ?? Infinity) ? [clock.stayed.note] : [];
  const notes = [...occurrence.notes, ...(clock.note ? [clock.note] : []), ...stayed];
  if (notes.length === 0) return undefined;
  return { en: notes.map((note) => note.en).join(' '), es: notes.map((note) => note.es).join(' ') };
}

function deadlineOf({ clock, occurrence, bundles }: Started, removed: Closer[], now: number): Deadline[] {
  const { startsAt } = occurrence;
  const endsAt = startsAt + durationMs(clock.duration);
  // A clock anchored after now has not started; one that ran out before its source existed never applied.
  if (startsAt > now || endsAt <= (ms(clock.inForceFrom) ?? -Infinity)) return [];
  const closers = clock.closedByRemoval ? [...occurrence.closers, ...removed] : occurrence.closers;
  const closedBy = closingFact(closers, startsAt, endsAt, now);
  const closedAt = closedBy?.at ?? endsAt;
  const open = !closedBy && now < endsAt;
  if (!open && now - closedAt >= durationMs(RECENTLY_CLOSED_WINDOW)) return [];
  const timeLeftMs = open ? endsAt - now : 0;
  const note = notesOf(clock, occurrence, endsAt);
  const facts = { ...occurrence.facts, ...(closedBy ? { [closedBy.fact]: closedBy.value } : {}), bundles };
  return [
    {
      clock: clock.id,
      title: clock.title,
      legalSource: clock.legalSource,
      startsAt: new Date(startsAt).toISOString(),
      endsAt: new Date(endsAt).toISOString(),
      open,
      timeLeftMs,
      timeLeft: timeLeftWords(timeLeftMs),
      facts: Object.fromEntries(Object.entries(facts).filter(([, value]) => value !== undefined)),
      ...(note ? { note } : {}),
      ...(closedBy ? { closedBy: { fact: closedBy.fact, at: new Date(closedBy.at).toISOString() } } : {}),
    },
  ];
}

/**
 * The legal clocks one person's facts imply at `now` (ms since the epoch), given the bundles of all their
 * transfers (a bundle without `transfer` for facts not tied to one): open clocks, and those closed within
 * RECENTLY_CLOSED_WINDOW, sorted by end. Facts dated after `now` are read as not yet having happened.
 */
export function computeDeadlines(bundles: readonly PersonBundle[], now: number): Deadline[] {
  const removed = removals(bundles);
  return startsByFact(bundles)
    .flatMap((started) => deadlineOf(started, removed, now))
    .sort((a, b) => Date.parse(a.endsAt) - Date.parse(b.endsAt) || a.clock.localeCompare(b.clock));
}
