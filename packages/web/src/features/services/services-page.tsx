import { PageHeader } from '../../components/page-header.js';

export default function ServicesPage() {
  return <PageHeader title="ServicesPage" />;
}
