import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useIntl } from 'react-intl';
import { getJson, type Answer } from '../api/client.js';
import { CsvLink, Loaded } from '../components/common.js';
import { useEnumLabel } from '../i18n/enums.js';
import { countryName, useLocale } from '../i18n/locale.js';

export function FacilitiesPage() {
  const intl = useIntl();
  const label = useEnumLabel();
  const { locale } = useLocale();
  const path = '/api/facilities?limit=500';
  const facilities = useQuery({
    queryKey: ['facilities'],
    queryFn: () => getJson<Answer<'/api/facilities'>>(path),
  });
  return (
    <>
      <h1>{intl.formatMessage({ id: 'facilities.title' })}</h1>
      <CsvLink path={path} />
      <Loaded query={facilities}>
        {(data) => (
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">{intl.formatMessage({ id: 'facilities.title' })}</th>
                  <th scope="col">{intl.formatMessage({ id: 'common.country' })}</th>
                  <th scope="col">{intl.formatMessage({ id: 'facilities.kind' })}</th>
                  <th scope="col">{intl.formatMessage({ id: 'facilities.operator' })}</th>
                  <th scope="col" className="number">
                    {intl.formatMessage({ id: 'facilities.capacity' })}
                  </th>
                </tr>
              </thead>
              <tbody>
                {data.items.map((facility) => (
                  <tr key={facility.id}>
                    <td data-as-written>
                      <Link to="/facilities/$id" params={{ id: facility.id }}>
                        {facility.name}
                      </Link>
                    </td>
                    <td>{countryName(facility.country, locale)}</td>
                    <td>{label('facility', facility.kind)}</td>
                    <td data-as-written>{facility.operator ?? '—'}</td>
                    <td className="number">
                      {facility.reportedCapacity ? intl.formatNumber(facility.reportedCapacity.value) : '—'}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Loaded>
    </>
  );
}

export function SourcesPage() {
  const intl = useIntl();
  const path = '/api/sources?limit=500';
  const sources = useQuery({ queryKey: ['sources'], queryFn: () => getJson<Answer<'/api/sources'>>(path) });
  return (
    <>
      <h1>{intl.formatMessage({ id: 'sources.title' })}</h1>
      <CsvLink path={path} />
      <Loaded query={sources}>
        {(data) => (
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">{intl.formatMessage({ id: 'common.source' })}</th>
                  <th scope="col">{intl.formatMessage({ id: 'sources.publisher' })}</th>
                  <th scope="col">{intl.formatMessage({ id: 'sources.reliability' })}</th>
                </tr>
              </thead>
              <tbody>
                {data.items.map((source) => (
                  <tr key={source.id}>
                    <td>
                      <span data-as-written>
                        <Link to="/sources/$id" params={{ id: source.id }}>
                          {source.title}
                        </Link>
                      </span>
                      {source.fictional ? ` (${intl.formatMessage({ id: 'common.fictional' })})` : ''}
                    </td>
                    <td data-as-written>{source.publisher}</td>
                    <td>{source.reliability}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Loaded>
    </>
  );
}
