import { z } from 'zod';
import {
  country,
  ID_PREFIXES,
  idSchema,
  instant,
  note,
  partialDate,
  sourceIdsSchema,
  importedFields,
} from './common.js';

const place = z.strictObject({
  place: z.string().trim().min(1).max(200),
  /** IATA or ICAO code of an airport, when the place is one. */
  airport: z
    .string()
    .regex(/^[A-Z0-9]{3,4}$/)
    .optional(),
  country,
  at: instant.optional(),
  date: partialDate.optional(),
  facilityId: idSchema(ID_PREFIXES.facility).optional(),
});

/** A flight or other conveyance. */
export const movementSchema = z.strictObject({
  kind: z.enum(['flight', 'bus', 'ship', 'land', 'other']),
  carrier: z.string().max(200).optional(),
  flightNumber: z.string().max(20).optional(),
  tailNumber: z.string().max(20).optional(),
  /** Departure date as precisely as known; `departure.at` holds the instant when a source gives it. */
  date: partialDate,
  departure: place,
  arrival: place,
  stops: z.array(place).max(20).default([]),
  sourceIds: sourceIdsSchema,
  ...importedFields,
  note,
});
export type Movement = z.infer<typeof movementSchema>;
