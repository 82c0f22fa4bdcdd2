import { departureMoment, involved } from './dating.js';
import {
  certainlyAfterNow,
  certainlyBefore,
  dayMoment,
  instantMoment,
  shown,
  type Moment,
} from './moments.js';
import type { Conflict, Fact, PersonFacts } from './types.js';

/**
 * A transfer marked completed whose departure is still to come: its `departureAt` is after `now`, or every day
 * its `date` may denote is after today in every time zone. Both fields are named when both say so.
 */
export function completedTransferInFuture(facts: PersonFacts, now: Date): Conflict[] {
  return facts.transfers.flatMap((transfer): Conflict[] => {
    const { status, departureAt, date } = transfer.data;
    if (status !== 'completed') return [];
    const future = [
      ...(departureAt ? [instantMoment(departureAt, ['departureAt'])] : []),
      dayMoment(date, ['date']),
    ].filter((moment) => certainlyAfterNow(moment, now));
    const first = future[0];
    if (!first) return [];
    return [
      {
        code: 'completed_transfer_in_future',
        message: {
          en: `A transfer is marked completed, but its departure (${shown(first)}) is still to come.`,
          es: `Un traslado figura como completado, pero su salida (${shown(first)}) aún no ha llegado.`,
        },
        facts: [involved('transfer', transfer.id, ['status'], ...future.map((moment) => moment.path))],
      },
    ];
  });
}

/**
 * A transfer whose hand-over to the receiving state's custody is certainly before its departure: `custodyTransferAt`
 * before `departureAt`, or (no `departureAt`) on a day certainly before its `date`.
 */
export function handOverBeforeDeparture(facts: PersonFacts): Conflict[] {
  return facts.transfers.flatMap((transfer): Conflict[] => {
    const handOverAt = transfer.data.custodyTransferAt;
    if (!handOverAt) return [];
    const handOver = instantMoment(handOverAt, ['custodyTransferAt']);
    const departure = departureMoment(transfer);
    if (!certainlyBefore(handOver, departure)) return [];
    return [
      {
        code: 'transfer_handover_before_departure',
        message: {
          en: `A transfer's hand-over (${shown(handOver)}) is dated before its departure (${shown(departure)}).`,
          es: `La entrega de custodia de un traslado (${shown(handOver)}) es anterior a su salida (${shown(departure)}).`,
        },
        facts: [involved('transfer', transfer.id, handOver.path, departure.path)],
      },
    ];
  });
}

/** The movement's departure: `departure.at`, else `departure.date`, else the movement's `date`. */
function movementDeparture(movement: Fact<'movement'>): Moment {
  const { departure, date } = movement.data;
  if (departure.at) return instantMoment(departure.at, ['departure', 'at']);
  return departure.date ? dayMoment(departure.date, ['departure', 'date']) : dayMoment(date, ['date']);
}

function movementArrival(movement: Fact<'movement'>): Moment | undefined {
  const { arrival } = movement.data;
  if (arrival.at) return instantMoment(arrival.at, ['arrival', 'at']);
  return arrival.date ? dayMoment(arrival.date, ['arrival', 'date']) : undefined;
}

/**
 * A movement that arrives certainly before it departs. It is about the movement alone (no person): a movement's
 * write answers with it, and every person the movement transferred carries it.
 */
export function movementArrivesBeforeDeparture(movement: Fact<'movement'>): Conflict[] {
  const arrival = movementArrival(movement);
  const departure = movementDeparture(movement);
  if (!arrival || !certainlyBefore(arrival, departure)) return [];
  return [
    {
      code: 'movement_arrives_before_departure',
      message: {
        en: `A movement arrives (${shown(arrival)}) before it departs (${shown(departure)}).`,
        es: `Un desplazamiento llega (${shown(arrival)}) antes de salir (${shown(departure)}).`,
      },
      facts: [involved('movement', movement.id, arrival.path, departure.path)],
    },
  ];
}
