import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { lazy, Suspense, useMemo } from 'react';
import { useIntl } from 'react-intl';
import { getJson, type Answer, type ItemOf } from '../api/client.js';
import { CsvLink, Figure, Loaded, Loading } from '../components/common.js';
import { roleAtLeast, useSession } from '../app/session.js';
import { useEnumLabel } from '../i18n/enums.js';
import { countryName, useLocale } from '../i18n/locale.js';
import { FigureNumber, FigureSummary } from '../components/ReportedFigure.js';
import { cellsByKey, figureSize, figuresByKey, type ReportedFigure, type StatsAnswer } from './figures.js';

// Charts and the map load after the first paint: they are most of the overview's weight.
const MonthChart = lazy(() => import('./charts.js').then((module) => ({ default: module.MonthChart })));
const FlowMap = lazy(() => import('./charts.js').then((module) => ({ default: module.FlowMap })));

type AgreementItem = ItemOf<'/api/agreements'>;

function latestStatus(agreement: AgreementItem): string {
  return (
    [...(agreement.statusHistory ?? [])].sort((left, right) => left.date.localeCompare(right.date)).at(-1)
      ?.status ?? '—'
  );
}

export function OverviewPage() {
  const intl = useIntl();
  const { locale } = useLocale();
  const stats = useQuery({ queryKey: ['stats'], queryFn: () => getJson<StatsAnswer>('/api/stats') });
  const agreements = useQuery({
    queryKey: ['agreements', 'all'],
    queryFn: () => getJson<Answer<'/api/agreements'>>('/api/agreements?limit=500'),
  });
  return (
    <>
      <h1>{intl.formatMessage({ id: 'overview.title' })}</h1>
      <p className="note">{intl.formatMessage({ id: 'overview.intro' })}</p>
      <Loaded query={stats}>{(data) => <Figures stats={data} locale={locale} />}</Loaded>
      <h2>{intl.formatMessage({ id: 'overview.agreementsByStatus' })}</h2>
      <Loaded query={agreements}>{(data) => <AgreementsByStatus agreements={data.items} />}</Loaded>
    </>
  );
}

function Figures({ stats, locale }: { stats: StatsAnswer; locale: 'en' | 'es' }) {
  const intl = useIntl();
  const transfers = stats.individualTransfers;
  const months = useMemo(() => {
    const transferMonths = cellsByKey(transfers.byMonth);
    const reportedMonths = figuresByKey(stats.reportedCounts.byMonth);
    const keys = [...new Set([...transferMonths.keys(), ...reportedMonths.keys()])]
      .filter((key) => /^\d{4}-\d{2}$/.test(key))
      .sort();
    const transferLabel = intl.formatMessage({ id: 'overview.transfers' });
    const reportedLabel = intl.formatMessage({ id: 'overview.reported' });
    return keys.flatMap((month) => [
      { month, series: transferLabel, value: transferMonths.get(month)?.value ?? 0 },
      { month, series: reportedLabel, value: figureSize(reportedMonths.get(month)) },
    ]);
  }, [transfers.byMonth, stats.reportedCounts.byMonth, intl]);
  const flows = stats.reportedCounts.flows.map((flow) => ({
    from: flow.from,
    to: flow.to,
    persons: figureSize(flow.figure),
    label: `${countryName(flow.from, locale)} → ${countryName(flow.to, locale)}: ${
      flow.figure.min === flow.figure.max
        ? intl.formatNumber(figureSize(flow.figure))
        : `${intl.formatNumber(flow.figure.min ?? 0)}–${intl.formatNumber(figureSize(flow.figure))}`
    }`,
  }));
  return (
    <>
      <div className="cards">
        <div className="card">
          <div className="muted">{intl.formatMessage({ id: 'overview.transfers' })}</div>
          <div className="figure">
            <Figure cell={{ key: null, value: transfers.total }} />
          </div>
          {transfers.leftOut ? (
            <div className="muted">
              {intl.formatMessage({ id: 'overview.leftOut' }, { count: transfers.leftOut })}
            </div>
          ) : null}
        </div>
        <div className="card">
          <div className="muted">{intl.formatMessage({ id: 'overview.reported' })}</div>
          <FigureSummary figure={stats.reportedCounts.personsReported} />
          <Link to="/reported-counts">{intl.formatMessage({ id: 'counts.title' })}</Link>
        </div>
      </div>
      {stats.suppressionThreshold !== null ? (
        <p className="muted">{intl.formatMessage({ id: 'overview.suppressedNote' })}</p>
      ) : null}
      <h2>{intl.formatMessage({ id: 'overview.byMonth' })}</h2>
      <Suspense fallback={<Loading />}>
        <MonthChart rows={months} label={intl.formatMessage({ id: 'overview.byMonthCaption' })} />
      </Suspense>
      <h2>{intl.formatMessage({ id: 'overview.map' })}</h2>
      <p className="muted">{intl.formatMessage({ id: 'overview.mapCaption' })}</p>
      <Suspense fallback={<Loading />}>
        <FlowMap flows={flows} label={intl.formatMessage({ id: 'overview.map' })} />
      </Suspense>
      <h2>{intl.formatMessage({ id: 'overview.byDestination' })}</h2>
      <DestinationTable stats={stats} locale={locale} />
      <p>
        <CsvLink path="/api/stats" />
      </p>
    </>
  );
}

function DestinationTable({ stats, locale }: { stats: StatsAnswer; locale: 'en' | 'es' }) {
  const intl = useIntl();
  const session = useSession();
  // Individual transfers are about persons: the list they link to is for viewers and up.
  const mayList = roleAtLeast(session.data?.role, 'viewer');
  const transfers = cellsByKey(stats.individualTransfers.byDestination);
  const reported = figuresByKey(stats.reportedCounts.byDestination);
  const keys = [...new Set([...transfers.keys(), ...reported.keys()])].sort((left, right) =>
    countryName(left, locale).localeCompare(countryName(right, locale), locale),
  );
  return (
    <div className="table-wrap">
      <table>
        <thead>
          <tr>
            <th scope="col">{intl.formatMessage({ id: 'common.country' })}</th>
            <th scope="col" className="number">
              {intl.formatMessage({ id: 'overview.transfers' })}
            </th>
            <th scope="col" className="number">
              {intl.formatMessage({ id: 'overview.reported' })}
            </th>
          </tr>
        </thead>
        <tbody>
          {keys.map((key) => (
            <tr key={key}>
              <th scope="row">{countryName(key || null, locale)}</th>
              <td className="number">
                {mayList && transfers.get(key)?.value ? (
                  <Link to="/transfers" search={{ destination: key }}>
                    <Figure cell={transfers.get(key)} />
                  </Link>
                ) : (
                  <Figure cell={transfers.get(key)} />
                )}
              </td>
              <td className="number">
                {reported.has(key) ? (
                  <Link to="/reported-counts" search={{ destination: key }}>
                    <FigureNumber figure={reported.get(key) as ReportedFigure} />
                  </Link>
                ) : (
                  '—'
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function AgreementsByStatus({ agreements }: { agreements: AgreementItem[] }) {
  const intl = useIntl();
  const label = useEnumLabel();
  const { locale } = useLocale();
  const byStatus = new Map<string, AgreementItem[]>();
  for (const agreement of agreements)
    byStatus.set(latestStatus(agreement), [...(byStatus.get(latestStatus(agreement)) ?? []), agreement]);
  return (
    <div className="side-by-side">
      {[...byStatus].map(([status, items]) => (
        <section key={status} className="card" aria-label={label('status', status)}>
          <h3>
            {label('status', status)} ({intl.formatNumber(items.length)})
          </h3>
          <ul>
            {items.map((agreement) => (
              <li key={agreement.id}>
                <Link to="/agreements/$id" params={{ id: agreement.id }}>
                  {agreement.name}
                </Link>{' '}
                <span className="muted">
                  {countryName(agreement.sendingCountry, locale)} →{' '}
                  {countryName(agreement.receivingCountry, locale)}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
