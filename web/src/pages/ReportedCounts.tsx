import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { getJson, type Answer } from '../api/client.js';
import { CsvLink, Loaded, Pager } from '../components/common.js';
import { FactNotes } from '../components/FactNotes.js';
import { FigureNumber } from '../components/ReportedFigure.js';
import { useEnumLabel } from '../i18n/enums.js';
import { countryName, useLocale } from '../i18n/locale.js';

/**
 * Reported counts (public): each as its source gave it, with how it stands to the others (a breakdown of, the same
 * event as, the same persons as), so a reader sees why the figures add some and not others. The overview's
 * reported numbers link here, filtered to what they count.
 */
export function ReportedCountsPage() {
  const intl = useIntl();
  const label = useEnumLabel();
  const { locale } = useLocale();
  const search = useSearch({ from: '/reported-counts' });
  const navigate = useNavigate({ from: '/reported-counts' });
  const [cursor, setCursor] = useState<string | null>(null);
  const filters = new URLSearchParams({ limit: '200', sort: 'date' });
  if (search.destination) filters.set('destination', search.destination);
  if (search.agreementId) filters.set('agreementId', search.agreementId);
  const path = `/api/reported-counts?${filters.toString()}`;
  const page = cursor ? `${path}&cursor=${encodeURIComponent(cursor)}` : path;
  const counts = useQuery({
    queryKey: ['reported-counts', page],
    queryFn: () => getJson<Answer<'/api/reported-counts'>>(page),
  });
  const sources = useQuery({
    queryKey: ['sources'],
    queryFn: () => getJson<Answer<'/api/sources'>>('/api/sources?limit=500'),
  });
  const sourceById = new Map((sources.data?.items ?? []).map((source) => [source.id, source]));
  return (
    <>
      <h1>{intl.formatMessage({ id: 'counts.title' })}</h1>
      <p className="note">{intl.formatMessage({ id: 'counts.intro' })}</p>
      <div className="filters">
        <label>
          {intl.formatMessage({ id: 'counts.destination' })}
          <input
            value={search.destination ?? ''}
            maxLength={3}
            onChange={(event) => {
              setCursor(null);
              void navigate({
                search: { ...search, destination: event.target.value.toUpperCase() || undefined },
              });
            }}
          />
        </label>
        {search.agreementId ? (
          <Link to="/agreements/$id" params={{ id: search.agreementId }}>
            {intl.formatMessage({ id: 'counts.agreement' })}
          </Link>
        ) : null}
      </div>
      <CsvLink path={path} />
      <Loaded query={counts}>
        {(data) => {
          const byId = new Map(data.items.map((count) => [count.id, count]));
          const describe = (id: string | undefined) => {
            const other = id ? byId.get(id) : undefined;
            return other ? `${other.count ?? '?'} ${other.group ?? ''} (${other.dateFrom})` : (id ?? '');
          };
          return (
            <div className="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th scope="col">{intl.formatMessage({ id: 'common.date' })}</th>
                    <th scope="col">{intl.formatMessage({ id: 'counts.route' })}</th>
                    <th scope="col" className="number">
                      {intl.formatMessage({ id: 'common.count' })}
                    </th>
                    <th scope="col">{intl.formatMessage({ id: 'counts.group' })}</th>
                    <th scope="col">{intl.formatMessage({ id: 'counts.relation' })}</th>
                    <th scope="col">{intl.formatMessage({ id: 'common.sources' })}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.items.map((count) => (
                    <tr key={count.id} id={count.id}>
                      <td>
                        {count.dateFrom}
                        {count.dateTo && count.dateTo !== count.dateFrom ? ` – ${count.dateTo}` : ''}
                      </td>
                      <td>
                        {count.fromCountry ? `${countryName(count.fromCountry, locale)} → ` : ''}
                        {countryName(count.toCountry, locale)}
                        {count.basis ? <div className="muted">{label('basis', count.basis)}</div> : null}
                      </td>
                      <td className="number">
                        <FigureNumber
                          figure={{
                            min: count.count,
                            max: count.count,
                            qualifier: count.qualifier ?? 'exact',
                          }}
                        />
                      </td>
                      <td data-as-written>{count.group ?? ''}</td>
                      <td>
                        {count.partOf ? (
                          <div>
                            {intl.formatMessage({ id: 'counts.partOf' })} {describe(count.partOf)}
                          </div>
                        ) : null}
                        {count.sameEventAs ? (
                          <div>
                            {intl.formatMessage({ id: 'counts.sameEventAs' })} {describe(count.sameEventAs)}
                          </div>
                        ) : null}
                        {count.samePersonsAs ? (
                          <div>
                            {intl.formatMessage({ id: 'counts.samePersonsAs' })}{' '}
                            {describe(count.samePersonsAs)}
                          </div>
                        ) : null}
                        <FactNotes fact={count} />
                      </td>
                      <td>
                        <ul className="muted">
                          {count.sourceIds.map((id) => {
                            const source = sourceById.get(id);
                            return (
                              <li key={id} data-as-written>
                                {source?.url ? (
                                  <a href={source.url} rel="noreferrer noopener" target="_blank">
                                    {source.publisher}: {source.title}
                                  </a>
                                ) : source ? (
                                  `${source.publisher}: ${source.title}`
                                ) : (
                                  id
                                )}
                              </li>
                            );
                          })}
                        </ul>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <Pager
                next={data.nextCursor ?? null}
                atStart={!cursor}
                onFirst={() => setCursor(null)}
                onNext={setCursor}
              />
            </div>
          );
        }}
      </Loaded>
    </>
  );
}
