import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { useIntl } from 'react-intl';
import { getJson, type Answer } from '../api/client.js';
import { CsvLink, Loaded } from '../components/common.js';
import { useLocale } from '../i18n/locale.js';

type FindingsAnswer = Answer<'/api/findings'>;
type FindingItem = FindingsAnswer['items'][number];

export function FindingsPage() {
  const intl = useIntl();
  const { locale } = useLocale();
  const search = useSearch({ from: '/findings' });
  const navigate = useNavigate({ from: '/findings' });
  const params = new URLSearchParams({ limit: '50' });
  if (search.severity) params.set('severity', search.severity);
  if (search.ruleId) params.set('ruleId', search.ruleId);
  if (search.cursor) params.set('cursor', search.cursor);
  const path = `/api/findings?${params.toString()}`;
  const findings = useQuery({ queryKey: ['findings', path], queryFn: () => getJson<FindingsAnswer>(path) });
  return (
    <>
      <h1>{intl.formatMessage({ id: 'findings.title' })}</h1>
      <form className="filters" onSubmit={(event) => event.preventDefault()}>
        <label>
          {intl.formatMessage({ id: 'findings.severity' })}
          <select
            value={search.severity ?? ''}
            onChange={(event) =>
              void navigate({
                search: {
                  ...search,
                  severity: (event.target.value || undefined) as FindingItem['severity'] | undefined,
                  cursor: undefined,
                },
              })
            }
          >
            <option value="">{intl.formatMessage({ id: 'agreements.any' })}</option>
            {(['violation', 'warning', 'info'] as const).map((severity) => (
              <option key={severity} value={severity}>
                {intl.formatMessage({ id: `finding.${severity}` })}
              </option>
            ))}
          </select>
        </label>
        <CsvLink path={path} />
      </form>
      <Loaded query={findings}>
        {(data) => (
          <>
            <div className="side-by-side">
              <section className="card">
                <h2>{intl.formatMessage({ id: 'findings.bySeverity' })}</h2>
                <ul>
                  {data.counts.bySeverity.map((row) => (
                    <li key={row.key}>
                      {intl.formatMessage({ id: `finding.${row.key as FindingItem['severity']}` })}:{' '}
                      {intl.formatNumber(row.value)}
                    </li>
                  ))}
                </ul>
              </section>
              <section className="card">
                <h2>{intl.formatMessage({ id: 'findings.byRule' })}</h2>
                <ul>
                  {data.counts.byRule.slice(0, 12).map((row) => (
                    <li key={row.key}>
                      <Link
                        to="/findings"
                        search={{ ...search, ruleId: row.key ?? undefined, cursor: undefined }}
                      >
                        {row.key}
                      </Link>
                      : {intl.formatNumber(row.value)}
                    </li>
                  ))}
                </ul>
              </section>
            </div>
            <div className="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th scope="col">{intl.formatMessage({ id: 'findings.severity' })}</th>
                    <th scope="col">{intl.formatMessage({ id: 'findings.rule' })}</th>
                    <th scope="col">{intl.formatMessage({ id: 'nav.persons' })}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.items.map((item, index) => (
                    <tr key={`${item.transferId}-${index}`}>
                      <td>
                        <span className={`badge ${item.severity}`}>
                          {intl.formatMessage({ id: `finding.${item.severity}` })}
                        </span>
                      </td>
                      <td>
                        <Link to="/transfers/$id" params={{ id: item.transferId }}>
                          {locale === 'es' ? item.es.title : item.title}
                        </Link>
                      </td>
                      <td>
                        <Link to="/persons/$id" params={{ id: item.personId }}>
                          {item.personId}
                        </Link>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            {data.nextCursor ? (
              <Link
                to="/findings"
                search={{ ...search, cursor: data.nextCursor }}
                className="button secondary"
              >
                {intl.formatMessage({ id: 'common.next' })}
              </Link>
            ) : null}
          </>
        )}
      </Loaded>
    </>
  );
}
