import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { useIntl } from 'react-intl';
import { getJson, type Answer } from '../api/client.js';
import { CsvLink, Loaded, Pager } from '../components/common.js';
import { useEnumLabel } from '../i18n/enums.js';
import { countryName, useLocale } from '../i18n/locale.js';

const STATUSES = ['completed', 'halted', 'planned', 'unknown'] as const;

/**
 * Individual transfers (viewers and up), filtered by destination, agreement and status from the address, so a
 * figure of the overview or an agreement links to exactly the transfers it counts. Paged by the API's cursor.
 */
export function TransfersPage() {
  const intl = useIntl();
  const label = useEnumLabel();
  const { locale } = useLocale();
  const search = useSearch({ from: '/transfers' });
  const navigate = useNavigate({ from: '/transfers' });
  const params = new URLSearchParams({ limit: '100', sort: 'date' });
  params.set('status', search.status ?? 'completed');
  if (search.destination) params.set('destination', search.destination);
  if (search.agreementId) params.set('agreementId', search.agreementId);
  const path = `/api/transfers?${params.toString()}`;
  const page = search.cursor ? `${path}&cursor=${encodeURIComponent(search.cursor)}` : path;
  const transfers = useQuery({
    queryKey: ['transfers', page],
    queryFn: () => getJson<Answer<'/api/transfers'>>(page),
  });
  return (
    <>
      <h1>{intl.formatMessage({ id: 'transfers.title' })}</h1>
      <form className="filters" onSubmit={(event) => event.preventDefault()}>
        <label>
          {intl.formatMessage({ id: 'common.status' })}
          <select
            value={search.status ?? 'completed'}
            onChange={(event) =>
              void navigate({ search: { ...search, status: event.target.value, cursor: undefined } })
            }
          >
            {STATUSES.map((status) => (
              <option key={status} value={status}>
                {label('transfer', status)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {intl.formatMessage({ id: 'counts.destination' })}
          <input
            value={search.destination ?? ''}
            maxLength={3}
            size={5}
            onChange={(event) =>
              void navigate({
                search: {
                  ...search,
                  destination: event.target.value.toUpperCase() || undefined,
                  cursor: undefined,
                },
              })
            }
          />
        </label>
        {search.agreementId ? (
          <Link to="/agreements/$id" params={{ id: search.agreementId }}>
            {intl.formatMessage({ id: 'counts.agreement' })}
          </Link>
        ) : null}
        <CsvLink path={path} />
      </form>
      <Loaded query={transfers}>
        {(data) => (
          <>
            <div className="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th scope="col">{intl.formatMessage({ id: 'common.date' })}</th>
                    <th scope="col">{intl.formatMessage({ id: 'counts.route' })}</th>
                    <th scope="col">{intl.formatMessage({ id: 'transfer.basis' })}</th>
                    <th scope="col">{intl.formatMessage({ id: 'common.status' })}</th>
                    <th scope="col">{intl.formatMessage({ id: 'transfer.person' })}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.items.map((transfer) => (
                    <tr key={transfer.id}>
                      <td>
                        <Link to="/transfers/$id" params={{ id: transfer.id }}>
                          {transfer.date}
                        </Link>
                      </td>
                      <td>
                        {countryName(transfer.fromCountry, locale)} →{' '}
                        {countryName(transfer.toCountry, locale)}
                      </td>
                      <td>{label('basis', transfer.legalBasis)}</td>
                      <td>{label('transfer', transfer.status)}</td>
                      <td>
                        <Link to="/persons/$id" params={{ id: transfer.personId }}>
                          {transfer.personId}
                        </Link>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <Pager
              next={data.nextCursor ?? null}
              atStart={!search.cursor}
              onFirst={() => void navigate({ search: { ...search, cursor: undefined } })}
              onNext={(cursor) => void navigate({ search: { ...search, cursor } })}
            />
          </>
        )}
      </Loaded>
    </>
  );
}
