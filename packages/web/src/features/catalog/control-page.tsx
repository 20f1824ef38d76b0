import { PageHeader } from '../../components/page-header.js';

export default function ControlPage() {
  return <PageHeader title="ControlPage" />;
}
