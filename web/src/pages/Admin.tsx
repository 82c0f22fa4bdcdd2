import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { getJson, type Answer } from '../api/client.js';
import { CsvLink, Loaded, Pager } from '../components/common.js';
import { useLocale } from '../i18n/locale.js';

/** Facts that contradict each other, person by person (editors). */
export function ConflictsPage() {
  const intl = useIntl();
  const { locale } = useLocale();
  const [cursor, setCursor] = useState<string | null>(null);
  const path = `/api/conflicts?limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
  const conflicts = useQuery({
    queryKey: ['conflicts', cursor],
    queryFn: () => getJson<Answer<'/api/conflicts'>>(path),
  });
  return (
    <>
      <h1>{intl.formatMessage({ id: 'conflicts.title' })}</h1>
      <p className="note">{intl.formatMessage({ id: 'conflicts.intro' })}</p>
      <CsvLink path="/api/conflicts?limit=500" />
      <Loaded query={conflicts}>
        {(data) => (
          <>
            {data.items.length === 0 ? <p>{intl.formatMessage({ id: 'common.none' })}</p> : null}
            <div className="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th scope="col">{intl.formatMessage({ id: 'conflicts.person' })}</th>
                    <th scope="col">{intl.formatMessage({ id: 'conflicts.what' })}</th>
                    <th scope="col">{intl.formatMessage({ id: 'conflicts.facts' })}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.items.map((conflict, index) => (
                    <tr key={`${conflict.personId}-${conflict.code}-${index}`}>
                      <td>
                        <Link to="/persons/$id" params={{ id: conflict.personId }}>
                          {conflict.personId}
                        </Link>
                      </td>
                      <td>{conflict.message[locale]}</td>
                      <td>
                        {conflict.facts.map((fact) => (
                          <div key={fact.id}>
                            <code>{fact.id}</code>{' '}
                            <span className="muted">
                              {fact.paths.map((segments) => segments.join('.')).join(', ')}
                            </span>
                          </div>
                        ))}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <Pager
              next={data.nextCursor}
              onFirst={() => setCursor(null)}
              onNext={setCursor}
              atStart={!cursor}
            />
          </>
        )}
      </Loaded>
    </>
  );
}

/** The audit log (admins): who did what to which entity, with before and after; filter by entity or person. */
export function AuditPage() {
  const intl = useIntl();
  const [entity, setEntity] = useState('');
  const [after, setAfter] = useState<number | null>(null);
  const filter = entity.trim();
  const query = `limit=100${
    filter ? `&${filter.startsWith('per_') ? 'personId' : 'entityId'}=${encodeURIComponent(filter)}` : ''
  }${after !== null ? `&afterSeq=${after}` : ''}`;
  const entries = useQuery({
    queryKey: ['audit', query],
    queryFn: () => getJson<Answer<'/api/audit'>>(`/api/audit?${query}`),
  });
  return (
    <>
      <h1>{intl.formatMessage({ id: 'audit.title' })}</h1>
      <p className="note">{intl.formatMessage({ id: 'audit.intro' })}</p>
      <label className="filters">
        {intl.formatMessage({ id: 'audit.entity' })}
        <input
          value={entity}
          onChange={(event) => {
            setEntity(event.target.value);
            setAfter(null);
          }}
        />
      </label>
      <Loaded query={entries}>
        {(data) => (
          <>
            <div className="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th scope="col">#</th>
                    <th scope="col">{intl.formatMessage({ id: 'common.date' })}</th>
                    <th scope="col">{intl.formatMessage({ id: 'audit.actor' })}</th>
                    <th scope="col">{intl.formatMessage({ id: 'audit.action' })}</th>
                    <th scope="col">{intl.formatMessage({ id: 'audit.entity' })}</th>
                    <th scope="col">{intl.formatMessage({ id: 'audit.change' })}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.items.map((entry) => (
                    <tr key={entry.seq}>
                      <td className="number">{entry.seq}</td>
                      <td>{intl.formatDate(entry.at, { dateStyle: 'medium', timeStyle: 'short' })}</td>
                      <td>
                        {entry.actorEmail ?? entry.actorId} <span className="muted">({entry.actorRole})</span>
                      </td>
                      <td>{entry.action}</td>
                      <td>
                        <code>{entry.entityId}</code> <span className="muted">{entry.kind}</span>
                      </td>
                      <td>
                        {entry.before !== null || entry.after !== null ? (
                          <details>
                            <summary>{intl.formatMessage({ id: 'audit.beforeAfter' })}</summary>
                            <pre data-as-written>
                              {JSON.stringify({ before: entry.before, after: entry.after }, null, 1)}
                            </pre>
                          </details>
                        ) : null}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <Pager
              next={data.nextAfterSeq === null ? null : String(data.nextAfterSeq)}
              atStart={after === null}
              onFirst={() => setAfter(null)}
              onNext={(seq) => setAfter(Number(seq))}
            />
          </>
        )}
      </Loaded>
    </>
  );
}

/** Accounts (admins) and the signed-in person's own API tokens. */
export function UsersPage() {
  const intl = useIntl();
  const users = useQuery({
    queryKey: ['users'],
    queryFn: () => getJson<Answer<'/api/users'>>('/api/users'),
  });
  const tokens = useQuery({
    queryKey: ['tokens'],
    queryFn: () => getJson<Answer<'/api/tokens'>>('/api/tokens'),
  });
  const yes = intl.formatMessage({ id: 'common.yes' });
  const no = intl.formatMessage({ id: 'common.no' });
  return (
    <>
      <h1>{intl.formatMessage({ id: 'users.title' })}</h1>
      <p className="note">{intl.formatMessage({ id: 'users.intro' })}</p>
      <Loaded query={users}>
        {(data) => (
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">{intl.formatMessage({ id: 'signIn.email' })}</th>
                  <th scope="col">{intl.formatMessage({ id: 'users.role' })}</th>
                  <th scope="col">{intl.formatMessage({ id: 'users.secondFactor' })}</th>
                  <th scope="col">{intl.formatMessage({ id: 'users.disabled' })}</th>
                </tr>
              </thead>
              <tbody>
                {data.items.map((user) => (
                  <tr key={user.id}>
                    <td>{user.email}</td>
                    <td>{user.role}</td>
                    <td>{user.secondFactor ? yes : no}</td>
                    <td>{user.disabled ? yes : no}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Loaded>
      <h2>{intl.formatMessage({ id: 'users.tokens' })}</h2>
      <Loaded query={tokens}>
        {(data) =>
          data.items.length === 0 ? (
            <p>{intl.formatMessage({ id: 'common.none' })}</p>
          ) : (
            <ul>
              {data.items.map((token) => (
                <li key={token.id}>
                  {token.name} (…{token.lastFour}, {token.scope}){' '}
                  {token.active ? '' : intl.formatMessage({ id: 'users.inactive' })}
                </li>
              ))}
            </ul>
          )
        }
      </Loaded>
    </>
  );
}
