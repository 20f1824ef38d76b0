import { Button, Center, Stack, Text, Title } from '@mantine/core';
import { isRouteErrorResponse, useRouteError } from 'react-router';

/** Shown instead of a blank page when a page fails to render or load. */
export function RouteError() {
  const error = useRouteError();
  const message = isRouteErrorResponse(error)
    ? `${error.status} ${error.statusText}`
    : error instanceof Error
      ? error.message
      : String(error);
  return (
    <Center mih="60vh" p="md">
      <Stack align="center" gap="sm" maw={520}>
        <Title order={1} size="h3">
          This page could not be shown
        </Title>
        <Text c="dimmed" ta="center">
          {message}. Reload the page; if it happens again, tell your administrator what you were doing.
        </Text>
        <Button onClick={() => window.location.reload()}>Reload</Button>
      </Stack>
    </Center>
  );
}
