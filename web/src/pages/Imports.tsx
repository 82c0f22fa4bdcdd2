import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useIntl } from 'react-intl';
import { Link } from '@tanstack/react-router';
import { ApiFailure, getJson, type Answer } from '../api/client.js';
import { Loaded } from '../components/common.js';

export function ImportsPage() {
  const intl = useIntl();
  const queries = useQueryClient();
  const jobs = useQuery({
    queryKey: ['imports'],
    queryFn: () => getJson<Answer<'/api/imports'>>('/api/imports?limit=20'),
    refetchInterval: (query) =>
      query.state.data?.items.some((job) => ['checking', 'running'].includes(job.status)) ? 1000 : false,
  });
  const profiles = useQuery({
    queryKey: ['profiles'],
    queryFn: () => getJson<Answer<'/api/import-profiles'>>('/api/import-profiles'),
  });
  const [error, setError] = useState<string | null>(null);
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    const form = new FormData(event.currentTarget);
    const file = form.get('file') as File;
    const mapping = form.get('mapping') as File | null;
    const withMapping = mapping !== null && mapping.size > 0;
    // A mapping uploaded with the file takes the place of a built-in profile.
    const query = new URLSearchParams({ fileName: file.name });
    if (!withMapping) query.set('profile', String(form.get('profile') ?? ''));
    if (form.get('dataset')) query.set('dataset', String(form.get('dataset')));
    const body = new FormData();
    body.set('file', file, file.name);
    if (withMapping) body.set('mapping', mapping, mapping.name);
    const { getCsrf } = await import('../api/csrf.js');
    const response = await fetch(`/api/imports?${query.toString()}`, {
      method: 'POST',
      body,
      credentials: 'same-origin',
      headers: getCsrf(),
    });
    if (!response.ok) {
      const answer = (await response.json()) as { error?: { message: string } };
      setError(answer.error?.message ?? response.statusText);
    }
    await queries.invalidateQueries({ queryKey: ['imports'] });
  }
  return (
    <>
      <h1>{intl.formatMessage({ id: 'imports.title' })}</h1>
      <form
        className="stack"
        onSubmit={(event) =>
          void submit(event).catch((failure: unknown) =>
            setError(failure instanceof ApiFailure ? failure.error.message : String(failure)),
          )
        }
      >
        <label>
          {intl.formatMessage({ id: 'imports.file' })}
          <input name="file" type="file" required />
        </label>
        <label>
          {intl.formatMessage({ id: 'imports.profile' })}
          <select name="profile">
            {(profiles.data?.items ?? []).map((profile) => (
              <option key={profile.name} value={profile.name}>
                {profile.title}
              </option>
            ))}
          </select>
        </label>
        <label>
          {intl.formatMessage({ id: 'imports.mapping' })}
          <input name="mapping" type="file" accept="application/json,.json" />
        </label>
        <label>
          {intl.formatMessage({ id: 'imports.dataset' })}
          <input name="dataset" />
        </label>
        {error ? (
          <p className="alert" role="alert">
            {error}
          </p>
        ) : null}
        <button type="submit">{intl.formatMessage({ id: 'imports.upload' })}</button>
      </form>
      <Loaded query={jobs}>
        {(data) => (
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">{intl.formatMessage({ id: 'imports.file' })}</th>
                  <th scope="col">{intl.formatMessage({ id: 'imports.status' })}</th>
                  <th scope="col" className="number">
                    {intl.formatMessage({ id: 'imports.rows' })}
                  </th>
                  <th scope="col">{intl.formatMessage({ id: 'imports.report' })}</th>
                </tr>
              </thead>
              <tbody>
                {data.items.map((job) => (
                  <tr key={job.id}>
                    <td>
                      <Link to="/imports/$id" params={{ id: job.id }} data-as-written>
                        {job.fileName}
                      </Link>
                    </td>
                    <td role="status">{job.status}</td>
                    <td className="number">{intl.formatNumber(job.counts.rows)}</td>
                    <td>
                      <a href={`/api/imports/${job.id}/report?format=csv`} download>
                        {intl.formatMessage({ id: 'imports.report' })}
                      </a>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Loaded>
    </>
  );
}
