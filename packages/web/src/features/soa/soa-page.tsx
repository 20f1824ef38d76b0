import { PageHeader } from '../../components/page-header.js';

export default function SoaPage() {
  return <PageHeader title="SoaPage" />;
}
