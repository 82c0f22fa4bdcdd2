import type { CustodyEvent } from '../entities/index.js';
import type { Bilingual } from '../rules/types.js';

/** A custody event's type in words, for messages in both languages. */
export const EVENT_TYPE: Record<CustodyEvent['type'], Bilingual> = {
  detained: { en: 'detention', es: 'detención' },
  transferred: { en: 'transfer', es: 'traslado' },
  released: { en: 'release', es: 'puesta en libertad' },
  returned: { en: 'return', es: 'retorno' },
  died: { en: 'death', es: 'fallecimiento' },
  whereabouts_unknown: { en: 'whereabouts unknown', es: 'paradero desconocido' },
};
