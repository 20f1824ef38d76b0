import { Alert, Badge, Card, SimpleGrid, Text } from '@mantine/core';
import type { CompiledControl } from '@nimbus/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import {
  AUDIENCE_SENTENCE,
  KIND_LABELS,
  UNVERIFIED_HELP,
  VERIFICATION_BASIS_LABELS,
} from './catalog-labels.js';

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <Card withBorder padding="sm" radius="md">
      <Text size="xs" c="dimmed" tt="uppercase" fw={600} mb={4}>
        {label}
      </Text>
      {children}
    </Card>
  );
}

/** Kind, whom the cloud guidance addresses, and how sure we are of that. */
export function ControlFacts({ control }: { control: CompiledControl }) {
  const unverified = control.verification === 'unverified';
  const basis = control.verificationBasis ? VERIFICATION_BASIS_LABELS[control.verificationBasis] : null;
  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <Fact label="Kind">
          <Text size="sm">{KIND_LABELS[control.kind]}</Text>
        </Fact>
        <Fact label="Cloud guidance addresses">
          <Text size="sm">
            {control.audience ? AUDIENCE_SENTENCE[control.audience] : 'Not recorded for this framework.'}
          </Text>
        </Fact>
        <Fact label="Verification">
          {unverified ? (
            <Badge color="orange" variant="outline">
              Unverified
            </Badge>
          ) : (
            <Badge color="green" variant="light">
              Confirmed
            </Badge>
          )}
          <Text size="xs" c="dimmed" mt={4}>
            {unverified
              ? `Whom the guidance addresses was ${basis ?? 'not read in the standard'}.`
              : 'Checked against the text of the standard.'}
          </Text>
        </Fact>
      </SimpleGrid>
      {unverified ? (
        <Alert color="orange" variant="light" icon={<IconAlertTriangle size={18} />} title="Unverified">
          {UNVERIFIED_HELP.replace(/^Unverified: w/, 'W')}
        </Alert>
      ) : null}
    </>
  );
}
