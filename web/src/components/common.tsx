import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useQuery } from '@tanstack/react-query';
import { ApiFailure, getJson, type Answer } from '../api/client.js';

/** A cell of a figure as the API gives it: a number, or null when suppressed (fewer than 5) or withheld. */
export interface Cell {
  key: string | null;
  value: number | null;
  suppressed?: boolean;
}

export function Figure({ cell }: { cell: Cell | undefined }) {
  const intl = useIntl();
  if (!cell) return <>0</>;
  if (cell.value === null)
    return <span className="muted">{intl.formatMessage({ id: 'common.suppressed' })}</span>;
  return <>{intl.formatNumber(cell.value)}</>;
}

export function Loading() {
  return (
    <p role="status">
      <FormattedMessage id="common.loading" />
    </p>
  );
}

/** An error of the API in the page's words: sign in, not allowed, not found, or the message. */
export function Failure({ error }: { error: unknown }) {
  const intl = useIntl();
  const failure = error instanceof ApiFailure ? error.error : undefined;
  const id =
    failure?.status === 401
      ? 'common.signInNeeded'
      : failure?.status === 403
        ? 'common.forbidden'
        : failure?.status === 404
          ? 'common.notFound'
          : undefined;
  return (
    <div className="alert" role="alert">
      {id
        ? intl.formatMessage({ id })
        : intl.formatMessage({ id: 'common.error' }, { message: failure?.message ?? String(error) })}
    </div>
  );
}

/** A query's three states in one place. */
export function Loaded<T>({
  query,
  children,
}: {
  query: { isPending: boolean; error: unknown; data: T | undefined };
  children: (data: T) => ReactNode;
}) {
  if (query.isPending) return <Loading />;
  if (query.error || query.data === undefined) return <Failure error={query.error} />;
  return <>{children(query.data)}</>;
}

export interface Citation {
  id: string;
  title: string;
  publisher: string;
  url?: string | null | undefined;
  fictional?: boolean;
  withheld?: boolean;
}

/**
 * The citations of a list of source ids, from the sources the role may see (one cached list for every page); a
 * source the role may not see is named by id only, as withheld.
 */
export function useCitations(sourceIds: readonly string[] | undefined): Citation[] {
  const sources = useQuery({
    queryKey: ['sources'],
    queryFn: () => getJson<Answer<'/api/sources'>>('/api/sources?limit=500'),
  });
  const byId = new Map((sources.data?.items ?? []).map((source) => [source.id, source]));
  return (sourceIds ?? []).map((id) => {
    const source = byId.get(id);
    return source
      ? { id, title: source.title, publisher: source.publisher, url: source.url, fictional: source.fictional }
      : { id, title: id, publisher: '', withheld: sources.isSuccess };
  });
}

/** The sources of a list of ids (see useCitations). */
export function SourcesOf({ ids }: { ids: readonly string[] | undefined }) {
  return <Sources sources={useCitations(ids)} />;
}

/** The sources a fact cites; a source above the reader's clearance is named by id only. */
export function Sources({ sources }: { sources: Citation[] | undefined }) {
  const intl = useIntl();
  if (!sources?.length) return null;
  return (
    <ul className="muted">
      {sources.map((source) => (
        <li key={source.id}>
          {source.withheld ? (
            <>
              {intl.formatMessage({ id: 'common.source' })} {source.id} (
              {intl.formatMessage({ id: 'common.withheld' })})
            </>
          ) : (
            <Link to="/sources/$id" params={{ id: source.id }} data-as-written>
              {source.publisher}: {source.title}
            </Link>
          )}
          {source.fictional ? ` (${intl.formatMessage({ id: 'common.fictional' })})` : ''}
        </li>
      ))}
    </ul>
  );
}

/** A link that downloads what a list shows as CSV (the API answers it for the caller's role). */
export function CsvLink({ path }: { path: string }) {
  const separator = path.includes('?') ? '&' : '?';
  return (
    <a className="button secondary" href={`${path}${separator}format=csv`} download>
      <FormattedMessage id="common.downloadCsv" />
    </a>
  );
}

/** A list's paging: back to the first page, and on to the next while the API gives a cursor. */
export function Pager({
  next,
  atStart,
  onFirst,
  onNext,
}: {
  next: string | null;
  atStart: boolean;
  onFirst: () => void;
  onNext: (cursor: string) => void;
}) {
  const intl = useIntl();
  return (
    <p className="pager">
      {!atStart ? (
        <button type="button" className="secondary" onClick={onFirst}>
          {intl.formatMessage({ id: 'common.previous' })}
        </button>
      ) : null}
      {next ? (
        <button type="button" onClick={() => onNext(next)}>
          {intl.formatMessage({ id: 'common.next' })}
        </button>
      ) : null}
    </p>
  );
}
