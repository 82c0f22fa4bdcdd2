import type { CustodyEvent } from '../entities/index.js';
import { earliestDay, latestDay, type PartialDate } from '../values/partialDate.js';
import { departureMoment, eventMoment, involved } from './dating.js';
import { certainlyBefore, dayMoment, possiblyBetween, shown, type Moment } from './moments.js';
import type { Conflict, Fact, PersonFacts } from './types.js';

/** Event types that place the person in the event's facility (a death or a release there is a moment there too). */
const PLACING: ReadonlySet<CustodyEvent['type']> = new Set([
  'detained',
  'transferred',
  'returned',
  'released',
  'died',
]);

/** Event types after which the person is still held in the event's facility. */
const HOLDING: ReadonlySet<CustodyEvent['type']> = new Set(['detained', 'transferred', 'returned']);

interface Stay {
  event: Fact<'custodyEvent'>;
  facilityId: string;
  start: Moment;
  /** The book-out when known; otherwise the stay is the moment of the event alone. */
  end: PartialDate;
}

function staysOf(facts: PersonFacts): Stay[] {
  return facts.custodyEvents.flatMap((event): Stay[] => {
    const { facilityId, until, type } = event.data;
    if (!facilityId || !PLACING.has(type)) return [];
    const start = eventMoment(event);
    // A stay that ends before it begins is a conflict of its own; it places the person nowhere certain.
    if (until && certainlyBefore(dayMoment(until, []), start)) return [];
    return [{ event, facilityId, start, end: until ?? start.day }];
  });
}

/**
 * Whether two stays overlap in every reading of their dates. A reading may put one stay's end at the very moment
 * the other begins (a transfer between facilities is a book-out and a book-in on the same day), so they conflict
 * only when each certainly ends after the other certainly began.
 */
function certainlyOverlap(left: Stay, right: Stay): boolean {
  return (
    latestDay(right.start.day) < earliestDay(left.end) && latestDay(left.start.day) < earliestDay(right.end)
  );
}

function stayText(stay: Stay): string {
  return stay.event.data.until ? `${shown(stay.start)} – ${stay.end}` : shown(stay.start);
}

/** Two custody stays in different facilities that certainly overlap: the person cannot be in both. */
export function twoFacilitiesAtOnce(facts: PersonFacts): Conflict[] {
  const stays = staysOf(facts);
  return stays.flatMap((left, index): Conflict[] =>
    stays
      .slice(index + 1)
      .filter((right) => right.facilityId !== left.facilityId && certainlyOverlap(left, right))
      .map((right) => {
        const [first, second] = left.event.id < right.event.id ? [left, right] : [right, left];
        const paths = (stay: Stay) => [
          stay.start.path,
          ...(stay.event.data.until ? [['until']] : []),
          ['facilityId'],
        ];
        return {
          code: 'two_facilities_at_once' as const,
          message: {
            en: `Two custody events place the person in different facilities at the same time (${stayText(first)} and ${stayText(second)}).`,
            es: `Dos hechos de custodia sitúan a la persona en centros distintos al mismo tiempo (${stayText(first)} y ${stayText(second)}).`,
          },
          facts: [
            involved('custodyEvent', first.event.id, ...paths(first)),
            involved('custodyEvent', second.event.id, ...paths(second)),
          ],
        };
      }),
  );
}

/**
 * Whether some recorded fact may have taken the person out of the facility between `from` and `to`: a custody
 * event that does not hold them there (another facility, a release, unknown whereabouts, a place with no
 * facility), or another transfer that may have moved them.
 */
function mayHaveLeft(
  facts: PersonFacts,
  facilityId: string,
  span: { held: Fact<'custodyEvent'>; from: Moment; transfer: Fact<'transfer'>; to: Moment },
): boolean {
  const eventMayMove = facts.custodyEvents.some(
    (event) =>
      event.id !== span.held.id &&
      !(event.data.facilityId === facilityId && HOLDING.has(event.data.type)) &&
      possiblyBetween(eventMoment(event), span.from, span.to),
  );
  return (
    eventMayMove ||
    facts.transfers.some(
      (transfer) =>
        transfer.id !== span.transfer.id &&
        (transfer.data.status === 'completed' || transfer.data.status === 'unknown') &&
        possiblyBetween(departureMoment(transfer), span.from, span.to),
    )
  );
}

/**
 * A completed transfer into a facility dated after a custody event that already holds the person there: the event
 * is certainly before the transfer's departure, its book-out (if any) certainly after it, and no recorded fact
 * may have taken the person out in between. The timeline would show them in the facility before the transfer
 * that took them there.
 */
export function inFacilityBeforeTransfer(facts: PersonFacts): Conflict[] {
  return facts.transfers.flatMap((transfer): Conflict[] => {
    const facilityId = transfer.data.toFacilityId;
    if (transfer.data.status !== 'completed' || !facilityId) return [];
    const departure = departureMoment(transfer);
    const holders = facts.custodyEvents
      .filter((event) => event.data.facilityId === facilityId && HOLDING.has(event.data.type))
      .map((event) => ({ event, moment: eventMoment(event) }))
      .filter(
        ({ event, moment }) =>
          certainlyBefore(moment, departure) &&
          (!event.data.until || certainlyBefore(departure, dayMoment(event.data.until, []))) &&
          !mayHaveLeft(facts, facilityId, { held: event, from: moment, transfer, to: departure }),
      );
    const first = holders[0];
    if (!first) return [];
    return [
      {
        code: 'in_facility_before_transfer',
        message: {
          en: `A completed transfer into a facility (${shown(departure)}) comes after a custody event that already holds the person there (${shown(first.moment)}), and no recorded fact has them leave it in between.`,
          es: `Un traslado completado a un centro (${shown(departure)}) es posterior a un hecho de custodia que ya retiene allí a la persona (${shown(first.moment)}), y ningún hecho registrado la hace salir entre medias.`,
        },
        facts: [
          involved('transfer', transfer.id, ['status'], departure.path, ['toFacilityId']),
          ...holders.map(({ event, moment }) =>
            involved('custodyEvent', event.id, moment.path, ['facilityId']),
          ),
        ],
      },
    ];
  });
}
