import { DAY, departure, inWindow, ms } from '../time.js';
import type { Facts, Outcome, Predicate } from '../types.js';
import { outcomeOf, thresholdOf, undecidedOf, windowOf } from './helpers.js';
import { allOf, BREACHED, type Check, flagCheck, MET, missingOf, unknownCheck } from './safeguards.js';

/**
 * UK-RWANDA: enforced transfers from the UK (or with no sending state recorded) to Rwanda. The Rule 39 test has
 * no window: an interim measure binds whenever it is in force.
 */
export const ukRwanda: Predicate = (bundle, rule) => {
  const { transfer } = bundle;
  if (transfer.authority !== 'UK_ENFORCED' || transfer.destination !== 'RWA') return [];
  if (transfer.from !== undefined && transfer.from !== 'GBR') return [];
  const facts: Facts = {
    'transfer.departureAt': transfer.departureAt,
    'transfer.interimMeasureInForce': transfer.interimMeasureInForce,
  };
  const outcomes: Outcome[] = [];
  const at = departure(bundle);
  if (at === undefined)
    outcomes.push(undecidedOf(rule, 'unknown', ['transfer.departureAt'], 'violation', facts));
  else if (inWindow(at, windowOf(rule, 'aaa'))) outcomes.push(outcomeOf(rule, 'unlawfulTransfer', facts));
  else if (inWindow(at, windowOf(rule, 'safetyOfRwandaAct')))
    outcomes.push(outcomeOf(rule, 'deemedSafe', facts), outcomeOf(rule, 'article3Risk', facts));
  if (transfer.interimMeasureInForce === true) outcomes.push(outcomeOf(rule, 'interimMeasure', facts));
  return outcomes;
};

const GJADER = /gjad[eë]r/i;

/**
 * EU-IT-ALB: every transfer under the protocol is taken to rely on a safe-country designation (the accelerated
 * border procedure it was built for); detention for return at Gjadër is warned of at any time.
 */
export const italyAlbania: Predicate = (bundle, rule) => {
  const { transfer } = bundle;
  if (transfer.authority !== 'IT_ALB_PROTOCOL') return [];
  const agreement = transfer.agreement;
  const facts: Facts = {
    'transfer.departureAt': transfer.departureAt,
    'agreement.safeCountrySourcesDisclosed': agreement?.safeCountrySourcesDisclosed,
    'agreement.designatedSafeForWholePopulation': agreement?.designatedSafeForWholePopulation,
    'receivingFacility.name': transfer.receivingFacility?.name,
  };
  const designation = allOf(
    flagCheck(agreement?.safeCountrySourcesDisclosed, 'transfer.agreement.safeCountrySourcesDisclosed'),
    flagCheck(
      agreement?.designatedSafeForWholePopulation,
      'transfer.agreement.designatedSafeForWholePopulation',
    ),
  );
  const outcomes: Outcome[] = [];
  const at = departure(bundle);
  if (at === undefined) {
    if (designation.state !== 'met')
      outcomes.push(
        undecidedOf(rule, 'unknown', ['transfer.departureAt', ...missingOf(designation)], 'violation', facts),
      );
  } else if (inWindow(at, windowOf(rule, 'safeCountryDesignation'))) {
    if (designation.state === 'breached') outcomes.push(outcomeOf(rule, 'unsafeDesignation', facts));
    if (designation.state === 'unknown')
      outcomes.push(undecidedOf(rule, 'unknown', designation.missing, 'violation', facts));
  }
  if (GJADER.test(transfer.receivingFacility?.name ?? ''))
    outcomes.push(outcomeOf(rule, 'gjaderDetention', facts));
  return outcomes;
};

const CATEM = /catem/i;

/**
 * CR-RECEIVING-DETENTION: held at CATEM after being sent to Costa Rica. Arrival is the hand-over to Costa Rican
 * custody, else the departure; "15 calendar days" is read as 15 × 24 hours from that instant (calendar as
 * opposed to working days). One violation whichever safeguard failed.
 */
export const costaRicaDetention: Predicate = (bundle, rule) => {
  const { transfer } = bundle;
  if (transfer.destination !== 'CRI' || !CATEM.test(transfer.receivingFacility?.name ?? '')) return [];
  const arrivalAt = transfer.custodyTransferAt ?? transfer.departureAt;
  const arrival = ms(arrivalAt);
  const decision = transfer.statusDecisionAt;
  const decided = ms(decision);
  let status: Check;
  if (decision === undefined) status = unknownCheck(['transfer.statusDecisionAt']);
  else if (decided === undefined) status = BREACHED;
  else if (arrival === undefined)
    status = unknownCheck(['transfer.custodyTransferAt', 'transfer.departureAt']);
  else status = decided - arrival > thresholdOf(rule, 'statusDecisionDays') * DAY ? BREACHED : MET;
  const asylum = flagCheck(transfer.asylumProcedureAvailable, 'transfer.asylumProcedureAvailable');
  const both = allOf(status, asylum);
  const facts: Facts = {
    'receivingFacility.name': transfer.receivingFacility?.name,
    'transfer.statusDecisionAt': decision,
    arrivalAt,
    'transfer.asylumProcedureAvailable': transfer.asylumProcedureAvailable,
  };
  if (both.state === 'met') return [];
  if (both.state === 'breached') return [outcomeOf(rule, 'detainedWithoutSafeguards', facts)];
  return [undecidedOf(rule, 'unknown', both.missing, 'violation', facts)];
};
