import { Button } from '@mantine/core';
import { IconFileSpreadsheet, IconFileTypeCsv } from '@tabler/icons-react';
import { soaUrl } from '../../api/queries/soa.js';
import type { SoaNumbering } from './soa-types.js';

/** Plain download links to the same Statement of Applicability as XLSX and CSV. */
export function SoaDownloads({
  orgId,
  assessmentId,
  numbering,
}: {
  orgId: string;
  assessmentId: string;
  numbering: SoaNumbering;
}) {
  return (
    <>
      <Button
        component="a"
        href={soaUrl(orgId, assessmentId, numbering, 'xlsx')}
        download
        leftSection={<IconFileSpreadsheet size={16} aria-hidden="true" />}
      >
        Download XLSX
      </Button>
      <Button
        component="a"
        href={soaUrl(orgId, assessmentId, numbering, 'csv')}
        download
        variant="default"
        leftSection={<IconFileTypeCsv size={16} aria-hidden="true" />}
      >
        Download CSV
      </Button>
    </>
  );
}
