import { useQueries, useQuery } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { useIntl } from 'react-intl';
import { getJson, type Answer } from '../api/client.js';
import { Loaded } from '../components/common.js';
import { roleAtLeast, useSession } from '../app/session.js';

type SourceAnswer = Answer<'/api/sources/{id}'>;

type Item = { id: string; name?: string; personId?: string; date?: string; dateFrom?: string } & Record<
  string,
  unknown
>;

/** The collections a source can be cited by: the public ones, then those about persons (viewers and up). */
const CITING = [
  { collection: 'agreements', label: 'nav.agreements', least: 'public' },
  { collection: 'facilities', label: 'nav.facilities', least: 'public' },
  { collection: 'reported-counts', label: 'nav.counts', least: 'public' },
  { collection: 'movements', label: 'source.movements', least: 'public' },
  { collection: 'person-records', label: 'source.personRecords', least: 'viewer' },
  { collection: 'transfers', label: 'source.transfers', least: 'viewer' },
  { collection: 'custody-events', label: 'source.custodyEvents', least: 'viewer' },
  { collection: 'legal-events', label: 'source.legalEvents', least: 'viewer' },
  { collection: 'allegations', label: 'source.allegations', least: 'viewer' },
] as const;

const SHOWN = 100;

/** Where an item of a collection is shown in the app. */
function ItemLink({ collection, item }: { collection: string; item: Item }) {
  const text = item.name ?? item.date ?? item.dateFrom ?? item.id;
  if (collection === 'agreements')
    return (
      <Link to="/agreements/$id" params={{ id: item.id }}>
        {String(text)}
      </Link>
    );
  if (collection === 'facilities')
    return (
      <Link to="/facilities/$id" params={{ id: item.id }}>
        {String(text)}
      </Link>
    );
  if (collection === 'transfers')
    return (
      <Link to="/transfers/$id" params={{ id: item.id }}>
        {String(text)}
      </Link>
    );
  if (item.personId)
    return (
      <Link to="/persons/$id" params={{ id: item.personId }}>
        {String(text)}
      </Link>
    );
  return <>{String(text)}</>;
}

/** A source, and what cites it: every fact is tied to its sources, and a source to the facts it supports. */
export function SourcePage({ id }: { id: string }) {
  const intl = useIntl();
  const session = useSession();
  const role = session.data?.role as 'viewer' | undefined;
  const source = useQuery({
    queryKey: ['source', id],
    queryFn: () => getJson<SourceAnswer>(`/api/sources/${id}`),
  });
  const visible = CITING.filter((each) => roleAtLeast(role, each.least));
  const citing = useQueries({
    queries: visible.map((each) => ({
      queryKey: ['citing', id, each.collection],
      queryFn: () =>
        getJson<{ items: Item[]; nextCursor: string | null }>(
          `/api/${each.collection}?sourceId=${encodeURIComponent(id)}&limit=${SHOWN}`,
        ),
    })),
  });
  return (
    <Loaded query={source}>
      {(data) => (
        <>
          <h1 data-as-written>{data.title}</h1>
          <dl className="facts">
            <dt>{intl.formatMessage({ id: 'sources.publisher' })}</dt>
            <dd data-as-written>{data.publisher}</dd>
            <dt>{intl.formatMessage({ id: 'source.kind' })}</dt>
            <dd>{data.kind.replaceAll('_', ' ')}</dd>
            <dt>{intl.formatMessage({ id: 'sources.reliability' })}</dt>
            <dd>{(data.reliability ?? '').replaceAll('_', ' ')}</dd>
            {data.publishedOn ? (
              <>
                <dt>{intl.formatMessage({ id: 'common.date' })}</dt>
                <dd>{data.publishedOn}</dd>
              </>
            ) : null}
            {data.url ? (
              <>
                <dt>URL</dt>
                <dd>
                  <a href={data.url} rel="noreferrer noopener" target="_blank" data-as-written>
                    {data.url}
                  </a>
                </dd>
              </>
            ) : null}
          </dl>
          {data.fictional ? (
            <p className="badge info">{intl.formatMessage({ id: 'common.fictional' })}</p>
          ) : null}
          <h2>{intl.formatMessage({ id: 'source.citedBy' })}</h2>
          {visible.map((each, index) => {
            const answer = citing[index]?.data;
            if (!answer || answer.items.length === 0) return null;
            return (
              <section key={each.collection} aria-label={intl.formatMessage({ id: each.label })}>
                <h3>
                  {intl.formatMessage({ id: each.label })} (
                  {answer.nextCursor
                    ? intl.formatMessage({ id: 'source.atLeast' }, { count: answer.items.length })
                    : intl.formatNumber(answer.items.length)}
                  )
                </h3>
                <ul data-as-written>
                  {answer.items.slice(0, 20).map((item) => (
                    <li key={item.id}>
                      <ItemLink collection={each.collection} item={item} />
                    </li>
                  ))}
                </ul>
              </section>
            );
          })}
          {role === undefined || !roleAtLeast(role, 'viewer') ? (
            <p className="muted">{intl.formatMessage({ id: 'source.personFactsHidden' })}</p>
          ) : null}
        </>
      )}
    </Loaded>
  );
}

export function SourceRoute() {
  const { id } = useParams({ from: '/sources/$id' });
  return <SourcePage id={id} />;
}
