import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { useIntl } from 'react-intl';
import { getJson, type Answer } from '../api/client.js';
import { Loaded, SourcesOf } from '../components/common.js';
import { roleAtLeast, useSession } from '../app/session.js';
import { useEnumLabel } from '../i18n/enums.js';
import { countryName, useLocale } from '../i18n/locale.js';

type FacilityAnswer = Answer<'/api/facilities/{id}'>;

/**
 * A facility: what it is, who runs it, its reported capacity; for viewers and up, the completed transfers into it
 * by month (individual transfers: the API lists them only to roles that may see persons).
 */
export function FacilityPage({ id }: { id: string }) {
  const intl = useIntl();
  const label = useEnumLabel();
  const { locale } = useLocale();
  const session = useSession();
  const mayList = roleAtLeast(session.data?.role as 'viewer' | undefined, 'viewer');
  const facility = useQuery({
    queryKey: ['facility', id],
    queryFn: () => getJson<FacilityAnswer>(`/api/facilities/${id}`),
  });
  const occupancy = useQuery({
    queryKey: ['facility-occupancy', id],
    enabled: mayList,
    queryFn: () => getJson<Answer<'/api/facilities/{id}/occupancy'>>(`/api/facilities/${id}/occupancy`),
  });
  return (
    <Loaded query={facility}>
      {(data) => {
        return (
          <>
            <h1 data-as-written>{data.name}</h1>
            {data.aliases?.length ? (
              <p data-as-written className="muted">
                {data.aliases.join(' · ')}
              </p>
            ) : null}
            <dl className="facts">
              <dt>{intl.formatMessage({ id: 'common.country' })}</dt>
              <dd>
                {countryName(data.country, locale)}
                {data.locality ? <span data-as-written>, {data.locality}</span> : null}
              </dd>
              <dt>{intl.formatMessage({ id: 'facilities.kind' })}</dt>
              <dd>{label('facility', data.kind)}</dd>
              <dt>{intl.formatMessage({ id: 'facilities.operator' })}</dt>
              <dd data-as-written>{data.operator ?? '—'}</dd>
              <dt>{intl.formatMessage({ id: 'facilities.capacity' })}</dt>
              <dd>
                {data.reportedCapacity
                  ? `${intl.formatNumber(data.reportedCapacity.value)}${data.reportedCapacity.asOf ? ` (${data.reportedCapacity.asOf})` : ''}`
                  : '—'}
              </dd>
              <dt>{intl.formatMessage({ id: 'facility.tortureReports' })}</dt>
              <dd>
                {data.credibleTortureReports === undefined
                  ? '—'
                  : intl.formatMessage({ id: data.credibleTortureReports ? 'common.yes' : 'common.no' })}
              </dd>
            </dl>
            {mayList ? (
              <section aria-labelledby="facility-held">
                <h2 id="facility-held">{intl.formatMessage({ id: 'facility.heldNow' })}</h2>
                <Loaded query={occupancy}>
                  {(answer) => (
                    <>
                      <p className="figure">{intl.formatNumber(answer.heldNow)}</p>
                      <ul>
                        {answer.persons.slice(0, 50).map((person) => (
                          <li key={person.personId}>
                            <Link to="/persons/$id" params={{ id: person.personId }}>
                              {person.personId}
                            </Link>{' '}
                            <span className="muted">
                              {intl.formatMessage({ id: 'facility.since' }, { date: person.since })}
                              {person.derived
                                ? ` (${intl.formatMessage({ id: 'person.whereaboutsDerived' })})`
                                : ''}
                            </span>
                          </li>
                        ))}
                      </ul>
                      <h3>{intl.formatMessage({ id: 'facility.arrivals' })}</h3>
                      <div className="table-wrap">
                        <table>
                          <thead>
                            <tr>
                              <th scope="col">{intl.formatMessage({ id: 'overview.byMonth' })}</th>
                              <th scope="col" className="number">
                                {intl.formatMessage({ id: 'common.count' })}
                              </th>
                            </tr>
                          </thead>
                          <tbody>
                            {answer.arrivalsByMonth.map((row) => (
                              <tr key={row.key}>
                                <td>{row.key}</td>
                                <td className="number">{intl.formatNumber(row.value)}</td>
                              </tr>
                            ))}
                          </tbody>
                        </table>
                      </div>
                    </>
                  )}
                </Loaded>
              </section>
            ) : null}
            <SourcesOf ids={data.sourceIds} />
          </>
        );
      }}
    </Loaded>
  );
}

export function FacilityRoute() {
  const { id } = useParams({ from: '/facilities/$id' });
  return <FacilityPage id={id} />;
}
