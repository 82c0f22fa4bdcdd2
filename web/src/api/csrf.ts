import { currentCsrfToken } from './client.js';

/** The CSRF header for a request made without the API client (an upload). */
export function getCsrf(): Record<string, string> {
  const token = currentCsrfToken();
  return token ? { 'x-csrf-token': token } : {};
}
