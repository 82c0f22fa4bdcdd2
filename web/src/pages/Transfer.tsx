import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { useIntl } from 'react-intl';
import { FactNotes } from '../components/FactNotes.js';
import { getJson, type Answer } from '../api/client.js';
import { Loaded } from '../components/common.js';
import { useEnumLabel } from '../i18n/enums.js';
import { countryName, useLocale } from '../i18n/locale.js';

type TransferAnswer = Answer<'/api/transfers/{id}'>;
type FindingsAnswer = Answer<'/api/transfers/{id}/findings'>;

const ORDER = { violation: 0, warning: 1, info: 2 } as const;

/** A fact as the rule read it: a date, a yes or no, a value. */
function factText(value: unknown, yes: string, no: string): string {
  if (value === true) return yes;
  if (value === false) return no;
  return typeof value === 'string' || typeof value === 'number' ? String(value) : JSON.stringify(value);
}

/**
 * A transfer and the safeguards findings on it: what happened, what the rule requires, which facts decided it, the
 * law cited and the status of the authority it rests on (an order later stayed or vacated says so).
 */
export function TransferPage({ id }: { id: string }) {
  const intl = useIntl();
  const label = useEnumLabel();
  const { locale } = useLocale();
  const transfer = useQuery({
    queryKey: ['transfer', id],
    queryFn: () => getJson<TransferAnswer>(`/api/transfers/${id}`),
  });
  const findings = useQuery({
    queryKey: ['transfer-findings', id],
    queryFn: () => getJson<FindingsAnswer>(`/api/transfers/${id}/findings`),
  });
  const yes = intl.formatMessage({ id: 'common.yes' });
  const no = intl.formatMessage({ id: 'common.no' });
  const instant = (value: { utc: string } | undefined) =>
    value
      ? intl.formatDate(value.utc, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }) + ' UTC'
      : '—';
  return (
    <Loaded query={transfer}>
      {(data) => (
        <>
          <h1>
            {intl.formatMessage({ id: 'transfer.title' })}: {countryName(data.fromCountry, locale)} →{' '}
            {countryName(data.toCountry, locale)}
          </h1>
          <dl className="facts">
            <dt>{intl.formatMessage({ id: 'common.status' })}</dt>
            <dd>{label('transfer', data.status)}</dd>
            <dt>{intl.formatMessage({ id: 'transfer.basis' })}</dt>
            <dd>{label('basis', data.legalBasis)}</dd>
            <dt>{intl.formatMessage({ id: 'common.date' })}</dt>
            <dd>{data.date}</dd>
            <dt>{intl.formatMessage({ id: 'transfer.departure' })}</dt>
            <dd>{instant(data.departureAt)}</dd>
            <dt>{intl.formatMessage({ id: 'transfer.handover' })}</dt>
            <dd>{instant(data.custodyTransferAt)}</dd>
            <dt>{intl.formatMessage({ id: 'transfer.person' })}</dt>
            <dd>
              <Link to="/persons/$id" params={{ id: data.personId }}>
                {data.personId}
              </Link>
            </dd>
            {data.toFacilityId ? (
              <>
                <dt>{intl.formatMessage({ id: 'transfer.facility' })}</dt>
                <dd>
                  <Link to="/facilities/$id" params={{ id: data.toFacilityId }}>
                    {data.toFacilityId}
                  </Link>
                </dd>
              </>
            ) : null}
            {data.agreementId ? (
              <>
                <dt>{intl.formatMessage({ id: 'transfer.agreement' })}</dt>
                <dd>
                  <Link to="/agreements/$id" params={{ id: data.agreementId }}>
                    {data.agreementId}
                  </Link>
                </dd>
              </>
            ) : null}
          </dl>
          <FactNotes fact={data} />
          <h2>{intl.formatMessage({ id: 'person.findings' })}</h2>
          <Loaded query={findings}>
            {(answer) => (
              <>
                <p className="muted">
                  {intl.formatMessage(
                    { id: 'transfer.evaluated' },
                    {
                      pack: answer.packVersion,
                      at: intl.formatDate(answer.evaluatedAt, { dateStyle: 'medium', timeStyle: 'short' }),
                    },
                  )}
                </p>
                <ol className="findings">
                  {[...answer.findings]
                    .sort((left, right) => ORDER[left.severity] - ORDER[right.severity])
                    .map((finding, index) => {
                      const words =
                        locale === 'es'
                          ? finding.es
                          : { title: finding.title, explanation: finding.explanation };
                      return (
                        <li key={`${finding.ruleId}-${index}`} className="card">
                          <span className={`badge ${finding.severity}`}>
                            {intl.formatMessage({ id: `finding.${finding.severity}` })}
                          </span>{' '}
                          <strong>{words.title}</strong> <code>{finding.ruleId}</code>
                          <p>{words.explanation}</p>
                          <details>
                            <summary>{intl.formatMessage({ id: 'finding.facts' })}</summary>
                            <table>
                              <tbody>
                                {Object.entries(finding.facts).map(([name, value]) => (
                                  <tr key={name}>
                                    <th scope="row">
                                      <code>{name}</code>
                                    </th>
                                    <td>{factText(value, yes, no)}</td>
                                  </tr>
                                ))}
                                {(finding.missingFacts ?? []).map((name) => (
                                  <tr key={name}>
                                    <th scope="row">
                                      <code>{name}</code>
                                    </th>
                                    <td className="muted">
                                      {intl.formatMessage({ id: 'transfer.missing' })}
                                    </td>
                                  </tr>
                                ))}
                              </tbody>
                            </table>
                          </details>
                          <p className="muted">
                            {intl.formatMessage({ id: 'finding.citations' })}: {finding.citations.join('; ')}{' '}
                            ·{' '}
                            {intl.formatMessage(
                              { id: 'finding.authority' },
                              { status: label('authority', finding.authorityStatus) },
                            )}
                            {finding.contested
                              ? ` · ${intl.formatMessage({ id: 'authority.contested' })}`
                              : ''}
                          </p>
                        </li>
                      );
                    })}
                </ol>
              </>
            )}
          </Loaded>
        </>
      )}
    </Loaded>
  );
}

export function TransferRoute() {
  const { id } = useParams({ from: '/transfers/$id' });
  return <TransferPage id={id} />;
}
