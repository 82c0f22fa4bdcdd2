import { useState, type FormEvent } from 'react';
import { useIntl } from 'react-intl';
import { ApiFailure, sendJson, type Answer } from '../api/client.js';
import { useLocale } from '../i18n/locale.js';

type LocateAnswer = Answer<'/api/locate', 'post'>;

/**
 * The family locator: the same answer for everyone, match or no match, so that asking tells no one whether a
 * person is in the registry. The organisation contacts the family after checking who they are.
 */
export function LocatorPage() {
  const intl = useIntl();
  const { locale } = useLocale();
  const [answer, setAnswer] = useState<LocateAnswer | null>(null);
  const [error, setError] = useState<string | null>(null);
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setError(null);
    try {
      setAnswer(
        await sendJson<LocateAnswer>('POST', '/api/locate', {
          name: String(form.get('name') ?? ''),
          birthDate: String(form.get('birthDate') ?? ''),
          ...(form.get('nationality') ? { nationality: String(form.get('nationality')) } : {}),
          contact: String(form.get('contact') ?? ''),
          language: locale,
        }),
      );
    } catch (failure) {
      setError(failure instanceof ApiFailure ? failure.error.message : String(failure));
    }
  }
  return (
    <>
      <h1>{intl.formatMessage({ id: 'locator.title' })}</h1>
      <p>{intl.formatMessage({ id: 'locator.intro' })}</p>
      {answer ? (
        <p className="note" role="status">
          {intl.formatMessage(
            { id: 'locator.answer' },
            { reference: answer.reference, organisation: answer.organisation, contact: answer.contact },
          )}
        </p>
      ) : (
        <form className="stack" onSubmit={(event) => void submit(event)}>
          <label>
            {intl.formatMessage({ id: 'locator.name' })}
            <input name="name" required autoComplete="off" />
          </label>
          <label>
            {intl.formatMessage({ id: 'locator.birthDate' })}
            <input name="birthDate" required placeholder="1990-05-14" autoComplete="off" />
          </label>
          <label>
            {intl.formatMessage({ id: 'locator.nationality' })}
            <input name="nationality" autoComplete="off" />
          </label>
          <label>
            {intl.formatMessage({ id: 'locator.contact' })}
            <input name="contact" required autoComplete="tel" />
          </label>
          {error ? (
            <p className="alert" role="alert">
              {error}
            </p>
          ) : null}
          <button type="submit">{intl.formatMessage({ id: 'locator.submit' })}</button>
        </form>
      )}
    </>
  );
}
