import { Badge, Button, Code, Table, Text } from '@mantine/core';
import type { ApiToken } from '@nimbus/core';
import { formatDay, formatTime } from './format.js';

export type TokenStatus = 'active' | 'revoked' | 'expired';

export const tokenStatus = (t: ApiToken, now = Date.now()): TokenStatus =>
  t.revokedAt ? 'revoked' : Date.parse(t.expiresAt) <= now ? 'expired' : 'active';

const STATUS = {
  active: { label: 'Active', color: 'green' },
  revoked: { label: 'Revoked', color: 'red' },
  expired: { label: 'Expired', color: 'gray' },
} as const;

/** The user's tokens: never the secret, only its prefix to recognize it. */
export function TokensTable({
  tokens,
  onRevoke,
}: {
  tokens: readonly ApiToken[];
  onRevoke: (t: ApiToken) => void;
}) {
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table verticalSpacing="sm" highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Name</Table.Th>
            <Table.Th>Prefix</Table.Th>
            <Table.Th>Scope</Table.Th>
            <Table.Th>Created</Table.Th>
            <Table.Th>Expires</Table.Th>
            <Table.Th>Last used</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>Revoke</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {tokens.map((t) => {
            const status = tokenStatus(t);
            return (
              <Table.Tr key={t.id} c={status === 'active' ? undefined : 'dimmed'}>
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {t.name}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Code>{t.prefix}…</Code>
                </Table.Td>
                <Table.Td>
                  <Badge variant="light" color={t.scope === 'write' ? 'orange' : 'blue'}>
                    {t.scope === 'write' ? 'Read + write' : 'Read only'}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{formatDay(t.createdAt)}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{formatDay(t.expiresAt)}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{t.lastUsedAt ? formatTime(t.lastUsedAt) : 'Never'}</Text>
                </Table.Td>
                <Table.Td>
                  <Badge color={STATUS[status].color} variant={status === 'active' ? 'light' : 'outline'}>
                    {STATUS[status].label}
                  </Badge>
                  {t.revokedAt ? (
                    <Text size="xs" c="dimmed">
                      {formatDay(t.revokedAt)}
                    </Text>
                  ) : null}
                </Table.Td>
                <Table.Td>
                  {status === 'revoked' ? (
                    <Text size="xs" c="dimmed">
                      —
                    </Text>
                  ) : (
                    <Button
                      size="xs"
                      variant="light"
                      color="red"
                      onClick={() => onRevoke(t)}
                      aria-label={`Revoke ${t.name}`}
                    >
                      Revoke
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
