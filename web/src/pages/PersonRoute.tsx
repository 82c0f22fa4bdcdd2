import { useParams } from '@tanstack/react-router';
import { PersonPage } from './Person.js';

export function PersonRoute() {
  const { id } = useParams({ from: '/persons/$id' });
  return <PersonPage id={id} />;
}
