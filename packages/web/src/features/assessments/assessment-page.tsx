import { PageHeader } from '../../components/page-header.js';

export default function AssessmentPage() {
  return <PageHeader title="AssessmentPage" />;
}
