import { useIntl } from 'react-intl';

/** What the importer noticed in the cells a fact was read from (the API's `warnings` of an imported fact). */
export interface FactWarning {
  column: string | null;
  value: string | null;
  reason: string;
}

/** Another reading of the same fact, kept for a person to decide (the API's `alternatives`). */
export interface FactAlternative {
  values: Record<string, unknown>;
  sourceId: string;
  sheet?: string | undefined;
  row: number;
  column?: string | undefined;
  reason: string;
}

function valueText(value: unknown): string {
  if (value === null || value === undefined) return '—';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/**
 * A fact's warnings and other readings, wherever the fact is shown: a reader of the fact sees that its date may
 * be the day the page was scraped, or that another row gave 44 where this one gives 40, not only whoever reads
 * the import's report. The importer's words and the cells are shown as written.
 */
export function FactNotes({
  fact,
}: {
  fact: { warnings?: FactWarning[] | undefined; alternatives?: FactAlternative[] | undefined };
}) {
  const intl = useIntl();
  const warnings = fact.warnings ?? [];
  const alternatives = fact.alternatives ?? [];
  if (warnings.length === 0 && alternatives.length === 0) return null;
  return (
    <div className="fact-notes">
      {warnings.length > 0 ? (
        <div className="fact-warnings">
          <strong>{intl.formatMessage({ id: 'fact.warnings' }, { count: warnings.length })}</strong>
          <ul>
            {warnings.map((warning, index) => (
              <li key={index}>
                {warning.column ? <code data-as-written>{warning.column}</code> : null}
                {warning.value ? (
                  <>
                    {' '}
                    <q data-as-written>{warning.value}</q>
                  </>
                ) : null}{' '}
                <span data-as-written>{warning.reason}</span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {alternatives.length > 0 ? (
        <div className="fact-alternatives">
          <strong>{intl.formatMessage({ id: 'fact.alternatives' }, { count: alternatives.length })}</strong>
          <ul>
            {alternatives.map((alternative, index) => (
              <li key={index}>
                <span data-as-written>
                  {Object.entries(alternative.values)
                    .map(([field, value]) => `${field}: ${valueText(value)}`)
                    .join(', ')}
                </span>{' '}
                <span className="muted">
                  (
                  {intl.formatMessage(
                    { id: 'fact.readAt' },
                    { row: alternative.row, column: alternative.column ?? '' },
                  )}
                  ){' '}
                </span>
                <span data-as-written className="muted">
                  {alternative.reason}
                </span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
