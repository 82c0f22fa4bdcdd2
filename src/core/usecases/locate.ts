import { randomInt } from 'node:crypto';
import { z } from 'zod';
import type { LocateRequest } from '../ports/locator.js';
import type { Store } from '../ports/store.js';
import { countrySchema } from '../values/country.js';
import { partialDateSchema, type PartialDate } from '../values/partialDate.js';
import type { UseCaseContext } from './context.js';
import { countHit } from './access/rateLimits.js';
import { searchPersons } from './searchPersons.js';
import { parseOrThrow } from './validate.js';

/** Who answers the families, as configured (`--locator-organisation`, `--locator-contact`). */
export interface LocatorSettings {
  organisation: string;
  contact: string;
}

export const locateRequestSchema = z
  .object({
    name: z.string().trim().min(2).max(300),
    birthDate: partialDateSchema,
    nationality: countrySchema.optional(),
    contact: z.string().trim().min(3).max(300),
    language: z.enum(['en', 'es']).default('es'),
  })
  .strict();

/** Requests a person may make, and requests in all, per hour: the locator must not become a way to probe. */
export const LOCATE_LIMITS = { perAddress: 5, total: 500, windowSeconds: 3600 };

const REFERENCE_ALPHABET = 'ABCDEFGHJKMNPQRSTVWXYZ23456789';

function newReference(): string {
  const part = () =>
    Array.from({ length: 4 }, () => REFERENCE_ALPHABET[randomInt(REFERENCE_ALPHABET.length)]).join('');
  return `R-${part()}-${part()}`;
}

/**
 * A family asks for a relative. Whoever asks (a persecutor too) must not learn whether the person is in the
 * registry, so the answer is the same for everyone, in the same words, after the same work: the request is stored
 * and nothing is looked up now (matches are worked out when the organisation's editors read the requests).
 */
export async function requestLocate(
  context: UseCaseContext,
  input: unknown,
  meta: { address: string },
  settings: LocatorSettings,
): Promise<{ reference: string; organisation: string; contact: string }> {
  const request = parseOrThrow(locateRequestSchema, input);
  const now = context.clock();
  await countHit(
    context.store,
    {
      bucket: `locate:${meta.address}`,
      max: LOCATE_LIMITS.perAddress,
      windowSeconds: LOCATE_LIMITS.windowSeconds,
    },
    now,
    'too many requests from this address',
  );
  await countHit(
    context.store,
    { bucket: 'locate:all', max: LOCATE_LIMITS.total, windowSeconds: LOCATE_LIMITS.windowSeconds },
    now,
    'too many requests right now',
  );
  const stored: LocateRequest = {
    id: context.newId('loc'),
    reference: newReference(),
    createdAt: now.toISOString(),
    name: request.name,
    birthDate: request.birthDate,
    nationality: request.nationality ?? null,
    contact: request.contact,
    language: request.language,
    address: meta.address,
  };
  await context.store.transaction(context.actor, async (unitOfWork) => {
    await unitOfWork.insertLocateRequest(stored);
    // The audit says that a request came and its reference, not whom it seeks: that stays in the request.
    await unitOfWork.audit([
      {
        action: 'create',
        kind: 'locateRequest',
        entityId: stored.id,
        version: 1,
        before: null,
        after: { reference: stored.reference, address: meta.address },
      },
    ]);
  });
  return { reference: stored.reference, organisation: settings.organisation, contact: settings.contact };
}

/** How sure a match must be to be shown beside a request: the editors verify the family before anything else. */
export const LOCATE_MATCH_PROBABILITY = 0.9;

/** The requests, newest first, each with the persons it may concern (for editors, who decide what to disclose). */
export async function listLocateRequests(
  store: Store,
  options: { limit: number; before?: { createdAt: string; id: string } },
) {
  const requests = await store.listLocateRequests(options);
  return Promise.all(
    requests.map(async (request) => {
      const found = await searchPersons(
        store,
        {
          q: request.name,
          birthDate: request.birthDate as PartialDate,
          ...(request.nationality ? { nationality: request.nationality } : {}),
          limit: 5,
        },
        'editor',
      );
      const matches = found.hits
        .filter((hit) => hit.probability >= LOCATE_MATCH_PROBABILITY)
        .map((hit) => ({ personId: hit.person.id, probability: hit.probability, record: hit.record }));
      return { ...request, matches };
    }),
  );
}
