import { PageHeader } from '../../components/page-header.js';

export default function MembersPage() {
  return <PageHeader title="MembersPage" />;
}
