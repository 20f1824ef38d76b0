import { Center, Loader } from '@mantine/core';

export function PageLoader({ label = 'Loading' }: { label?: string }) {
  return (
    <Center h={240} aria-busy="true" aria-label={label}>
      <Loader />
    </Center>
  );
}
