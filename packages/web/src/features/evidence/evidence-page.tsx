import { PageHeader } from '../../components/page-header.js';

export default function EvidencePage() {
  return <PageHeader title="EvidencePage" />;
}
