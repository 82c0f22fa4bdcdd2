import { useIntl } from 'react-intl';

export function NotFoundPage() {
  const intl = useIntl();
  return <p>{intl.formatMessage({ id: 'error.notFound' })}</p>;
}
