import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { getJson, type Answer, type ItemOf } from '../api/client.js';
import { FactNotes, type FactAlternative, type FactWarning } from '../components/FactNotes.js';
import { Loaded, Pager } from '../components/common.js';

type ReportLine = ItemOf<'/api/imports/{id}/report'>;
type Severity = ReportLine['severity'];

/** The collection of a fact, from its id's prefix (`cnt_…` is a reported count). */
const COLLECTIONS: Record<string, string> = {
  agr: 'agreements',
  fac: 'facilities',
  rec: 'person-records',
  alg: 'allegations',
  lev: 'legal-events',
  mov: 'movements',
  trf: 'transfers',
  cnt: 'reported-counts',
  cev: 'custody-events',
};

/** The fields a fact is recognised by at a glance, in this order, when it has them. */
const GLANCE = [
  'count',
  'qualifier',
  'fromCountry',
  'toCountry',
  'dateFrom',
  'dateTo',
  'date',
  'type',
  'status',
];

const REPORT_PAGE = 100;

/**
 * One import (editors): what it read and did, and its report line by line — rejected rows, warnings, junk — where
 * a row kept as another reading of a fact opens that fact with all its readings, for a person to decide.
 */
export function ImportPage() {
  const intl = useIntl();
  const { id } = useParams({ from: '/imports/$id' });
  const [after, setAfter] = useState<number | null>(null);
  const [severity, setSeverity] = useState<Severity | ''>('');
  const job = useQuery({
    queryKey: ['import', id],
    queryFn: () => getJson<Answer<'/api/imports/{id}'>>(`/api/imports/${id}`),
  });
  const reportPath = `/api/imports/${id}/report?limit=${REPORT_PAGE}${after === null ? '' : `&afterSeq=${after}`}`;
  const report = useQuery({
    queryKey: ['import-report', reportPath],
    queryFn: () => getJson<Answer<'/api/imports/{id}/report'>>(reportPath),
  });
  return (
    <>
      <p>
        <Link to="/imports">{intl.formatMessage({ id: 'imports.title' })}</Link>
      </p>
      <Loaded query={job}>
        {(state) => (
          <>
            <h1>
              {intl.formatMessage({ id: 'import.heading' })} <span data-as-written>{state.fileName}</span>
            </h1>
            <dl className="import-counts">
              <div>
                <dt>{intl.formatMessage({ id: 'imports.status' })}</dt>
                <dd>
                  <span role="status">{state.status}</span>
                </dd>
              </div>
              {(
                [
                  ['import.rows', state.counts.rows],
                  ['import.mapped', state.counts.mapped],
                  ['import.rejected', state.counts.rejected],
                  ['import.junk', state.counts.junk],
                  ['import.warnings', state.counts.warnings],
                  ['import.alternatives', state.counts.conflicts],
                ] as const
              ).map(([label, value]) => (
                <div key={label}>
                  <dt>{intl.formatMessage({ id: label })}</dt>
                  <dd>{intl.formatNumber(value)}</dd>
                </div>
              ))}
              {(['created', 'updated', 'unchanged'] as const).map((field) => (
                <div key={field}>
                  <dt>{intl.formatMessage({ id: `import.${field}` })}</dt>
                  <dd data-as-written>
                    {Object.entries(state.counts[field])
                      .map(([kind, count]) => `${kind} ${intl.formatNumber(count)}`)
                      .join(', ') || '0'}
                  </dd>
                </div>
              ))}
            </dl>
            <p>
              <a href={`/api/imports/${id}/report?format=csv`} download>
                {intl.formatMessage({ id: 'imports.report' })}
              </a>
            </p>
          </>
        )}
      </Loaded>
      <h2>{intl.formatMessage({ id: 'import.report' })}</h2>
      <label>
        {intl.formatMessage({ id: 'import.severity' })}
        <select value={severity} onChange={(event) => setSeverity(event.target.value as Severity | '')}>
          <option value="">{intl.formatMessage({ id: 'import.severity.all' })}</option>
          {(['error', 'warning', 'skipped'] as const).map((value) => (
            <option key={value} value={value}>
              {intl.formatMessage({ id: `import.severity.${value}` })}
            </option>
          ))}
        </select>
      </label>
      <Loaded query={report}>
        {(page) => {
          const lines = page.items.filter((line) => severity === '' || line.severity === severity);
          return (
            <div className="table-wrap">
              {lines.length === 0 ? <p>{intl.formatMessage({ id: 'common.none' })}</p> : null}
              <table>
                <thead>
                  <tr>
                    <th scope="col" className="number">
                      {intl.formatMessage({ id: 'import.row' })}
                    </th>
                    <th scope="col">{intl.formatMessage({ id: 'import.column' })}</th>
                    <th scope="col">{intl.formatMessage({ id: 'import.value' })}</th>
                    <th scope="col">{intl.formatMessage({ id: 'import.reason' })}</th>
                    <th scope="col">{intl.formatMessage({ id: 'import.severity' })}</th>
                  </tr>
                </thead>
                <tbody>
                  {lines.map((line) => (
                    <tr key={line.seq} className={`severity-${line.severity}`}>
                      <td className="number">
                        {line.sheet ? <span data-as-written>{line.sheet} </span> : null}
                        {line.row}
                      </td>
                      <td data-as-written>{line.column ?? ''}</td>
                      <td data-as-written>{line.value ?? ''}</td>
                      <td>
                        <span data-as-written>{line.reason}</span>
                        {line.factId ? <FactPreview factId={line.factId} /> : null}
                      </td>
                      <td>{intl.formatMessage({ id: `import.severity.${line.severity}` })}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <Pager
                next={page.nextAfterSeq === null ? null : String(page.nextAfterSeq)}
                atStart={after === null}
                onFirst={() => setAfter(null)}
                onNext={(next) => setAfter(Number(next))}
              />
            </div>
          );
        }}
      </Loaded>
    </>
  );
}

/** The fact a report line is about, opened on demand: its values at a glance, its warnings and readings. */
function FactPreview({ factId }: { factId: string }) {
  const intl = useIntl();
  const [open, setOpen] = useState(false);
  const collection = COLLECTIONS[factId.slice(0, factId.indexOf('_'))];
  const fact = useQuery({
    queryKey: ['fact', factId],
    queryFn: () =>
      getJson<Record<string, unknown> & { warnings?: FactWarning[]; alternatives?: FactAlternative[] }>(
        `/api/${collection}/${factId}`,
      ),
    enabled: open && collection !== undefined,
  });
  if (collection === undefined) return null;
  return (
    <details onToggle={(event) => setOpen((event.target as HTMLDetailsElement).open)}>
      <summary>{intl.formatMessage({ id: 'import.showFact' })}</summary>
      {open ? (
        <Loaded query={fact}>
          {(data) => (
            <div>
              <p data-as-written>
                {GLANCE.filter((field) => data[field] !== undefined && data[field] !== null)
                  .map((field) => `${field}: ${String(data[field])}`)
                  .join(', ')}
              </p>
              <FactNotes fact={data} />
            </div>
          )}
        </Loaded>
      ) : null}
    </details>
  );
}
