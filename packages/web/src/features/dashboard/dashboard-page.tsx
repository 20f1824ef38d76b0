import { PageHeader } from '../../components/page-header.js';

export default function DashboardPage() {
  return <PageHeader title="DashboardPage" />;
}
