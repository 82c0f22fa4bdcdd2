import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { ApiFailure, getJson, sendJson, type Answer, type ItemOf } from '../api/client.js';
import { Loaded } from '../components/common.js';
import { roleAtLeast, useSession } from '../app/session.js';
import { useEnumLabel } from '../i18n/enums.js';
import { nameOf } from './Persons.js';

type Json = Record<string, unknown>;
type Match = ItemOf<'/api/matches'>;

const FIELDS = [
  'fullName',
  'givenNames',
  'familyNames',
  'birthDate',
  'sex',
  'nationalities',
  'identifiers',
  'sourceRecordId',
];

function show(value: unknown): string {
  if (value === undefined || value === null) return '—';
  if (Array.isArray(value))
    return (
      value
        .map((item) => (typeof item === 'object' ? Object.values(item as Json).join(' ') : String(item)))
        .join(', ') || '—'
    );
  return String(value);
}

export function ReviewPage() {
  const intl = useIntl();
  const queue = useQuery({
    queryKey: ['matches'],
    queryFn: () => getJson<Answer<'/api/matches'>>('/api/matches?status=pending&limit=20'),
  });
  return (
    <>
      <h1>{intl.formatMessage({ id: 'review.title' })}</h1>
      <Loaded query={queue}>
        {(data) =>
          data.items.length === 0 ? (
            <p>{intl.formatMessage({ id: 'review.empty' })}</p>
          ) : (
            data.items.map((match) => <MatchCard key={match.id} match={match} />)
          )
        }
      </Loaded>
    </>
  );
}

function MatchCard({ match }: { match: Match }) {
  const intl = useIntl();
  const label = useEnumLabel();
  const session = useSession();
  const queries = useQueryClient();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const widest = Math.max(1, ...match.explanation.comparisons.map((bar) => Math.abs(bar.weight)));
  const decide = async (decision: 'accept' | 'reject') => {
    setError(null);
    try {
      await sendJson('POST', `/api/matches/${match.id}/${decision}`, {
        version: match.version,
        ...(reason ? { reason } : {}),
      });
      await queries.invalidateQueries({ queryKey: ['matches'] });
    } catch (failure) {
      setError(failure instanceof ApiFailure ? failure.error.message : String(failure));
    }
  };
  return (
    <section className="card" style={{ marginBottom: '1rem' }} aria-label={nameOf(match.record ?? {})}>
      <p>
        <span className="badge info">
          {intl.formatMessage({ id: 'persons.probability' }, { value: match.probability })}
        </span>
      </p>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col"></th>
              <th scope="col">{intl.formatMessage({ id: 'review.record' })}</th>
              <th scope="col">
                {intl.formatMessage({ id: 'review.candidate' })}{' '}
                <Link to="/persons/$id" params={{ id: match.candidate.personId }}>
                  {match.candidate.personId}
                </Link>
              </th>
            </tr>
          </thead>
          <tbody>
            {FIELDS.map((field) => {
              const left = show(match.record?.[field]);
              const right = show(match.candidate.record?.[field]);
              const differs = left !== right;
              return (
                <tr key={field}>
                  <th scope="row">{field}</th>
                  <td>{differs ? <mark>{left}</mark> : left}</td>
                  <td>{differs ? <mark>{right}</mark> : right}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <h3>{intl.formatMessage({ id: 'review.weights' })}</h3>
      <ul style={{ listStyle: 'none', padding: 0 }}>
        {match.explanation.comparisons.map((bar) => (
          <li key={bar.comparison}>
            <span style={{ display: 'inline-block', minWidth: '12rem' }}>
              {intl.formatMessage(
                { id: 'person.matchWhy' },
                { comparison: label('match', bar.comparison), level: label('level', bar.level) },
              )}
            </span>{' '}
            <span
              className={`bar ${bar.weight < 0 ? 'negative' : ''}`}
              style={{ width: `${(6 * Math.abs(bar.weight)) / widest}rem` }}
              aria-hidden="true"
            />{' '}
            {intl.formatNumber(bar.weight, { maximumFractionDigits: 2, signDisplay: 'always' })}
          </li>
        ))}
      </ul>
      {roleAtLeast(session.data?.role, 'editor') ? (
        <div className="filters">
          <label>
            {intl.formatMessage({ id: 'review.reason' })}
            <input value={reason} onChange={(event) => setReason(event.target.value)} />
          </label>
          <button type="button" onClick={() => void decide('accept')}>
            {intl.formatMessage({ id: 'review.accept' })}
          </button>
          <button type="button" className="secondary" onClick={() => void decide('reject')}>
            {intl.formatMessage({ id: 'review.reject' })}
          </button>
        </div>
      ) : null}
      {error ? (
        <p className="alert" role="alert">
          {error}
        </p>
      ) : null}
    </section>
  );
}
