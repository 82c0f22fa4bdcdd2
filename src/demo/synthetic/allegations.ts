import type { ScenarioContext } from './scenario.js';
import { SYN } from './sources.js';

/** The grounds on which gang membership was alleged, weighted as the fictional cases spread them. */
const GANG_BASES = [
  ['tattoo', 40],
  ['gang_database', 25],
  ['officer_statement', 20],
  ['social_media', 10],
  ['government_statement', 5],
] as const;

const CONVICTIONS = [
  ['immigration_offence', 'Illegal re-entry (8 U.S.C. §1326)', 30],
  ['traffic_offence', 'Driving while intoxicated', 20],
  ['drug_offence', 'Possession of a controlled substance', 20],
  ['property_offence', 'Theft', 18],
  ['violent_offence', 'Assault', 12],
] as const;

/**
 * An alleged gang membership: an accusation, never a conviction, whatever its basis. Tattoos and database
 * entries are the commonest grounds in the public reviews of the March 2025 removals.
 */
export function allegeGang(context: ScenarioContext, organisation: string, date: string): void {
  const basis = context.rng.weighted(GANG_BASES);
  context.facts.allegation({
    kind: 'allegation',
    category: 'gang_membership',
    description: `Alleged member of ${organisation}`,
    organisation,
    basis,
    status: 'alleged',
    jurisdiction: 'USA',
    date,
  });
}

/** A US conviction, dated to the year as court records summaries usually give it. */
export function convict(context: ScenarioContext, year: number): void {
  const [category, description] = context.rng.weighted(
    CONVICTIONS.map((row) => [[row[0], row[1]], row[2]] as const),
  );
  context.facts.allegation(
    {
      kind: 'conviction',
      category,
      description,
      basis: 'conviction',
      status: 'convicted',
      jurisdiction: 'USA',
      date: String(year),
    },
    [SYN.docket],
  );
}

/** A charge that was dropped: it stays on record as dismissed, and is not a conviction. */
export function dismissedCharge(context: ScenarioContext, year: number): void {
  context.facts.allegation(
    {
      kind: 'allegation',
      category: context.rng.pick(['drug_offence', 'property_offence', 'violent_offence'] as const),
      description: 'Charge dismissed',
      basis: 'charge',
      status: 'dismissed',
      jurisdiction: 'USA',
      date: String(year),
    },
    [SYN.docket],
  );
}

/** Criminal history in the given shares: most persons have none. */
export function criminalHistory(
  context: ScenarioContext,
  shares: { convicted: number; dismissed: number },
): void {
  const year = context.rng.int(2019, 2024);
  if (context.rng.chance(shares.convicted)) convict(context, year);
  if (context.rng.chance(shares.dismissed)) dismissedCharge(context, context.rng.int(2019, 2024));
}
