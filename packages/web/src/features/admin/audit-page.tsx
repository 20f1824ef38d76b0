import { PageHeader } from '../../components/page-header.js';

export default function AuditPage() {
  return <PageHeader title="AuditPage" />;
}
