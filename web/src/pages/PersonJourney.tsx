import { useIntl } from 'react-intl';
import type { ItemOf } from '../api/client.js';
import { useEnumLabel } from '../i18n/enums.js';
import { countryName, useLocale } from '../i18n/locale.js';

/** The timeline items these views read (the person page's timeline answer). */
export type JourneyItem = ItemOf<'/api/persons/{id}/timeline'>;

interface Stop {
  country: string;
  from: string;
  to: string;
  /** How the person came to this country: a transfer (its basis), or nothing for the first stop. */
  by: string | null;
}

/**
 * Where the person was held, country by country, in time order: from custody events (their country) and completed
 * transfers (from one state to another). Consecutive facts in the same country make one stop.
 */
export function journeyOf(items: readonly JourneyItem[]): Stop[] {
  const stops: Stop[] = [];
  for (const item of items) {
    const date = item.date ?? '';
    let country: string | undefined;
    let by: string | null = null;
    if (item.kind === 'custodyEvent' && typeof item.entity.country === 'string')
      country = item.entity.country;
    if (item.kind === 'transfer' && item.entity.status === 'completed') {
      const from = item.entity.fromCountry as string;
      if (stops.length === 0) stops.push({ country: from, from: date, to: date, by: null });
      country = item.entity.toCountry as string;
      by = item.type;
    }
    if (!country) continue;
    const last = stops.at(-1);
    if (last && last.country === country && by === null) last.to = date;
    else stops.push({ country, from: date, to: date, by });
  }
  return stops;
}

/** The journey as a line of countries crossing borders, each with its dates and how the person got there. */
export function Journey({ items }: { items: readonly JourneyItem[] }) {
  const intl = useIntl();
  const { locale } = useLocale();
  const label = useEnumLabel();
  const stops = journeyOf(items);
  if (stops.length === 0) return null;
  return (
    <section aria-labelledby="journey">
      <h2 id="journey">{intl.formatMessage({ id: 'person.journey' })}</h2>
      <ol className="journey">
        {stops.map((stop, index) => (
          <li key={`${stop.country}-${index}`}>
            {stop.by ? <span className="muted journey-by">→ {label('basis', stop.by)}</span> : null}
            <strong>{countryName(stop.country, locale)}</strong>
            <span className="muted">
              {stop.from}
              {stop.to && stop.to !== stop.from ? ` – ${stop.to}` : ''}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}

/** Allegations and convictions side by side, never mixed: an accusation is not a finding of guilt. */
export function AllegationsApart({ items }: { items: readonly JourneyItem[] }) {
  const intl = useIntl();
  const allegations = items.filter((item) => item.kind === 'allegation');
  if (allegations.length === 0) return null;
  const convictions = allegations.filter((item) => item.entity.kind === 'conviction');
  const accusations = allegations.filter((item) => item.entity.kind !== 'conviction');
  const list = (entries: JourneyItem[]) =>
    entries.length === 0 ? (
      <p>{intl.formatMessage({ id: 'common.none' })}</p>
    ) : (
      <ul>
        {entries.map((item) => (
          <li key={item.entity.id}>
            <strong>{item.date ?? '—'}</strong>{' '}
            <span data-as-written>{String(item.entity.category ?? '')}</span>
          </li>
        ))}
      </ul>
    );
  return (
    <div className="side-by-side">
      <section className="card" aria-labelledby="allegations">
        <h2 id="allegations">{intl.formatMessage({ id: 'person.allegations' })}</h2>
        {list(accusations)}
      </section>
      <section className="card" aria-labelledby="convictions">
        <h2 id="convictions">{intl.formatMessage({ id: 'person.convictions' })}</h2>
        {list(convictions)}
      </section>
    </div>
  );
}
