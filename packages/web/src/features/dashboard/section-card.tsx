import { Card, Group, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** A dashboard panel: a titled card (h2) with optional controls on the right. */
export function SectionCard({
  title,
  aside,
  children,
  id,
}: {
  title: ReactNode;
  aside?: ReactNode;
  children: ReactNode;
  id?: string;
}) {
  return (
    <Card withBorder padding="lg" radius="md" h="100%" component="section" aria-labelledby={id}>
      <Group justify="space-between" align="center" mb="md" gap="xs" wrap="wrap">
        <Title order={2} size="h4" id={id}>
          {title}
        </Title>
        {aside}
      </Group>
      {children}
    </Card>
  );
}
