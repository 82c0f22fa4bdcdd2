import { useParams } from '@tanstack/react-router';
import { AgreementPage } from './Agreements.js';

export function AgreementRoute() {
  const { id } = useParams({ from: '/agreements/$id' });
  return <AgreementPage id={id} />;
}
