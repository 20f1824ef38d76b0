import { Anchor, Button, Code, Image, ScrollArea, Stack, Text } from '@mantine/core';
import { isInlinePreviewable, mediaType } from '@nimbus/core';
import { IconDownload, IconExternalLink } from '@tabler/icons-react';
import { evidenceDownloadUrl, useEvidenceText } from '../../api/queries/evidence.js';
import type { EvidenceItem } from '../../api/types.js';
import { ErrorState } from '../../components/error-state.js';
import { PageLoader } from '../../components/page-loader.js';

/** Text files up to this size are shown inline; larger ones are offered as a download. */
const MAX_TEXT_BYTES = 256 * 1024;

export type PreviewKind = 'image' | 'pdf' | 'text' | 'link' | 'none';

/**
 * How a piece of evidence can be previewed in the browser. PDFs and images are embedded from the download with
 * `?inline=true`, so only the types the server serves inline qualify (core's INLINE_PREVIEW_TYPES); text is
 * fetched and shown as text.
 */
export const previewKind = (e: Pick<EvidenceItem, 'kind' | 'contentType' | 'size' | 'url'>): PreviewKind => {
  if (e.kind === 'link') return e.url ? 'link' : 'none';
  const type = mediaType(e.contentType);
  if (isInlinePreviewable(type)) {
    if (type === 'application/pdf') return 'pdf';
    if (type.startsWith('image/')) return 'image';
  }
  const texty = type.startsWith('text/') || type === 'application/json' || type.endsWith('+json');
  if (texty && (e.size ?? 0) <= MAX_TEXT_BYTES) return 'text';
  return 'none';
};

function DownloadButton({ href, filename }: { href: string; filename: string | null }) {
  return (
    <Button
      component="a"
      href={href}
      download={filename ?? true}
      variant="light"
      leftSection={<IconDownload size={16} />}
    >
      Download {filename ?? 'the file'}
    </Button>
  );
}

function TextPreview({ id }: { id: string }) {
  const { data, error, isPending, refetch } = useEvidenceText(id);
  if (isPending) return <PageLoader label="Loading the file" />;
  if (error) return <ErrorState error={error} onRetry={() => refetch()} />;
  return (
    <ScrollArea.Autosize mah={480} type="auto">
      <Code block style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
        {data}
      </Code>
    </ScrollArea.Autosize>
  );
}

/** An inline preview of an evidence file or link, or a clear way to get it when the browser cannot show it. */
export function FilePreview({ orgId, evidence }: { orgId: string; evidence: EvidenceItem }) {
  const url = evidenceDownloadUrl(orgId, evidence.id);
  switch (previewKind(evidence)) {
    case 'image':
      return (
        <Stack gap="sm">
          <Image
            src={`${url}?inline=true`}
            alt={`Preview of ${evidence.title}`}
            radius="sm"
            fit="contain"
            mah={560}
          />
          <DownloadButton href={url} filename={evidence.filename} />
        </Stack>
      );
    case 'pdf':
      return (
        <Stack gap="sm">
          <iframe
            src={`${url}?inline=true`}
            title={`Preview of ${evidence.title}`}
            style={{
              width: '100%',
              height: 560,
              border: '1px solid var(--mantine-color-gray-3)',
              borderRadius: 4,
            }}
          />
          <DownloadButton href={url} filename={evidence.filename} />
        </Stack>
      );
    case 'text':
      return (
        <Stack gap="sm">
          <TextPreview id={evidence.id} />
          <DownloadButton href={url} filename={evidence.filename} />
        </Stack>
      );
    case 'link':
      return (
        <Stack gap="xs" align="flex-start">
          <Text size="sm">This evidence is a link; it opens on the other site, in a new tab.</Text>
          <Anchor href={evidence.url ?? undefined} target="_blank" rel="noopener noreferrer" size="sm">
            <IconExternalLink size={14} style={{ verticalAlign: 'middle' }} /> {evidence.url}
          </Anchor>
        </Stack>
      );
    default:
      return (
        <Stack gap="sm" align="flex-start">
          <Text size="sm" c="dimmed">
            {evidence.kind === 'file'
              ? `No preview for this type of file (${evidence.contentType ?? 'unknown type'}). Download it to open it.`
              : 'This evidence has no file to preview.'}
          </Text>
          {evidence.kind === 'file' ? <DownloadButton href={url} filename={evidence.filename} /> : null}
        </Stack>
      );
  }
}
