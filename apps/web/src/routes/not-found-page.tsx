import { Page } from '../components/page';
import { AppLink } from '../lib/navigation';

export function NotFoundPage() {
  return (
    <Page title="Nothing here" lead="This page does not exist. It may have moved.">
      <AppLink to="/" className="btn btn-primary">
        Go to Today
      </AppLink>
    </Page>
  );
}
