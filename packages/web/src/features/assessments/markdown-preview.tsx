import { Text, Typography } from '@mantine/core';
import DOMPurify from 'dompurify';
import { marked } from 'marked';
import { useMemo } from 'react';

/** Markdown rendered with `marked`, then sanitized with DOMPurify: user text can never run a script. */
export const renderMarkdown = (source: string): string =>
  DOMPurify.sanitize(marked.parse(source, { async: false, gfm: true, breaks: true }));

export function MarkdownPreview({
  source,
  empty = 'Nothing written yet.',
}: {
  source: string;
  empty?: string;
}) {
  const html = useMemo(() => renderMarkdown(source), [source]);
  if (!source.trim())
    return (
      <Text size="sm" c="dimmed" fs="italic">
        {empty}
      </Text>
    );
  return (
    <Typography fz="sm">
      {/* biome-ignore lint/security/noDangerouslySetInnerHtml: the HTML is sanitized by DOMPurify above */}
      <div dangerouslySetInnerHTML={{ __html: html }} />
    </Typography>
  );
}
