import { PageHeader } from '../../components/page-header.js';

export default function CatalogPage() {
  return <PageHeader title="CatalogPage" />;
}
