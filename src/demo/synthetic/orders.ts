import { appeal, notice, removalOrder } from './legalEvents.js';
import { atFacility, type ScenarioContext } from './scenario.js';
import { DAY, HOUR, quarterHour } from './time.js';

/**
 * The states a removal order can be in at departure, as the rule US-FINAL-ORDER tells them apart: final (after
 * the 30-day appeal window, or with the appeal waived), still inside the window, or under an appeal not yet
 * decided; and the summary orders (expedited removal, reinstatement) that are final when issued.
 */
export type OrderState = 'final' | 'waived' | 'inside_window' | 'appeal_pending' | 'expedited' | 'reinstated';

function issuedBefore(
  context: ScenarioContext,
  facilityId: string,
  departureMs: number,
  minDays: number,
  maxDays: number,
) {
  const ms = quarterHour(
    departureMs - context.rng.int(minDays, maxDays) * DAY - context.rng.int(0, 8) * HOUR,
  );
  return { ms, text: atFacility(facilityId, ms) };
}

/** Records the removal order (and, when pending, the appeal) a person had when they departed. */
export function recordOrder(
  context: ScenarioContext,
  state: OrderState,
  departureMs: number,
  facilityId: string,
  countriesNamed: string[],
): void {
  const { facts, rng } = context;
  switch (state) {
    case 'final': {
      const issued = issuedBefore(context, facilityId, departureMs, 60, 400);
      const finalAt = atFacility(facilityId, issued.ms + 30 * DAY);
      facts.legalEvent(removalOrder('INA240', issued.text, finalAt, countriesNamed, false));
      return;
    }
    case 'waived': {
      const issued = issuedBefore(context, facilityId, departureMs, 20, 300);
      facts.legalEvent(removalOrder('INA240', issued.text, issued.text, countriesNamed, true));
      return;
    }
    case 'inside_window': {
      const issued = issuedBefore(context, facilityId, departureMs, 4, 25);
      facts.legalEvent(removalOrder('INA240', issued.text, null, countriesNamed, false));
      return;
    }
    case 'appeal_pending': {
      const issued = issuedBefore(context, facilityId, departureMs, 40, 200);
      facts.legalEvent(removalOrder('INA240', issued.text, null, countriesNamed, false));
      facts.legalEvent(appeal(atFacility(facilityId, issued.ms + rng.int(5, 25) * DAY), null));
      return;
    }
    case 'expedited':
    case 'reinstated': {
      const issued = issuedBefore(context, facilityId, departureMs, 2, 30);
      const authority = state === 'expedited' ? 'ER235b1' : 'REINST241a5';
      facts.legalEvent(removalOrder(authority, issued.text, issued.text, countriesNamed));
      return;
    }
  }
}

/** A removal notice served some hours before departure, in the given language. */
export function removalNotice(
  context: ScenarioContext,
  facilityId: string,
  departureMs: number,
  hoursBefore: number,
  details: {
    language: string;
    namesCountry?: string;
    kind?: 'removal' | 'third_country';
    explains?: boolean;
  },
): void {
  const servedAt = atFacility(facilityId, quarterHour(departureMs - hoursBefore * HOUR));
  const facts = {
    kind: details.kind ?? 'removal',
    servedAt,
    toCounsel: context.identity.hasCounsel === true && context.rng.chance(0.7),
    language: details.language,
  } as const;
  context.facts.legalEvent(
    notice({
      ...facts,
      ...(details.namesCountry ? { namesCountry: details.namesCountry } : {}),
      ...(details.explains !== undefined ? { explainsHowToChallenge: details.explains } : {}),
    }),
  );
}
