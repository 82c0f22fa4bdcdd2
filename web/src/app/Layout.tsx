import { Link, Outlet, useNavigate } from '@tanstack/react-router';
import { FormattedMessage, useIntl } from 'react-intl';
import type { MessageId } from '../i18n/en.js';
import { LOCALES, useLocale, type Locale } from '../i18n/locale.js';
import { roleAtLeast, useSession, useSignOut } from './session.js';

type Role = 'public' | 'viewer' | 'editor' | 'admin';

/** The pages of the main menu, each shown from the least role that may open it (the API decides the rest). */
const PAGES: Array<{ to: string; label: MessageId; least: Role }> = [
  { to: '/', label: 'nav.overview', least: 'public' },
  { to: '/agreements', label: 'nav.agreements', least: 'public' },
  { to: '/facilities', label: 'nav.facilities', least: 'public' },
  { to: '/reported-counts', label: 'nav.counts', least: 'public' },
  { to: '/persons', label: 'nav.persons', least: 'viewer' },
  { to: '/transfers', label: 'nav.transfers', least: 'viewer' },
  { to: '/findings', label: 'nav.findings', least: 'viewer' },
  { to: '/review', label: 'nav.review', least: 'viewer' },
  { to: '/imports', label: 'nav.imports', least: 'editor' },
  { to: '/sources', label: 'nav.sources', least: 'public' },
  { to: '/conflicts', label: 'nav.conflicts', least: 'editor' },
  { to: '/audit', label: 'nav.audit', least: 'admin' },
  { to: '/users', label: 'nav.users', least: 'admin' },
  { to: '/locator', label: 'nav.locator', least: 'public' },
];

function LanguageSwitch() {
  const intl = useIntl();
  const { locale, setLocale } = useLocale();
  return (
    <label className="session">
      <span>{intl.formatMessage({ id: 'language.label' })}</span>
      <select value={locale} onChange={(event) => setLocale(event.target.value as Locale)}>
        {LOCALES.map((each) => (
          <option key={each} value={each} lang={each}>
            {intl.formatMessage({ id: `language.${each}` })}
          </option>
        ))}
      </select>
    </label>
  );
}

function SessionStatus() {
  const intl = useIntl();
  const session = useSession();
  const signOut = useSignOut();
  const navigate = useNavigate();
  const answer = session.data;
  if (!answer?.signedIn)
    return (
      <div className="session">
        <span>{intl.formatMessage({ id: 'session.public' })}</span>
        <Link to="/sign-in" className="button">
          {intl.formatMessage({ id: 'session.signIn' })}
        </Link>
      </div>
    );
  return (
    <div className="session">
      <span>
        {intl.formatMessage(
          { id: 'session.signedInAs' },
          { email: answer.user.email, role: intl.formatMessage({ id: `role.${answer.role}` }) },
        )}
      </span>
      <button
        type="button"
        className="secondary"
        onClick={() => void signOut().then(() => navigate({ to: '/' }))}
      >
        {intl.formatMessage({ id: 'session.signOut' })}
      </button>
    </div>
  );
}

/** Every page's frame: skip link, name, main menu for the role, language and session. */
export function Layout() {
  const intl = useIntl();
  const session = useSession();
  const role = (session.data?.role ?? 'public') as Role;
  return (
    <>
      <a className="skip" href="#content">
        <FormattedMessage id="app.skip" />
      </a>
      <header className="site">
        <Link to="/" className="brand">
          {intl.formatMessage({ id: 'app.name' })}
        </Link>
        <nav className="main" aria-label={intl.formatMessage({ id: 'nav.label' })}>
          <ul>
            {PAGES.filter((page) => roleAtLeast(role, page.least)).map((page) => (
              <li key={page.to}>
                <Link to={page.to} activeOptions={{ exact: page.to === '/' }}>
                  {intl.formatMessage({ id: page.label })}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <LanguageSwitch />
        <SessionStatus />
      </header>
      <main id="content" tabIndex={-1}>
        <Outlet />
      </main>
    </>
  );
}
