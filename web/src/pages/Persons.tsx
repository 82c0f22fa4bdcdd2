import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { useIntl } from 'react-intl';
import { getJson, type Answer } from '../api/client.js';
import { CsvLink, Loaded } from '../components/common.js';
import { useEnumLabel } from '../i18n/enums.js';
import { countryName, useLocale } from '../i18n/locale.js';

export function nameOf(record: Record<string, unknown>): string {
  if (typeof record.fullName === 'string') return record.fullName;
  return [record.givenNames, record.familyNames].filter((part) => typeof part === 'string').join(' ') || '—';
}

export function PersonsPage() {
  const intl = useIntl();
  const label = useEnumLabel();
  const { locale } = useLocale();
  const search = useSearch({ from: '/persons' });
  const navigate = useNavigate({ from: '/persons' });
  const [draft, setDraft] = useState(search);
  const params = new URLSearchParams();
  if (search.q) params.set('q', search.q);
  if (search.birthDate) params.set('birthDate', search.birthDate);
  if (search.nationality) params.set('nationality', search.nationality);
  const path = `/api/search/persons?${params.toString()}`;
  const hits = useQuery({
    queryKey: ['search', path],
    queryFn: () => getJson<Answer<'/api/search/persons'>>(path),
    enabled: Boolean(search.q),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void navigate({
      search: {
        q: draft.q || undefined,
        birthDate: draft.birthDate || undefined,
        nationality: draft.nationality || undefined,
      },
    });
  };
  return (
    <>
      <h1>{intl.formatMessage({ id: 'persons.title' })}</h1>
      <form className="filters" role="search" onSubmit={submit}>
        <label>
          {intl.formatMessage({ id: 'persons.searchLabel' })}
          <input
            name="q"
            value={draft.q ?? ''}
            onChange={(event) => setDraft({ ...draft, q: event.target.value })}
            required
          />
        </label>
        <label>
          {intl.formatMessage({ id: 'persons.birthDate' })}
          <input
            name="birthDate"
            value={draft.birthDate ?? ''}
            size={10}
            placeholder="1990"
            onChange={(event) => setDraft({ ...draft, birthDate: event.target.value })}
          />
        </label>
        <label>
          {intl.formatMessage({ id: 'persons.nationality' })}
          <input
            name="nationality"
            value={draft.nationality ?? ''}
            size={5}
            placeholder="VEN"
            onChange={(event) => setDraft({ ...draft, nationality: event.target.value.toUpperCase() })}
          />
        </label>
        <button type="submit">{intl.formatMessage({ id: 'common.search' })}</button>
        {search.q ? <CsvLink path={path} /> : null}
      </form>
      {search.q ? (
        <Loaded query={hits}>
          {(data) => (
            <>
              <p role="status">
                {intl.formatMessage({ id: 'persons.results' }, { count: data.hits.length })}
              </p>
              {data.incomplete ? (
                <p className="note">{intl.formatMessage({ id: 'persons.incomplete' })}</p>
              ) : null}
              <ol>
                {data.hits.map((hit) => (
                  <li key={hit.person.id} className="card" style={{ marginBottom: '.6rem' }}>
                    <Link to="/persons/$id" params={{ id: hit.person.id }}>
                      {nameOf(hit.record)}
                    </Link>{' '}
                    <span className="muted">
                      {hit.record.birthDate ?? ''}{' '}
                      {(hit.record.nationalities ?? []).map((code) => countryName(code, locale)).join(', ')}
                    </span>{' '}
                    <span className="badge info">
                      {intl.formatMessage({ id: 'persons.probability' }, { value: hit.probability })}
                    </span>
                    <details>
                      <summary>{intl.formatMessage({ id: 'persons.why' })}</summary>
                      <ul>
                        {hit.why.map((reason) => (
                          <li key={reason.comparison}>
                            {intl.formatMessage(
                              { id: 'person.matchWhy' },
                              {
                                comparison: label('match', reason.comparison),
                                level: label('level', reason.level),
                              },
                            )}{' '}
                            <span className="muted">
                              ({reason.weight > 0 ? '+' : ''}
                              {intl.formatNumber(reason.weight, { maximumFractionDigits: 1 })})
                            </span>
                          </li>
                        ))}
                      </ul>
                    </details>
                  </li>
                ))}
              </ol>
            </>
          )}
        </Loaded>
      ) : null}
    </>
  );
}
