import { Code, Stack, Text, Tooltip, VisuallyHidden } from '@mantine/core';

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const MAX = 60;

/** A recorded value in a few characters: strings as they are, the rest as JSON, long ones shortened. */
export const formatValue = (v: unknown): string => {
  if (v === null || v === undefined) return '(empty)';
  // Hashes are recognized by their start; the whole value is in the tooltip.
  if (typeof v === 'string' && /^[0-9a-f]{40,}$/i.test(v)) return `${v.slice(0, 12)}…`;
  const s = typeof v === 'string' ? v : JSON.stringify(v);
  return s.length > MAX ? `${s.slice(0, MAX - 1)}…` : s;
};

export interface ChangeLine {
  readonly field: string;
  readonly from?: unknown;
  readonly to?: unknown;
  readonly value?: unknown;
  readonly kind: 'change' | 'note';
}

/** The changes of an audit event as lines: field changes (from → to) and notes (extra facts). */
export const changeLines = (changes: unknown): ChangeLine[] => {
  if (!isObject(changes)) return [];
  const lines: ChangeLine[] = [];
  for (const [field, v] of Object.entries(changes)) {
    if (field === 'note' && isObject(v)) {
      for (const [k, value] of Object.entries(v)) lines.push({ field: k, value, kind: 'note' });
    } else if (isObject(v) && 'from' in v && 'to' in v) {
      // Nothing to show when a field was empty before and after (e.g. no hash on a link).
      if (v.from == null && v.to == null) continue;
      lines.push({ field, from: v.from, to: v.to, kind: 'change' });
    } else lines.push({ field, value: v, kind: 'note' });
  }
  return lines;
};

function Value({ v }: { v: unknown }) {
  const short = formatValue(v);
  const full = v === null || v === undefined ? short : typeof v === 'string' ? v : JSON.stringify(v);
  const code = (
    <Code
      fz="xs"
      c={v === null || v === undefined ? 'dimmed' : undefined}
      style={{ overflowWrap: 'anywhere' }}
    >
      {short}
    </Code>
  );
  return full !== short ? (
    <Tooltip label={full} multiline w={360} withArrow>
      {code}
    </Tooltip>
  ) : (
    code
  );
}

/** Changed fields of one event. */
export function AuditChanges({ changes }: { changes: unknown }) {
  const lines = changeLines(changes);
  if (lines.length === 0)
    return (
      <Text size="xs" c="dimmed">
        —
      </Text>
    );
  return (
    <Stack gap={2}>
      {lines.map((l) => (
        <Text key={`${l.kind}-${l.field}`} size="xs" component="div">
          <Text span fw={600} size="xs">
            {l.field}
          </Text>
          {l.kind === 'change' ? (
            <>
              {': '}
              <Value v={l.from} /> <span aria-hidden>→</span>
              <VisuallyHidden>changed to</VisuallyHidden> <Value v={l.to} />
            </>
          ) : (
            <>
              {': '}
              <Value v={l.value} />
            </>
          )}
        </Text>
      ))}
    </Stack>
  );
}
