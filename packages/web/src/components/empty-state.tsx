import { Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

export function EmptyState({
  title,
  children,
  action,
}: {
  title: string;
  children?: ReactNode;
  action?: ReactNode;
}) {
  return (
    <Stack align="center" gap="xs" py="xl">
      <Title order={3} size="h4">
        {title}
      </Title>
      {children ? (
        <Text c="dimmed" ta="center" maw={520}>
          {children}
        </Text>
      ) : null}
      {action}
    </Stack>
  );
}
