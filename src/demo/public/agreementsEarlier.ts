import type { RawEntity } from '../types.js';
import { AGR, status } from './agreementsUs.js';
import { FAC } from './facilities.js';
import { SRC } from './sourceIds.js';

function guatemalaAca(): RawEntity<'agreement'> {
  return {
    id: AGR.usGtmAca,
    data: {
      name: 'United States – Guatemala Asylum Cooperative Agreement',
      sendingCountry: 'USA',
      receivingCountry: 'GTM',
      kind: 'safe_third_country',
      statusHistory: [
        status('signed', '2019-07-26', [SRC.dhsAca]),
        status('in_force', '2019-11', [SRC.hrwAca], 'first transfers'),
        status('suspended', '2021-02', [SRC.hrwAca]),
      ],
      sourceIds: [SRC.dhsAca, SRC.hrwAca],
    },
  };
}

function ukRwanda(): RawEntity<'agreement'> {
  return {
    id: AGR.ukRwa,
    data: {
      name: 'United Kingdom – Rwanda Migration and Economic Development Partnership',
      sendingCountry: 'GBR',
      receivingCountry: 'RWA',
      kind: 'third_country_transfer',
      // The 2022 partnership was a memorandum; the 2023-12-05 instrument is a treaty.
      legallyBinding: true,
      statusHistory: [
        status('announced', '2022-04-14', [SRC.ukRwandaAnnounced]),
        status('struck_down', '2023-11-15', [SRC.ukSupremeCourtAaa], 'R (AAA) v SSHD [2023] UKSC 42'),
        status('signed', '2023-12-05', [SRC.ukRwandaTreaty], 'treaty'),
        status('ended', '2024-07', [SRC.ukRwandaEnded], 'abandoned'),
      ],
      note:
        `The first flight was stopped on 2022-06-14 by a European Court of Human Rights interim measure ` +
        `(${SRC.ukRwandaFirstFlight}); the Safety of Rwanda Act received royal assent on 2024-04-25 ` +
        `(${SRC.ukSafetyOfRwandaAct}).`,
      sourceIds: [SRC.ukRwandaAnnounced, SRC.ukRwandaFirstFlight, SRC.ukSafetyOfRwandaAct],
    },
  };
}

function italyAlbania(): RawEntity<'agreement'> {
  return {
    id: AGR.itaAlb,
    data: {
      name: 'Italy – Albania Protocol',
      sendingCountry: 'ITA',
      receivingCountry: 'ALB',
      kind: 'offshore_processing',
      statusHistory: [
        status('signed', '2023-11-06', [SRC.italyProtocol]),
        status('in_force', '2024-10-16', [SRC.italyFirstTransfer], 'first transfer'),
      ],
      terms: [
        { type: 'facilities', facilityIds: [FAC.shengjin, FAC.gjader], sourceIds: [SRC.italyProtocol] },
      ],
      note:
        `The first 16 men were returned to Italy after court rulings; the centres were used for return detention ` +
        `from 2025-04 (${SRC.italyReturnDetention}); CJEU judgment in C-758/24 and C-759/24 on 2025-08-01 ` +
        `(${SRC.cjeuAlbania}).`,
      sourceIds: [SRC.italyProtocol, SRC.italyFirstTransfer, SRC.italyReturnDetention, SRC.cjeuAlbania],
    },
  };
}

function australiaNauru(): RawEntity<'agreement'> {
  return {
    id: AGR.ausNru,
    data: {
      name: 'Australia – Nauru regional processing',
      sendingCountry: 'AUS',
      receivingCountry: 'NRU',
      kind: 'offshore_processing',
      statusHistory: [
        status('in_force', '2001', [SRC.australiaNauru]),
        status('ended', '2008', [SRC.australiaNauru]),
        status('in_force', '2012', [SRC.australiaNauru], 'resumed'),
        status('in_force', '2021-09-24', [SRC.australiaNauruMou], 'memorandum of understanding signed'),
      ],
      sourceIds: [SRC.australiaNauru, SRC.australiaNauruMou],
    },
  };
}

/** The earlier schemes elsewhere, from PUBLIC-FACTS.md. */
export function earlierAgreements(): Array<RawEntity<'agreement'>> {
  return [guatemalaAca(), ukRwanda(), italyAlbania(), australiaNauru()];
}
