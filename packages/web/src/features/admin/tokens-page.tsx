import { PageHeader } from '../../components/page-header.js';

export default function TokensPage() {
  return <PageHeader title="TokensPage" />;
}
