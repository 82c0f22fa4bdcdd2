import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState, type FormEvent, type ReactNode } from 'react';
import type { ZodType } from 'zod';
import { useIntl } from 'react-intl';
import { ApiFailure, getJson, sendJson, type Answer } from '../api/client.js';
import { roleAtLeast, useSession } from '../app/session.js';
import { useEnumLabel } from '../i18n/enums.js';

type Issues = Record<string, string>;

/** The issues of an API error (or of the same schema run in the page), by the field they name. */
function issuesOf(list: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }>): Issues {
  return Object.fromEntries(list.map((issue) => [String(issue.path.at(-1) ?? ''), issue.message]));
}

function FieldError({ issues, name, form }: { issues: Issues; name: string; form: string }) {
  return issues[name] ? (
    <span className="field-error" id={`${form}-${name}-error`}>
      {issues[name]}
    </span>
  ) : null;
}

/**
 * What every form of the person page does with what it records: check it with the entity's own Zod schema when
 * one is given (loaded when first used, so its errors show beside the field before anything is sent), post it,
 * refresh the person's views, and show the API's refusal by field. The API checks again.
 */
function useFactForm(personId: string, refresh: readonly string[]) {
  const queries = useQueryClient();
  const [issues, setIssues] = useState<Issues>({});
  const [message, setMessage] = useState<string | null>(null);
  async function send(form: HTMLFormElement, path: string, body: unknown, schema?: () => Promise<ZodType>) {
    setIssues({});
    setMessage(null);
    const checked = schema ? (await schema()).safeParse(body) : undefined;
    if (checked && !checked.success) {
      setIssues(issuesOf(checked.error.issues));
      return;
    }
    try {
      await sendJson('POST', path, body);
      await Promise.all(refresh.map((key) => queries.invalidateQueries({ queryKey: [key, personId] })));
      form.reset();
    } catch (failure) {
      if (failure instanceof ApiFailure) {
        setMessage(failure.error.message);
        setIssues(issuesOf(failure.error.issues ?? []));
      }
    }
  }
  return { issues, message, send };
}

/** A form of the person page: its heading, its fields, the source it cites, the API's refusal and a save button. */
function FactForm({
  id,
  title,
  sourceIds,
  message,
  onSubmit,
  children,
  browserChecks = false,
}: {
  /** Let the browser check `required` fields first (the legal-event form), rather than the entity's schema. */
  browserChecks?: boolean;
  id: string;
  title: string;
  sourceIds: string[];
  message: string | null;
  onSubmit: (form: HTMLFormElement, data: FormData) => Promise<void>;
  children: ReactNode;
}) {
  const intl = useIntl();
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void onSubmit(event.currentTarget, new FormData(event.currentTarget));
  };
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <form className="stack" noValidate={!browserChecks} onSubmit={submit}>
        {children}
        <label>
          {intl.formatMessage({ id: 'common.source' })}
          <select name="sourceId" defaultValue={sourceIds[0]}>
            {sourceIds.map((sourceId) => (
              <option key={sourceId} value={sourceId}>
                {sourceId}
              </option>
            ))}
          </select>
        </label>
        {message ? (
          <p className="alert" role="alert">
            {message}
          </p>
        ) : null}
        <button type="submit">{intl.formatMessage({ id: 'common.save' })}</button>
      </form>
    </section>
  );
}

/** A form value as text, trimmed. */
const text = (data: FormData, name: string) => String(data.get(name) ?? '').trim();

interface FormProps {
  personId: string;
  sourceIds: string[];
}

/** The legal events a lawyer records most; the API's schema checks them (its errors shown beside the field). */
const RECORDABLE = ['habeas_petition', 'stay'] as const;

export function RecordLegalEvent({ personId, sourceIds }: FormProps) {
  const intl = useIntl();
  const label = useEnumLabel();
  const session = useSession();
  const [type, setType] = useState<(typeof RECORDABLE)[number]>('stay');
  const { issues, message, send } = useFactForm(personId, ['timeline', 'deadlines', 'person']);
  if (!roleAtLeast(session.data?.role, 'editor')) return null;
  const submit = (form: HTMLFormElement, data: FormData) => {
    const when = text(data, 'when');
    const instant = when ? `${when}:00Z` : '';
    const common = {
      personId,
      type,
      date: when.slice(0, 10),
      court: text(data, 'court'),
      sourceIds: [text(data, 'sourceId')],
    };
    const body =
      type === 'stay' ? { ...common, stayKind: 'judicial', from: instant } : { ...common, filedAt: instant };
    return send(form, '/api/legal-events', body);
  };
  return (
    <FactForm
      id="record-legal-event"
      title={intl.formatMessage({ id: 'person.recordLegalEvent' })}
      browserChecks
      sourceIds={sourceIds}
      message={message}
      onSubmit={submit}
    >
      <label>
        {intl.formatMessage({ id: 'person.eventType' })}
        <select
          name="type"
          value={type}
          onChange={(event) => setType(event.target.value as (typeof RECORDABLE)[number])}
        >
          {RECORDABLE.map((each) => (
            <option key={each} value={each}>
              {label('legal', each)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {intl.formatMessage({ id: 'common.date' })}
        <input name="when" type="datetime-local" required aria-describedby="legal-date-error" />
        <FieldError
          form="legal"
          issues={{ date: issues.from ?? issues.filedAt ?? issues.date ?? '' }}
          name="date"
        />
      </label>
      <label>
        {intl.formatMessage({ id: 'person.court' })}
        <input name="court" required aria-describedby="legal-court-error" />
        <FieldError form="legal" issues={issues} name="court" />
      </label>
    </FactForm>
  );
}

const CUSTODY_TYPES = [
  'detained',
  'transferred',
  'released',
  'returned',
  'died',
  'whereabouts_unknown',
] as const;

/** Records a custody event, checked with src/core/entities/custodyEvent.ts before it is sent. */
export function RecordCustodyEvent({ personId, sourceIds }: FormProps) {
  const intl = useIntl();
  const label = useEnumLabel();
  const session = useSession();
  const { issues, message, send } = useFactForm(personId, ['timeline', 'person']);
  const facilities = useQuery({
    queryKey: ['facilities', 'all'],
    enabled: roleAtLeast(session.data?.role, 'editor'),
    queryFn: () => getJson<Answer<'/api/facilities'>>('/api/facilities?limit=500'),
  });
  if (!roleAtLeast(session.data?.role, 'editor')) return null;
  const submit = (form: HTMLFormElement, data: FormData) => {
    const facilityId = text(data, 'facilityId');
    const facility = facilities.data?.items.find((item) => item.id === facilityId);
    const country = text(data, 'country') || facility?.country;
    const body = {
      personId,
      type: text(data, 'type'),
      date: text(data, 'date'),
      ...(facilityId ? { facilityId } : {}),
      ...(country ? { country } : {}),
      sourceIds: [text(data, 'sourceId')],
    };
    return send(
      form,
      '/api/custody-events',
      body,
      async () => (await import('../../../src/core/entities/custodyEvent.js')).custodyEventSchema,
    );
  };
  return (
    <FactForm
      id="record-custody-event"
      title={intl.formatMessage({ id: 'person.recordCustodyEvent' })}
      sourceIds={sourceIds}
      message={message}
      onSubmit={submit}
    >
      <label>
        {intl.formatMessage({ id: 'person.custodyType' })}
        <select name="type" defaultValue="detained">
          {CUSTODY_TYPES.map((type) => (
            <option key={type} value={type}>
              {label('custody', type)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {intl.formatMessage({ id: 'person.custodyDate' })}
        <input name="date" placeholder="2025-03-16" aria-describedby="custody-date-error" />
        <FieldError form="custody" issues={issues} name="date" />
      </label>
      <label>
        {intl.formatMessage({ id: 'transfer.facility' })}
        <select name="facilityId" defaultValue="">
          <option value="">—</option>
          {(facilities.data?.items ?? []).map((facility) => (
            <option key={facility.id} value={facility.id}>
              {facility.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        {intl.formatMessage({ id: 'common.country' })}
        <input name="country" placeholder="SLV" aria-describedby="custody-country-error" />
        <FieldError form="custody" issues={issues} name="country" />
      </label>
    </FactForm>
  );
}

const BASES = ['INA241', 'AEA', 'UK_ENFORCED', 'IT_ALB_PROTOCOL', 'OTHER'] as const;
const TRANSFER_STATUSES = ['completed', 'halted', 'planned', 'unknown'] as const;

/** Records a transfer of this person, checked with src/core/entities/transfer.ts before it is sent. */
export function RecordTransfer({ personId, sourceIds }: FormProps) {
  const intl = useIntl();
  const label = useEnumLabel();
  const session = useSession();
  const { issues, message, send } = useFactForm(personId, ['timeline', 'person', 'deadlines']);
  if (!roleAtLeast(session.data?.role, 'editor')) return null;
  const submit = (form: HTMLFormElement, data: FormData) => {
    const body = {
      personId,
      legalBasis: text(data, 'legalBasis'),
      fromCountry: text(data, 'fromCountry'),
      toCountry: text(data, 'toCountry'),
      status: text(data, 'status'),
      date: text(data, 'transferDate'),
      sourceIds: [text(data, 'sourceId')],
    };
    return send(
      form,
      '/api/transfers',
      body,
      async () => (await import('../../../src/core/entities/transfer.js')).transferSchema,
    );
  };
  return (
    <FactForm
      id="record-transfer"
      title={intl.formatMessage({ id: 'person.recordTransfer' })}
      sourceIds={sourceIds}
      message={message}
      onSubmit={submit}
    >
      <label>
        {intl.formatMessage({ id: 'transfer.basis' })}
        <select name="legalBasis" defaultValue="INA241">
          {BASES.map((basis) => (
            <option key={basis} value={basis}>
              {label('basis', basis)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {intl.formatMessage({ id: 'person.fromCountry' })}
        <input name="fromCountry" placeholder="USA" aria-describedby="transfer-fromCountry-error" />
        <FieldError form="transfer" issues={issues} name="fromCountry" />
      </label>
      <label>
        {intl.formatMessage({ id: 'person.toCountry' })}
        <input name="toCountry" placeholder="SLV" aria-describedby="transfer-toCountry-error" />
        <FieldError form="transfer" issues={issues} name="toCountry" />
      </label>
      <label>
        {intl.formatMessage({ id: 'common.status' })}
        <select name="status" defaultValue="completed">
          {TRANSFER_STATUSES.map((status) => (
            <option key={status} value={status}>
              {label('transfer', status)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {intl.formatMessage({ id: 'person.custodyDate' })}
        <input name="transferDate" placeholder="2025-03-15" aria-describedby="transfer-date-error" />
        <FieldError form="transfer" issues={issues} name="date" />
      </label>
    </FactForm>
  );
}

/** Adds a record of this person as a source wrote it, checked with src/core/entities/person.ts before it is sent. */
export function RecordPersonRecord({ personId, sourceIds }: FormProps) {
  const intl = useIntl();
  const session = useSession();
  const { issues, message, send } = useFactForm(personId, ['person']);
  if (!roleAtLeast(session.data?.role, 'editor')) return null;
  const submit = (form: HTMLFormElement, data: FormData) => {
    const optional = (name: string) => (text(data, name) ? { [name]: text(data, name) } : {});
    const body = {
      personId,
      ...optional('givenNames'),
      ...optional('familyNames'),
      ...optional('birthDate'),
      nationalities: text(data, 'nationalities')
        .split(',')
        .map((value) => value.trim())
        .filter(Boolean),
      sourceIds: [text(data, 'sourceId')],
    };
    return send(
      form,
      '/api/person-records',
      body,
      async () => (await import('../../../src/core/entities/person.js')).personRecordSchema,
    );
  };
  const field = (name: string, words: string, placeholder?: string) => (
    <label>
      {words}
      <input name={name} placeholder={placeholder} aria-describedby={`record-${name}-error`} />
      <FieldError form="record" issues={issues} name={name} />
    </label>
  );
  return (
    <FactForm
      id="record-person-record"
      title={intl.formatMessage({ id: 'person.addRecord' })}
      sourceIds={sourceIds}
      message={message}
      onSubmit={submit}
    >
      {field('givenNames', intl.formatMessage({ id: 'person.givenNames' }))}
      {field('familyNames', intl.formatMessage({ id: 'person.familyNames' }))}
      {field('birthDate', intl.formatMessage({ id: 'person.recordBirthDate' }), '1990-05')}
      {field('nationalities', intl.formatMessage({ id: 'person.recordNationalities' }), 'VEN, COL')}
    </FactForm>
  );
}

type PersonLike = Answer<'/api/persons/{id}'>;

/** What changed between the person one was looking at and the person now: records added, removed, version. */
function changesBetween(
  before: PersonLike,
  after: PersonLike,
  words: (id: string, values?: Record<string, string>) => string,
) {
  const had = new Set(before.records.map((record) => record.id));
  const has = new Set(after.records.map((record) => record.id));
  const changes: string[] = [];
  for (const id of has) if (!had.has(id)) changes.push(words('person.changeAdded', { id }));
  for (const id of had) if (!has.has(id)) changes.push(words('person.changeRemoved', { id }));
  if (changes.length === 0) changes.push(words('person.changeOther'));
  return changes;
}

/**
 * Splits records off into a new person, or merges another person in, with a reason (both audited), and undoes
 * either at once. The person's version travels with the request: if someone changed the person meanwhile, the
 * API answers 409 and the page shows what changed instead of overwriting it.
 */
export function SplitAndMerge({ person }: { person: PersonLike }) {
  const intl = useIntl();
  const session = useSession();
  const queries = useQueryClient();
  const [chosen, setChosen] = useState<string[]>([]);
  const [reason, setReason] = useState('');
  const [other, setOther] = useState('');
  const [done, setDone] = useState<null | {
    kind: 'split' | 'merge';
    otherId: string;
    moved: { recordIds: string[]; factIds: string[] };
  }>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [changed, setChanged] = useState<string[] | null>(null);
  if (!roleAtLeast(session.data?.role, 'editor')) return null;
  const words = (id: string, values?: Record<string, string>) =>
    intl.formatMessage({ id: id as 'person.changeOther' }, values);
  const refresh = () =>
    Promise.all(
      ['person', 'timeline', 'deadlines'].map((key) =>
        queries.invalidateQueries({ queryKey: [key, person.id] }),
      ),
    );
  async function run(work: () => Promise<void>) {
    setMessage(null);
    setChanged(null);
    try {
      await work();
      await refresh();
    } catch (failure) {
      if (
        failure instanceof ApiFailure &&
        failure.error.status === 409 &&
        failure.error.code === 'version_conflict'
      ) {
        const now = await getJson<PersonLike>(`/api/persons/${person.id}`);
        setChanged(changesBetween(person, now, words));
        await refresh();
      } else setMessage(failure instanceof ApiFailure ? failure.error.message : String(failure));
    }
  }
  const split = () =>
    run(async () => {
      const answer = await sendJson<{
        created: { id: string };
        moved: { recordIds: string[]; factIds: string[] };
      }>('POST', `/api/persons/${person.id}/split`, {
        recordIds: chosen,
        reason,
        ...(person.version ? { version: person.version } : {}),
      });
      setDone({ kind: 'split', otherId: answer.created.id, moved: answer.moved });
      setChosen([]);
    });
  const merge = () =>
    run(async () => {
      const answer = await sendJson<{
        merged: { id: string };
        moved: { recordIds: string[]; factIds: string[] };
      }>('POST', `/api/persons/${person.id}/merge`, {
        personId: other,
        reason,
        ...(person.version ? { version: person.version } : {}),
      });
      setDone({ kind: 'merge', otherId: answer.merged.id, moved: answer.moved });
    });
  const undo = () =>
    run(async () => {
      if (!done) return;
      const undoReason = `${intl.formatMessage({ id: 'review.undo' })}: ${reason}`;
      if (done.kind === 'split')
        await sendJson('POST', `/api/persons/${person.id}/merge`, {
          personId: done.otherId,
          reason: undoReason,
        });
      else
        await sendJson('POST', `/api/persons/${person.id}/split`, {
          recordIds: done.moved.recordIds,
          factIds: done.moved.factIds,
          reason: undoReason,
        });
      setDone(null);
    });
  return (
    <section aria-labelledby="split-merge">
      <h2 id="split-merge">{intl.formatMessage({ id: 'person.splitMerge' })}</h2>
      <div className="stack">
        <label>
          {intl.formatMessage({ id: 'review.reason' })}
          <input value={reason} onChange={(event) => setReason(event.target.value)} />
        </label>
        <fieldset>
          <legend>{intl.formatMessage({ id: 'person.splitRecords' })}</legend>
          {person.records.map((record) => (
            <label key={record.id} className="inline">
              <input
                type="checkbox"
                checked={chosen.includes(record.id)}
                onChange={(event) =>
                  setChosen(
                    event.target.checked ? [...chosen, record.id] : chosen.filter((id) => id !== record.id),
                  )
                }
              />{' '}
              <code>{record.id}</code>
            </label>
          ))}
          <button type="button" disabled={chosen.length === 0 || !reason} onClick={() => void split()}>
            {intl.formatMessage({ id: 'person.split' })}
          </button>
        </fieldset>
        <label>
          {intl.formatMessage({ id: 'person.mergeWith' })}
          <input
            value={other}
            placeholder="per_…"
            onChange={(event) => setOther(event.target.value.trim())}
          />
        </label>
        <button type="button" disabled={!other || !reason} onClick={() => void merge()}>
          {intl.formatMessage({ id: 'person.merge' })}
        </button>
      </div>
      {done ? (
        <p role="status">
          {intl.formatMessage({ id: done.kind === 'split' ? 'person.splitDone' : 'person.mergeDone' })}{' '}
          <Link to="/persons/$id" params={{ id: done.otherId }}>
            {done.otherId}
          </Link>{' '}
          <button type="button" className="secondary" onClick={() => void undo()}>
            {intl.formatMessage({ id: 'person.undo' })}
          </button>
        </p>
      ) : null}
      {changed ? (
        <div className="alert" role="alert">
          <p>{intl.formatMessage({ id: 'person.changedMeanwhile' })}</p>
          <ul>
            {changed.map((change) => (
              <li key={change}>{change}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {message ? (
        <p className="alert" role="alert">
          {message}
        </p>
      ) : null}
    </section>
  );
}
