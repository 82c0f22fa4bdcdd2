import { useIntl } from 'react-intl';
import type { Answer } from '../api/client.js';
import type { ReportedFigure } from '../pages/figures.js';

/** A figure with what it adds: each distinct event, its later moves and its breakdowns (listed, never added). */
export type ReportedFigureWithItems = Answer<'/api/agreements/{id}'>['reportedCounts']['personsReported'];

type FigureItem = ReportedFigureWithItems['items'][number];
type FigureEvent = FigureItem | FigureItem['samePersons'][number] | FigureItem['breakdowns'][number];

const QUALIFIED = { about: 'figure.about', at_least: 'figure.atLeast', at_most: 'figure.atMost' } as const;

/** A reported number as a reader should quote it: a range where sources differ, with its qualifier. */
export function FigureNumber({ figure }: { figure: Pick<ReportedFigure, 'min' | 'max' | 'qualifier'> }) {
  const intl = useIntl();
  const { min, max, qualifier } = figure;
  const unknown = intl.formatMessage({ id: 'common.unknown' });
  if (min === null && max === null) return <>{intl.formatMessage({ id: 'figure.unknownSize' })}</>;
  const value =
    min === max
      ? min === null
        ? unknown
        : intl.formatNumber(min)
      : `${min === null ? unknown : intl.formatNumber(min)}–${max === null ? unknown : intl.formatNumber(max)}`;
  return <>{qualifier === 'exact' ? value : intl.formatMessage({ id: QUALIFIED[qualifier] }, { value })}</>;
}

/** The whole figure: its number, the events of unknown size beside it, and what it rests on. */
export function FigureSummary({ figure }: { figure: ReportedFigure }) {
  const intl = useIntl();
  return (
    <>
      <div className="figure">
        <FigureNumber figure={figure} />
      </div>
      {figure.unknownSizeEvents > 0 ? (
        <div>{intl.formatMessage({ id: 'figure.unknownEvents' }, { count: figure.unknownSizeEvents })}</div>
      ) : null}
      <div className="muted">
        {intl.formatMessage(
          { id: 'figure.restsOn' },
          { events: figure.events, sources: figure.sourceIds.length },
        )}
      </div>
    </>
  );
}

function EventLine({ event }: { event: FigureEvent }) {
  const intl = useIntl();
  const groups = [...new Set(event.counts.map((count) => count.group).filter(Boolean))];
  return (
    <>
      <strong>
        <FigureNumber figure={event} />
      </strong>{' '}
      <span data-as-written>{groups.join('; ')}</span>
      {event.min !== event.max ? (
        <span className="muted"> ({intl.formatMessage({ id: 'figure.sourcesDiffer' })})</span>
      ) : null}
    </>
  );
}

/** Each event the figure adds, with the same persons moved again and the breakdowns under it. */
export function FigureItems({ figure }: { figure: ReportedFigureWithItems }) {
  const intl = useIntl();
  return (
    <ul className="figure-items">
      {figure.items.map((item) => (
        <li key={item.event}>
          <EventLine event={item} />
          {item.samePersons.length > 0 ? (
            <ul>
              {item.samePersons.map((event) => (
                <li key={event.event}>
                  <span className="muted">{intl.formatMessage({ id: 'figure.samePersons' })}: </span>
                  <EventLine event={event} />
                </li>
              ))}
            </ul>
          ) : null}
          {item.breakdowns.length > 0 ? (
            <ul>
              {item.breakdowns.map((event) => (
                <li key={event.event}>
                  <span className="muted">{intl.formatMessage({ id: 'figure.ofWhich' })}: </span>
                  <EventLine event={event} />
                </li>
              ))}
            </ul>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
