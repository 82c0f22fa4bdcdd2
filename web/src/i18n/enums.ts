import { useIntl } from 'react-intl';
import type { MessageId } from './en.js';

/** A code of the registry (a status, a kind) in the page's language; an unknown code is shown as it is. */
export function useEnumLabel() {
  const intl = useIntl();
  return (prefix: string, value: string | null | undefined): string => {
    if (value === null || value === undefined) return '—';
    const id = `${prefix}.${value}`;
    return intl.messages[id] ? intl.formatMessage({ id: id as MessageId }) : value;
  };
}
