import { PageHeader } from '../../components/page-header.js';

export default function AssessmentsPage() {
  return <PageHeader title="AssessmentsPage" />;
}
