import { comparePartialDates, type PartialDate } from '../values/partialDate.js';
import { eventMoment, involved } from './dating.js';
import { certainlyBefore, dayMoment, shown } from './moments.js';
import type { Conflict, PersonFacts } from './types.js';
import { EVENT_TYPE } from './words.js';

/**
 * A custody event certainly before a birth date one of the person's records gives (every day the event may
 * denote precedes every day the birth date may). Records that disagree on the birth date are judged one by one:
 * the event contradicts each record it precedes.
 */
export function custodyBeforeBirth(facts: PersonFacts): Conflict[] {
  const births = facts.records.flatMap((record) =>
    record.data.birthDate ? [{ record, birthDate: record.data.birthDate }] : [],
  );
  if (births.length === 0) return [];
  return facts.custodyEvents.flatMap((event): Conflict[] => {
    const moment = eventMoment(event);
    const later = births.filter(({ birthDate }) => certainlyBefore(moment, dayMoment(birthDate, [])));
    if (later.length === 0) return [];
    const birthDates = [...new Set(later.map(({ birthDate }) => birthDate))].join(', ');
    return [
      {
        code: 'custody_before_birth',
        message: {
          en: `A custody event (${EVENT_TYPE[event.data.type].en}, ${shown(moment)}) is dated before the birth date a person record gives (${birthDates}).`,
          es: `Un hecho de custodia (${EVENT_TYPE[event.data.type].es}, ${shown(moment)}) es anterior a la fecha de nacimiento que da un registro de la persona (${birthDates}).`,
        },
        facts: [
          involved('custodyEvent', event.id, moment.path),
          ...later.map(({ record }) => involved('personRecord', record.id, ['birthDate'])),
        ],
      },
    ];
  });
}

/**
 * A release that can end no recorded detention: it is certainly before every `detained` event of the person. A
 * person with no recorded detention is not judged (the registry may simply not know of it).
 */
export function releaseBeforeDetention(facts: PersonFacts): Conflict[] {
  const detentions = facts.custodyEvents
    .filter((event) => event.data.type === 'detained')
    .map((event) => ({ event, moment: eventMoment(event) }));
  if (detentions.length === 0) return [];
  return facts.custodyEvents.flatMap((release): Conflict[] => {
    if (release.data.type !== 'released') return [];
    const moment = eventMoment(release);
    if (!detentions.every((detention) => certainlyBefore(moment, detention.moment))) return [];
    const first = detentions.reduce((earliest, detention) =>
      certainlyBefore(detention.moment, earliest.moment) ? detention : earliest,
    );
    return [
      {
        code: 'release_before_detention',
        message: {
          en: `A release (${shown(moment)}) is dated before every detention of the person (the earliest: ${shown(first.moment)}).`,
          es: `Una puesta en libertad (${shown(moment)}) es anterior a todas las detenciones de la persona (la primera: ${shown(first.moment)}).`,
        },
        facts: [
          involved('custodyEvent', release.id, moment.path),
          ...detentions.map(({ event, moment: detained }) =>
            involved('custodyEvent', event.id, detained.path),
          ),
        ],
      },
    ];
  });
}

/**
 * A custody step that ends before it begins: its `until` certainly before its own date (or instant), or its
 * stay's `to` certainly before the stay's `from`. One conflict per event, naming every pair of fields at fault.
 */
export function custodyEndsBeforeItBegins(facts: PersonFacts): Conflict[] {
  return facts.custodyEvents.flatMap((event): Conflict[] => {
    const moment = eventMoment(event);
    const pairs: Array<{ end: PartialDate; start: string; paths: string[][] }> = [];
    const { until, stay } = event.data;
    if (until && certainlyBefore(dayMoment(until, []), moment))
      pairs.push({ end: until, start: shown(moment), paths: [['until'], moment.path] });
    if (stay?.to && comparePartialDates(stay.to, stay.from) === 'before')
      pairs.push({
        end: stay.to,
        start: stay.from,
        paths: [
          ['stay', 'to'],
          ['stay', 'from'],
        ],
      });
    if (pairs.length === 0) return [];
    const text = pairs.map((pair) => `${pair.end} < ${pair.start}`).join('; ');
    return [
      {
        code: 'custody_ends_before_it_begins',
        message: {
          en: `A custody event (${EVENT_TYPE[event.data.type].en}) ends before it begins (${text}).`,
          es: `Un hecho de custodia (${EVENT_TYPE[event.data.type].es}) termina antes de empezar (${text}).`,
        },
        facts: [involved('custodyEvent', event.id, ...pairs.flatMap((pair) => pair.paths))],
      },
    ];
  });
}
