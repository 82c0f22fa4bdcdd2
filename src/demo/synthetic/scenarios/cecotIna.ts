import { allegeGang, criminalHistory } from '../allegations.js';
import { protectionGrant } from '../legalEvents.js';
import { recordOrder, removalNotice } from '../orders.js';
import { reportedInMonth, type ScenarioContext } from '../scenario.js';
import { toMs } from '../time.js';
import { FAC } from '../../public/facilities.js';
import { afterCecot, beforeTheFlight, flyToCecot, pickCecotFlight } from './cecot.js';

function pickFlight(context: ScenarioContext) {
  return pickCecotFlight(context.rng, [15, 15, 70]);
}

/**
 * A Venezuelan removed to CECOT under ordinary immigration law: the order names Venezuela, not El Salvador, and
 * some orders were not yet final.
 */
export function venezuelanUnderIna(context: ScenarioContext): void {
  const { rng } = context;
  const flight = pickFlight(context);
  const departureMs = toMs(flight.departure);
  beforeTheFlight(context, departureMs);
  const state = rng.weighted([
    ['final', 45],
    ['waived', 15],
    ['inside_window', 15],
    ['appeal_pending', 15],
    ['expedited', 10],
  ] as const);
  recordOrder(context, state, departureMs, FAC.elValle, ['VEN']);
  if (rng.chance(0.5)) {
    const language = rng.chance(0.5) ? 'en' : 'es';
    removalNotice(context, FAC.elValle, departureMs, rng.int(18, 48), { language, namesCountry: 'VEN' });
  }
  if (rng.chance(0.6)) allegeGang(context, 'Tren de Aragua', '2025-03');
  criminalHistory(context, { convicted: 0.2, dismissed: 0.05 });
  flyToCecot(context, flight, 'INA241');
  afterCecot(context);
}

/** A Salvadoran removed home and taken to CECOT; a few had withholding of removal against El Salvador. */
export function salvadoranToCecot(context: ScenarioContext): void {
  const { rng, facts } = context;
  const flight = pickFlight(context);
  const departureMs = toMs(flight.departure);
  beforeTheFlight(context, departureMs);
  const state = rng.weighted([
    ['final', 50],
    ['waived', 20],
    ['reinstated', 30],
  ] as const);
  recordOrder(context, state, departureMs, FAC.elValle, ['SLV']);
  if (rng.chance(0.12))
    facts.legalEvent(protectionGrant('INA241b3', 'SLV', `${rng.int(2015, 2021)}-${rng.int(10, 12)}`));
  if (rng.chance(0.6))
    removalNotice(context, FAC.elValle, departureMs, rng.int(20, 72), {
      language: 'es',
      namesCountry: 'SLV',
    });
  allegeGang(context, rng.chance(0.7) ? 'MS-13' : 'Barrio 18', '2025-03');
  criminalHistory(context, { convicted: 0.35, dismissed: 0.05 });
  flyToCecot(context, flight, 'INA241');
  const outcome = rng.weighted([
    ['still_held', 70],
    ['unknown', 20],
    ['released', 10],
  ] as const);
  if (outcome === 'unknown') reportedInMonth(context, 'whereabouts_unknown', `2025-0${rng.int(5, 9)}`);
  if (outcome === 'released')
    reportedInMonth(context, 'released', `2025-0${rng.int(6, 9)}`, { country: 'SLV' });
}
