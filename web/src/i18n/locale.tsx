import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import { IntlProvider } from 'react-intl';
import { en, type MessageId } from './en.js';
import { es } from './es.js';
import { COUNTRY_ROWS } from '../../../src/core/values/countries.data.js';
import { FORMER_COUNTRY_ROWS } from '../../../src/core/values/formerCountries.data.js';

export type Locale = 'en' | 'es';
export const LOCALES: readonly Locale[] = ['en', 'es'];
const CATALOGUES: Record<Locale, Record<MessageId, string>> = { en, es };
const STORAGE_KEY = 'custodia.locale';

function initialLocale(): Locale {
  const stored = window.localStorage.getItem(STORAGE_KEY);
  if (stored === 'en' || stored === 'es') return stored;
  return navigator.languages.some((language) => language.toLowerCase().startsWith('es')) ? 'es' : 'en';
}

const LocaleContext = createContext<{ locale: Locale; setLocale(locale: Locale): void }>({
  locale: 'en',
  setLocale: () => undefined,
});

/** The page's language: chosen on any page, kept in the browser, applied to words, dates, numbers and countries. */
export function LocaleProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(initialLocale);
  const value = useMemo(
    () => ({
      locale,
      setLocale(next: Locale) {
        window.localStorage.setItem(STORAGE_KEY, next);
        document.documentElement.lang = next;
        setLocaleState(next);
      },
    }),
    [locale],
  );
  document.documentElement.lang = locale;
  return (
    <LocaleContext.Provider value={value}>
      <IntlProvider locale={locale} messages={CATALOGUES[locale]} defaultLocale="en">
        {children}
      </IntlProvider>
    </LocaleContext.Provider>
  );
}

export function useLocale() {
  return useContext(LocaleContext);
}

/**
 * Country names in English and Spanish, ours (src/core/values/countries.data.ts), by ISO alpha-3 code; states that
 * no longer exist by their ISO 3166-3 code (formerCountries.data.ts), which no browser's Intl tables know.
 */
const NAMES = new Map([
  ...[...COUNTRY_ROWS, ...FORMER_COUNTRY_ROWS].map(
    ([alpha3, , english, spanish]) => [alpha3, { en: english[0], es: spanish[0] }] as const,
  ),
  // Kosovo has no ISO 3166-1 code; the registry uses XKX, the user-assigned code of the EU and the UN (country.ts).
  ['XKX', { en: 'Kosovo', es: 'Kosovo' }] as const,
]);

/** A country's name in the page's language, from its ISO alpha-3 code. */
export function countryName(code: string | null | undefined, locale: Locale): string {
  if (!code) return '—';
  return NAMES.get(code)?.[locale] ?? code;
}
