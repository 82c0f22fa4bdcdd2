import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
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

const CUSTODY_TYPES = [
  'detained',
  'transferred',
  'released',
  'returned',
  'died',
  'whereabouts_unknown',
] as const;

/**
 * Records a custody event: checked in the page with the API's own schema (src/core/entities/custodyEvent.ts,
 * loaded when first used), so errors show beside the field before anything is sent; the API checks again.
 */
export function RecordCustodyEvent({ personId, sourceIds }: { personId: string; sourceIds: string[] }) {
  const intl = useIntl();
  const label = useEnumLabel();
  const session = useSession();
  const queries = useQueryClient();
  const [issues, setIssues] = useState<Issues>({});
  const [message, setMessage] = useState<string | null>(null);
  const facilities = useQuery({
    queryKey: ['facilities', 'all'],
    enabled: roleAtLeast(session.data?.role, 'editor'),
    queryFn: () => getJson<Answer<'/api/facilities'>>('/api/facilities?limit=500'),
  });
  if (!roleAtLeast(session.data?.role, 'editor')) return null;
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    setIssues({});
    setMessage(null);
    const facilityId = String(form.get('facilityId') ?? '');
    const facility = facilities.data?.items.find((item) => item.id === facilityId);
    const country = String(form.get('country') ?? '').trim() || facility?.country;
    const body = {
      personId,
      type: String(form.get('type') ?? ''),
      date: String(form.get('date') ?? ''),
      ...(facilityId ? { facilityId } : {}),
      ...(country ? { country } : {}),
      sourceIds: [String(form.get('sourceId') ?? '')],
    };
    const { custodyEventSchema } = await import('../../../src/core/entities/custodyEvent.js');
    const checked = custodyEventSchema.safeParse(body);
    if (!checked.success) {
      setIssues(issuesOf(checked.error.issues));
      return;
    }
    try {
      await sendJson('POST', '/api/custody-events', body);
      await Promise.all(
        ['timeline', 'person'].map((key) => queries.invalidateQueries({ queryKey: [key, personId] })),
      );
      formElement.reset();
    } catch (failure) {
      if (failure instanceof ApiFailure) {
        setMessage(failure.error.message);
        setIssues(issuesOf(failure.error.issues ?? []));
      }
    }
  }
  return (
    <section aria-labelledby="record-custody-event">
      <h2 id="record-custody-event">{intl.formatMessage({ id: 'person.recordCustodyEvent' })}</h2>
      <form className="stack" noValidate onSubmit={(event) => void submit(event)}>
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

const BASES = ['INA241', 'AEA', 'UK_ENFORCED', 'IT_ALB_PROTOCOL', 'OTHER'] as const;
const TRANSFER_STATUSES = ['completed', 'halted', 'planned', 'unknown'] as const;

/**
 * Records a transfer of this person from one state to another: checked in the page with the API's own schema
 * (src/core/entities/transfer.ts), errors beside the field; the findings of the rules engine follow on the page.
 */
export function RecordTransfer({ personId, sourceIds }: { personId: string; sourceIds: string[] }) {
  const intl = useIntl();
  const label = useEnumLabel();
  const session = useSession();
  const queries = useQueryClient();
  const [issues, setIssues] = useState<Issues>({});
  const [message, setMessage] = useState<string | null>(null);
  if (!roleAtLeast(session.data?.role, 'editor')) return null;
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    setIssues({});
    setMessage(null);
    const text = (name: string) => String(form.get(name) ?? '').trim();
    const body = {
      personId,
      legalBasis: text('legalBasis'),
      fromCountry: text('fromCountry'),
      toCountry: text('toCountry'),
      status: text('status'),
      date: text('transferDate'),
      sourceIds: [text('sourceId')],
    };
    const { transferSchema } = await import('../../../src/core/entities/transfer.js');
    const checked = transferSchema.safeParse(body);
    if (!checked.success) {
      setIssues(issuesOf(checked.error.issues));
      return;
    }
    try {
      await sendJson('POST', '/api/transfers', body);
      await Promise.all(
        ['timeline', 'person', 'deadlines'].map((key) =>
          queries.invalidateQueries({ queryKey: [key, personId] }),
        ),
      );
      formElement.reset();
    } catch (failure) {
      if (failure instanceof ApiFailure) {
        setMessage(failure.error.message);
        setIssues(issuesOf(failure.error.issues ?? []));
      }
    }
  }
  return (
    <section aria-labelledby="record-transfer">
      <h2 id="record-transfer">{intl.formatMessage({ id: 'person.recordTransfer' })}</h2>
      <form className="stack" noValidate onSubmit={(event) => void submit(event)}>
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

/**
 * Adds a record of this person as a source wrote it (names, birth date, nationalities): checked in the page with
 * the API's own schema (src/core/entities/person.ts), errors beside the field; linkage may then propose matches.
 */
export function RecordPersonRecord({ personId, sourceIds }: { personId: string; sourceIds: string[] }) {
  const intl = useIntl();
  const session = useSession();
  const queries = useQueryClient();
  const [issues, setIssues] = useState<Issues>({});
  const [message, setMessage] = useState<string | null>(null);
  if (!roleAtLeast(session.data?.role, 'editor')) return null;
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    setIssues({});
    setMessage(null);
    const text = (name: string) => String(form.get(name) ?? '').trim();
    const nationalities = text('nationalities')
      .split(',')
      .map((value) => value.trim())
      .filter(Boolean);
    const body = {
      personId,
      ...(text('givenNames') ? { givenNames: text('givenNames') } : {}),
      ...(text('familyNames') ? { familyNames: text('familyNames') } : {}),
      ...(text('birthDate') ? { birthDate: text('birthDate') } : {}),
      nationalities,
      sourceIds: [text('sourceId')],
    };
    const { personRecordSchema } = await import('../../../src/core/entities/person.js');
    const checked = personRecordSchema.safeParse(body);
    if (!checked.success) {
      setIssues(issuesOf(checked.error.issues));
      return;
    }
    try {
      await sendJson('POST', '/api/person-records', body);
      await queries.invalidateQueries({ queryKey: ['person', personId] });
      formElement.reset();
    } catch (failure) {
      if (failure instanceof ApiFailure) {
        setMessage(failure.error.message);
        setIssues(issuesOf(failure.error.issues ?? []));
      }
    }
  }
  return (
    <section aria-labelledby="record-person-record">
      <h2 id="record-person-record">{intl.formatMessage({ id: 'person.addRecord' })}</h2>
      <form className="stack" noValidate onSubmit={(event) => void submit(event)}>
        <label>
          {intl.formatMessage({ id: 'person.givenNames' })}
          <input name="givenNames" aria-describedby="record-givenNames-error" />
          <FieldError form="record" issues={issues} name="givenNames" />
        </label>
        <label>
          {intl.formatMessage({ id: 'person.familyNames' })}
          <input name="familyNames" aria-describedby="record-familyNames-error" />
          <FieldError form="record" issues={issues} name="familyNames" />
        </label>
        <label>
          {intl.formatMessage({ id: 'person.recordBirthDate' })}
          <input name="birthDate" placeholder="1990-05" aria-describedby="record-birthDate-error" />
          <FieldError form="record" issues={issues} name="birthDate" />
        </label>
        <label>
          {intl.formatMessage({ id: 'person.recordNationalities' })}
          <input name="nationalities" placeholder="VEN, COL" aria-describedby="record-nationalities-error" />
          <FieldError form="record" issues={issues} name="nationalities" />
        </label>
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
