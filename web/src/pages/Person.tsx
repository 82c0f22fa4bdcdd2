import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useIntl } from 'react-intl';
import { getJson, type Answer, type ItemOf } from '../api/client.js';
import { CsvLink, Loaded, Sources } from '../components/common.js';
import { FactNotes } from '../components/FactNotes.js';
import { useEnumLabel } from '../i18n/enums.js';
import { countryName, useLocale } from '../i18n/locale.js';
import {
  RecordCustodyEvent,
  RecordLegalEvent,
  RecordPersonRecord,
  RecordTransfer,
  SplitAndMerge,
} from './PersonEditing.js';
import { AllegationsApart, Journey } from './PersonJourney.js';
import { nameOf } from './Persons.js';

type PersonAnswer = Answer<'/api/persons/{id}'>;
type TimelineItem = ItemOf<'/api/persons/{id}/timeline'>;
type Finding = NonNullable<TimelineItem['findings']>[number];
type Deadline = Answer<'/api/persons/{id}/deadlines'>['deadlines'][number];

export function PersonPage({ id }: { id: string }) {
  const person = useQuery({
    queryKey: ['person', id],
    queryFn: () => getJson<PersonAnswer>(`/api/persons/${id}`),
  });
  const timeline = useQuery({
    queryKey: ['timeline', id],
    queryFn: () => getJson<Answer<'/api/persons/{id}/timeline'>>(`/api/persons/${id}/timeline`),
  });
  const deadlines = useQuery({
    queryKey: ['deadlines', id],
    queryFn: () => getJson<Answer<'/api/persons/{id}/deadlines'>>(`/api/persons/${id}/deadlines`),
  });
  return (
    <Loaded query={person}>
      {(data) => (
        <>
          <Profile person={data} />
          <Loaded query={deadlines}>
            {(answer) => <Deadlines deadlines={answer.deadlines} personId={id} />}
          </Loaded>
          <Loaded query={timeline}>
            {(answer) => (
              <>
                <Journey items={answer.items} />
                <AllegationsApart items={answer.items} />
                <Timeline items={answer.items} personId={id} />
              </>
            )}
          </Loaded>
          <RecordLegalEvent
            personId={id}
            sourceIds={data.records[0]?.sources.map((source) => source.id) ?? []}
          />
          <RecordCustodyEvent
            personId={id}
            sourceIds={data.records[0]?.sources.map((source) => source.id) ?? []}
          />
          <RecordTransfer
            personId={id}
            sourceIds={data.records[0]?.sources.map((source) => source.id) ?? []}
          />
          <RecordPersonRecord
            personId={id}
            sourceIds={data.records[0]?.sources.map((source) => source.id) ?? []}
          />
          <SplitAndMerge person={data} />
        </>
      )}
    </Loaded>
  );
}

function Profile({ person }: { person: PersonAnswer }) {
  const intl = useIntl();
  const label = useEnumLabel();
  const { locale } = useLocale();
  const first = person.records[0];
  const where = person.whereabouts;
  return (
    <>
      <h1>
        {first ? nameOf(first) : person.id}{' '}
        {person.fictional ? (
          <span className="badge info">{intl.formatMessage({ id: 'common.fictional' })}</span>
        ) : null}
      </h1>
      <section className="card" aria-labelledby="whereabouts">
        <h2 id="whereabouts">{intl.formatMessage({ id: 'person.whereabouts' })}</h2>
        {where ? (
          <p>
            <strong>{label('custody', where.status)}</strong> {where.facility?.name ?? ''}{' '}
            {countryName(where.country, locale)} <span className="muted">{where.date}</span>
            {where.derived ? (
              <span className="muted"> ({intl.formatMessage({ id: 'person.whereaboutsDerived' })})</span>
            ) : null}
          </p>
        ) : (
          <p>{intl.formatMessage({ id: 'person.noWhereabouts' })}</p>
        )}
        {where ? <Sources sources={where.sources} /> : null}
      </section>
      {person.conflicts?.length ? (
        <section className="alert" aria-label={intl.formatMessage({ id: 'person.conflicts' })}>
          <h2>{intl.formatMessage({ id: 'person.conflicts' })}</h2>
          <ul>
            {person.conflicts.map((conflict, index) => (
              <li key={index}>
                {typeof conflict.message === 'string' ? conflict.message : conflict.message[locale]}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <h2>{intl.formatMessage({ id: 'person.records' })}</h2>
      <div className="side-by-side">
        {person.records.map((record) => (
          <section key={record.id} className="card" aria-label={nameOf(record)}>
            <dl>
              <dt>{intl.formatMessage({ id: 'person.name' })}</dt>
              <dd>{nameOf(record)}</dd>
              <dt>{intl.formatMessage({ id: 'person.birth' })}</dt>
              <dd>{typeof record.birthDate === 'string' ? record.birthDate : '—'}</dd>
              <dt>{intl.formatMessage({ id: 'person.nationalities' })}</dt>
              <dd>
                {((record.nationalities as string[] | undefined) ?? [])
                  .map((code) => countryName(code, locale))
                  .join(', ') || '—'}
              </dd>
              <dt>{intl.formatMessage({ id: 'person.identifiers' })}</dt>
              <dd>
                {(record.identifiers ?? [])
                  .map(
                    (identifier) =>
                      `${identifier.kind}: ${identifier.value === 'withheld' ? intl.formatMessage({ id: 'common.withheld' }) : identifier.value}`,
                  )
                  .join('; ') || '—'}
              </dd>
            </dl>
            <Sources sources={record.sources} />
            <FactNotes fact={record} />
          </section>
        ))}
      </div>
    </>
  );
}

function Deadlines({ deadlines, personId }: { deadlines: Deadline[]; personId: string }) {
  const intl = useIntl();
  const { locale } = useLocale();
  return (
    <section aria-labelledby="deadlines">
      <h2 id="deadlines">{intl.formatMessage({ id: 'person.deadlines' })}</h2>
      <CsvLink path={`/api/persons/${personId}/deadlines`} />
      {deadlines.length === 0 ? (
        <p>{intl.formatMessage({ id: 'common.none' })}</p>
      ) : (
        <ul>
          {deadlines.map((deadline) => (
            <li key={`${deadline.clock}-${deadline.endsAt}`}>
              <strong>{deadline.title[locale]}</strong>:{' '}
              {deadline.open
                ? intl.formatMessage({ id: 'person.openDeadline' }, { left: deadline.timeLeft[locale] })
                : intl.formatMessage({ id: 'person.closedDeadline' })}{' '}
              <span className="muted">
                ({intl.formatDate(deadline.endsAt, { dateStyle: 'medium', timeStyle: 'short' })};{' '}
                {deadline.legalSource})
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function FindingView({ finding }: { finding: Finding }) {
  const intl = useIntl();
  const label = useEnumLabel();
  const { locale } = useLocale();
  const words = locale === 'es' ? finding.es : { title: finding.title, explanation: finding.explanation };
  return (
    <li>
      <span className={`badge ${finding.severity}`}>
        {intl.formatMessage({ id: `finding.${finding.severity}` })}
      </span>{' '}
      <strong>{words.title}</strong>
      <p>{words.explanation}</p>
      <p className="muted">
        {intl.formatMessage({ id: 'finding.citations' })}: {finding.citations.join('; ')} ·{' '}
        {intl.formatMessage(
          { id: 'finding.authority' },
          { status: label('authority', finding.authorityStatus) },
        )}
      </p>
    </li>
  );
}

function Timeline({ items, personId }: { items: TimelineItem[]; personId: string }) {
  const intl = useIntl();
  const label = useEnumLabel();
  const { locale } = useLocale();
  const describe = (item: TimelineItem) => {
    switch (item.kind) {
      case 'custodyEvent':
        return `${label('custody', item.type)} ${countryName(item.entity.country as string | undefined, locale)}`;
      case 'transfer':
        return `${label('basis', item.type)}: ${countryName(item.entity.fromCountry as string, locale)} → ${countryName(item.entity.toCountry as string, locale)} (${label('transfer', item.entity.status as string)})`;
      case 'legalEvent':
        return label('legal', item.type);
      case 'allegation':
        return `${item.entity.kind === 'conviction' ? intl.formatMessage({ id: 'person.convictions' }) : intl.formatMessage({ id: 'person.allegations' })}: ${String(item.entity.category)}`;
    }
  };
  return (
    <section aria-labelledby="timeline">
      <h2 id="timeline">{intl.formatMessage({ id: 'person.timeline' })}</h2>
      <CsvLink path={`/api/persons/${personId}/timeline`} />
      <ol className="timeline">
        {items.map((item) => (
          <li key={item.entity.id}>
            <strong>{item.date ?? '—'}</strong> <span className="muted">{label('timeline', item.kind)}</span>{' '}
            {item.kind === 'transfer' ? (
              <Link to="/transfers/$id" params={{ id: item.entity.id }}>
                {describe(item)}
              </Link>
            ) : (
              describe(item)
            )}
            <Sources sources={item.sources} />
            <FactNotes fact={item.entity} />
            {item.findings?.length ? (
              <details>
                <summary>
                  {intl.formatMessage({ id: 'person.findings' })} (
                  {item.findings.filter((finding) => finding.severity === 'violation').length}{' '}
                  {intl.formatMessage({ id: 'finding.violation' })})
                </summary>
                <ul>
                  {item.findings
                    .filter((finding) => finding.severity !== 'info')
                    .map((finding, index) => (
                      <FindingView key={index} finding={finding} />
                    ))}
                </ul>
              </details>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
