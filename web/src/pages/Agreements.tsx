import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { lazy, Suspense } from 'react';
import { useIntl } from 'react-intl';
import type { z } from 'zod/mini';
import type { agreementsSearch } from '../app/searchSchemas.js';
import { getJson, type Answer, type ItemOf } from '../api/client.js';
import { CsvLink, Loaded, Loading, SourcesOf } from '../components/common.js';
import { DayPicker } from '../components/DateField.js';
import {
  FigureItems,
  FigureNumber,
  FigureSummary,
  type ReportedFigureWithItems,
} from '../components/ReportedFigure.js';
import { useEnumLabel } from '../i18n/enums.js';
import { countryName, useLocale } from '../i18n/locale.js';

const DiffusionChart = lazy(() =>
  import('./charts.js').then((module) => ({ default: module.DiffusionChart })),
);
const FlowMap = lazy(() => import('./charts.js').then((module) => ({ default: module.FlowMap })));

/** The list's filters live in the address: a filtered view is a link one can share. */

const KINDS = [
  'third_country_transfer',
  'prisoner_housing',
  'safe_third_country',
  'offshore_processing',
  'readmission',
];
const STATUSES = ['announced', 'signed', 'in_force', 'suspended', 'ended', 'struck_down'];

export function AgreementsPage() {
  const intl = useIntl();
  const label = useEnumLabel();
  const { locale } = useLocale();
  const search = useSearch({ from: '/agreements' });
  const navigate = useNavigate({ from: '/agreements' });
  const query = new URLSearchParams({ limit: '500' });
  if (search.kind) query.set('kind', search.kind);
  if (search.status) query.set('status', search.status);
  if (search.country) query.set('country', search.country);
  const path = `/api/agreements?${query.toString()}`;
  const agreements = useQuery({
    queryKey: ['agreements', path],
    queryFn: () => getJson<{ items: Agreement[] }>(path),
  });
  const set = (key: keyof z.infer<typeof agreementsSearch>, value: string) =>
    void navigate({ search: (previous) => ({ ...previous, [key]: value || undefined }) });
  return (
    <>
      <h1>{intl.formatMessage({ id: 'agreements.title' })}</h1>
      <form
        className="filters"
        aria-label={intl.formatMessage({ id: 'agreements.filters' })}
        onSubmit={(event) => event.preventDefault()}
      >
        <label>
          {intl.formatMessage({ id: 'agreements.kind' })}
          <select value={search.kind ?? ''} onChange={(event) => set('kind', event.target.value)}>
            <option value="">{intl.formatMessage({ id: 'agreements.any' })}</option>
            {KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {label('kind', kind)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {intl.formatMessage({ id: 'agreements.status' })}
          <select value={search.status ?? ''} onChange={(event) => set('status', event.target.value)}>
            <option value="">{intl.formatMessage({ id: 'agreements.any' })}</option>
            {STATUSES.map((status) => (
              <option key={status} value={status}>
                {label('status', status)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {intl.formatMessage({ id: 'agreements.country' })}
          <input
            value={search.country ?? ''}
            maxLength={3}
            size={5}
            placeholder="SLV"
            onChange={(event) => set('country', event.target.value.toUpperCase())}
          />
        </label>
        <CsvLink path={path} />
      </form>
      <Loaded query={agreements}>
        {(data) => (
          <>
            <p className="muted">
              {intl.formatMessage({ id: 'agreements.count' }, { count: data.items.length })}
            </p>
            <div className="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th scope="col">{intl.formatMessage({ id: 'agreements.name' })}</th>
                    <th scope="col">{intl.formatMessage({ id: 'agreements.kind' })}</th>
                    <th scope="col">{intl.formatMessage({ id: 'agreements.states' })}</th>
                    <th scope="col">{intl.formatMessage({ id: 'agreements.status' })}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.items.map((agreement) => {
                    const latest = [...(agreement.statusHistory ?? [])]
                      .sort((a, b) => a.date.localeCompare(b.date))
                      .at(-1);
                    return (
                      <tr key={agreement.id}>
                        <td>
                          <Link to="/agreements/$id" params={{ id: agreement.id }}>
                            {agreement.name}
                          </Link>
                        </td>
                        <td>{label('kind', agreement.kind)}</td>
                        <td>
                          {countryName(agreement.sendingCountry, locale)} →{' '}
                          {countryName(agreement.receivingCountry, locale)}
                        </td>
                        <td>
                          {label('status', latest?.status)} <span className="muted">{latest?.date}</span>
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
            <Diffusion agreements={data.items} />
          </>
        )}
      </Loaded>
    </>
  );
}

/** Agreements since 2019 on a time axis and on a map: who copied the model when. */
function Diffusion({ agreements }: { agreements: Agreement[] }) {
  const intl = useIntl();
  const label = useEnumLabel();
  const { locale } = useLocale();
  const rows = agreements.flatMap((agreement) => {
    const first = [...(agreement.statusHistory ?? [])].sort((a, b) => a.date.localeCompare(b.date))[0];
    if (!first || first.date < '2019') return [];
    return [
      {
        date: new Date(`${first.date.padEnd(7, '-01').padEnd(10, '-01')}T00:00:00Z`),
        states: `${countryName(agreement.sendingCountry, locale)} → ${countryName(agreement.receivingCountry, locale)}`,
        kind: label('kind', agreement.kind),
      },
    ];
  });
  const flows = agreements.map((agreement) => ({
    from: agreement.sendingCountry,
    to: agreement.receivingCountry,
    persons: 1,
    label: agreement.name,
  }));
  return (
    <section aria-labelledby="diffusion">
      <h2 id="diffusion">{intl.formatMessage({ id: 'agreements.diffusion' })}</h2>
      <p className="muted">{intl.formatMessage({ id: 'agreements.diffusionCaption' })}</p>
      <Suspense fallback={<Loading />}>
        <DiffusionChart rows={rows} label={intl.formatMessage({ id: 'agreements.diffusion' })} />
        <FlowMap flows={flows} label={intl.formatMessage({ id: 'agreements.diffusionMap' })} />
      </Suspense>
    </section>
  );
}

type Agreement = ItemOf<'/api/agreements'>;
type AgreementAt = Answer<'/api/agreements/{id}'>;
type Term = AgreementAt['termsInForce'][number];
type FacilityItem = Answer<'/api/facilities/{id}'>;
type ReconciliationAnswer = Answer<'/api/reported-counts/{id}/reconciliation'>;

/** A term in words: the cap, the payment, the duration, who is accepted, the facilities. */
function TermText({ term }: { term: Term }) {
  const intl = useIntl();
  const number = (value: unknown) => (typeof value === 'number' ? intl.formatNumber(value) : '');
  switch (term.type) {
    case 'cap':
      return (
        <>
          {intl.formatMessage({ id: 'term.capText' }, { persons: number(term.persons) })}
          {typeof term.period === 'string' ? ` (${term.period})` : ''}
        </>
      );
    case 'payment':
      return (
        <>
          {typeof term.amount === 'number' && typeof term.currency === 'string'
            ? intl.formatNumber(term.amount, {
                style: 'currency',
                currency: term.currency,
                maximumFractionDigits: 0,
              })
            : ''}{' '}
          {intl.formatMessage({ id: `term.per.${String(term.per ?? 'total')}` as 'term.per.total' })}
        </>
      );
    case 'duration':
      return (
        <>
          {typeof term.months === 'number'
            ? intl.formatMessage({ id: 'term.months' }, { months: term.months })
            : ''}
          {term.renewable ? ` · ${intl.formatMessage({ id: 'term.renewable' })}` : ''}
        </>
      );
    case 'eligibility':
      return <>{(term.accepts as string[]).map((value) => value.replaceAll('_', ' ')).join(', ')}</>;
    case 'facilities':
      return (
        <>
          {(term.facilityIds as string[]).map((id, index) => (
            <span key={id}>
              {index > 0 ? ', ' : ''}
              <Link to="/facilities/$id" params={{ id }}>
                {id}
              </Link>
            </span>
          ))}
        </>
      );
    default:
      return null;
  }
}

/**
 * The cap in force against what was done under the agreement (completed individual transfers and the reported
 * figure, side by side, never added), and the facilities it names with their reported capacity.
 */
function CapAndFacilities({ agreement }: { agreement: AgreementAt }) {
  const intl = useIntl();
  const cap = agreement.termsInForce.find((term) => term.type === 'cap');
  const facilityIds = agreement.termsInForce
    .filter((term) => term.type === 'facilities')
    .flatMap((term) => term.facilityIds as string[]);
  const facilities = useQuery({
    queryKey: ['facilities', facilityIds],
    enabled: facilityIds.length > 0,
    queryFn: () => Promise.all(facilityIds.map((id) => getJson<FacilityItem>(`/api/facilities/${id}`))),
  });
  if (!cap && facilityIds.length === 0) return null;
  const reported = agreement.reportedCounts.personsReported;
  return (
    <section className="card" aria-labelledby="cap">
      <h2 id="cap">{intl.formatMessage({ id: 'agreement.capTitle' })}</h2>
      {cap && typeof cap.persons === 'number' ? (
        <ul>
          <li>
            {intl.formatMessage({ id: 'term.cap' })}: {intl.formatNumber(cap.persons)}
          </li>
          <li>
            {intl.formatMessage({ id: 'agreement.transfers' })}:{' '}
            {agreement.transfers.total === null
              ? intl.formatMessage({ id: 'common.suppressed' })
              : `${intl.formatNumber(agreement.transfers.total)} (${intl.formatNumber(agreement.transfers.total / cap.persons, { style: 'percent' })})`}
          </li>
          <li>
            {intl.formatMessage({ id: 'agreement.reported' })}: <FigureNumber figure={reported} />
            {reported.max !== null
              ? ` (${intl.formatNumber(reported.max / cap.persons, { style: 'percent' })})`
              : ''}
          </li>
        </ul>
      ) : null}
      {facilityIds.length > 0 ? (
        <Loaded query={facilities}>
          {(items) => (
            <ul>
              {items.map((facility) => (
                <li key={facility.id}>
                  <Link to="/facilities/$id" params={{ id: facility.id }}>
                    <span data-as-written>{facility.name}</span>
                  </Link>
                  {': '}
                  {facility.reportedCapacity
                    ? intl.formatMessage(
                        { id: 'agreement.capacity' },
                        { capacity: intl.formatNumber(facility.reportedCapacity.value) },
                      )
                    : intl.formatMessage({ id: 'common.unknown' })}
                </li>
              ))}
            </ul>
          )}
        </Loaded>
      ) : null}
    </section>
  );
}

/** Of each event the figure adds, how many persons the registry identifies by name (the public: suppressed 1-4). */
function Reconciliation({ figure }: { figure: ReportedFigureWithItems }) {
  const intl = useIntl();
  const events = figure.items.map((item) => item.event);
  const answers = useQuery({
    queryKey: ['reconciliation', events],
    enabled: events.length > 0,
    queryFn: () =>
      Promise.all(
        events.map((id) => getJson<ReconciliationAnswer>(`/api/reported-counts/${id}/reconciliation`)),
      ),
  });
  if (events.length === 0) return null;
  return (
    <>
      <h3>{intl.formatMessage({ id: 'agreement.reconciliation' })}</h3>
      <Loaded query={answers}>
        {(items) => (
          <ul>
            {items.map((answer, index) => {
              const item = figure.items[index];
              if (!item) return null;
              return (
                <li key={item.event}>
                  <FigureNumber figure={item} />
                  {': '}
                  {answer.identified === null
                    ? intl.formatMessage({ id: 'common.suppressed' })
                    : intl.formatMessage({ id: 'agreement.identified' }, { count: answer.identified })}
                  {typeof answer.share === 'number'
                    ? ` (${intl.formatNumber(answer.share, { style: 'percent' })})`
                    : ''}
                  {answer.moreIdentifiedThanReported ? (
                    <strong> {intl.formatMessage({ id: 'agreement.moreThanReported' })}</strong>
                  ) : null}
                </li>
              );
            })}
          </ul>
        )}
      </Loaded>
    </>
  );
}

export function AgreementPage({ id }: { id: string }) {
  const intl = useIntl();
  const label = useEnumLabel();
  const { locale } = useLocale();
  const search = useSearch({ from: '/agreements/$id' });
  const navigate = useNavigate({ from: '/agreements/$id' });
  const at = search.at ?? new Date().toISOString().slice(0, 10);
  const agreement = useQuery({
    queryKey: ['agreement', id, at],
    queryFn: () => getJson<AgreementAt>(`/api/agreements/${id}?at=${at}`),
  });
  return (
    <Loaded query={agreement}>
      {(data) => (
        <>
          <h1>{data.name}</h1>
          <p>
            {label('kind', data.kind)} · {countryName(data.sendingCountry, locale)} →{' '}
            {countryName(data.receivingCountry, locale)}
          </p>
          <div className="filters">
            <DayPicker
              label={intl.formatMessage({ id: 'agreement.inForceOn' })}
              value={at.length === 10 ? at : undefined}
              onChange={(day) => void navigate({ search: { at: day } })}
            />
          </div>
          <p>
            {intl.formatMessage(
              { id: 'agreement.statusAt' },
              { date: intl.formatDate(at, { dateStyle: 'long', timeZone: 'UTC' }) },
            )}
            : <strong>{label('status', data.statusAt?.status)}</strong>
            {data.statusAt?.certainty === 'uncertain'
              ? ` (${intl.formatMessage({ id: 'agreement.uncertain' })})`
              : ''}
          </p>
          <h2>{intl.formatMessage({ id: 'agreement.history' })}</h2>
          <ol className="timeline">
            {[...(data.statusHistory ?? [])]
              .sort((a, b) => a.date.localeCompare(b.date))
              .map((entry) => (
                <li key={`${entry.status}-${entry.date}`}>
                  <strong>{entry.date}</strong> {label('status', entry.status)}
                </li>
              ))}
          </ol>
          <h2>{intl.formatMessage({ id: 'agreement.terms' })}</h2>
          {data.termsInForce.length === 0 ? (
            <p>{intl.formatMessage({ id: 'common.none' })}</p>
          ) : (
            <ul>
              {data.termsInForce.map((term, index) => (
                <li key={index}>
                  <strong>{intl.formatMessage({ id: `term.${term.type}` as 'term.cap' })}</strong>:{' '}
                  <TermText term={term} />{' '}
                  {term.certainty === 'uncertain'
                    ? `(${intl.formatMessage({ id: 'agreement.uncertain' })})`
                    : ''}
                  {typeof term.note === 'string' ? (
                    <span className="muted" data-as-written>
                      {' '}
                      — {term.note}
                    </span>
                  ) : null}
                  <SourcesOf ids={term.sourceIds} />
                </li>
              ))}
            </ul>
          )}
          <CapAndFacilities agreement={data} />
          <div className="side-by-side">
            <section className="card">
              <h2>{intl.formatMessage({ id: 'agreement.transfers' })}</h2>
              <div className="figure">
                {data.transfers.total === null ? (
                  intl.formatMessage({ id: 'common.suppressed' })
                ) : data.transfers.byStatus ? (
                  <Link to="/transfers" search={{ agreementId: data.id }}>
                    {intl.formatNumber(data.transfers.total)}
                  </Link>
                ) : (
                  intl.formatNumber(data.transfers.total)
                )}
              </div>
              <ul>
                {(data.transfers.byStatus ?? []).map((row) => (
                  <li key={row.key}>
                    {label('transfer', row.key)}: {intl.formatNumber(row.value)}
                  </li>
                ))}
              </ul>
            </section>
            <section className="card">
              <h2>{intl.formatMessage({ id: 'agreement.reported' })}</h2>
              <FigureSummary figure={data.reportedCounts.personsReported} />
              <FigureItems figure={data.reportedCounts.personsReported} />
              <Reconciliation figure={data.reportedCounts.personsReported} />
            </section>
          </div>
          <SourcesOf ids={data.sourceIds} />
        </>
      )}
    </Loaded>
  );
}
