import { Anchor, Badge, Breadcrumbs, Button, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconFileCertificate } from '@tabler/icons-react';
import { Link, useParams } from 'react-router';
import { useControl, useFrameworks } from '../../api/queries/catalog.js';
import { useOrgId } from '../../api/session.js';
import { ErrorState } from '../../components/error-state.js';
import { PageHeader } from '../../components/page-header.js';
import { PageLoader } from '../../components/page-loader.js';
import { DEFAULT_FRAMEWORK_ID } from './catalog-labels.js';
import { ControlChecks } from './control-checks.js';
import { ControlFacts } from './control-facts.js';
import { FactList, GuidanceColumns } from './guidance-columns.js';
import { MappingsSection } from './mappings-section.js';
import { OwnershipTable } from './ownership-table.js';

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <Stack gap="sm" component="section">
      <Title order={2} size="h4">
        {title}
      </Title>
      {children}
    </Stack>
  );
}

/** One control: guidance for both parties side by side, evidence, ownership, scanner checks and mappings. */
export default function ControlPage() {
  const { framework = DEFAULT_FRAMEWORK_ID, controlId = '' } = useParams();
  const orgId = useOrgId();
  const { data, error, isPending, refetch } = useControl(framework, controlId);
  const frameworks = useFrameworks();

  const catalogLink = `/o/${orgId}/catalog${framework === DEFAULT_FRAMEWORK_ID ? '' : `?framework=${encodeURIComponent(framework)}`}`;
  if (isPending) return <PageLoader label="Loading the control" />;
  if (error)
    return (
      <>
        <PageHeader title={`Control ${controlId}`} />
        <ErrorState error={error} onRetry={() => refetch()} />
        <Anchor component={Link} to={catalogLink} mt="md" display="inline-block">
          Back to the catalog
        </Anchor>
      </>
    );

  const { control, groups, mappings, checks } = data;
  const fwName = frameworks.data?.find((f) => f.id === data.framework)?.name ?? data.framework;
  const g = control.guidance;
  return (
    <>
      <Breadcrumbs mb="sm" separatorMargin={6} aria-label="Breadcrumb" style={{ flexWrap: 'wrap' }}>
        <Anchor component={Link} to={catalogLink} size="sm">
          {fwName}
        </Anchor>
        {groups.map((grp) => {
          const label = `${grp.id} ${grp.title ?? ''}`.trim();
          return (
            <Text key={grp.id} size="sm" c="dimmed" truncate="end" maw={{ base: 180, md: 360 }} title={label}>
              {label}
            </Text>
          );
        })}
        <Text size="sm" fw={600} aria-current="page">
          {control.id}
        </Text>
      </Breadcrumbs>
      <PageHeader
        title={`${control.id} ${control.title ?? ''}`.trim()}
        description={g?.summary ?? fwName}
        actions={
          <Button
            component={Link}
            to={`/o/${orgId}/evidence?control=${encodeURIComponent(control.id)}`}
            variant="light"
            leftSection={<IconFileCertificate size={16} />}
          >
            Evidence for this control
          </Button>
        }
      />
      <Stack gap="xl">
        <ControlFacts control={control} />

        <Section title="Cloud guidance">
          {g ? (
            <GuidanceColumns csp={g.csp} csc={g.csc} />
          ) : (
            <Text size="sm" c="dimmed">
              {control.audience
                ? 'Nimbus has no cloud guidance for this control: the standard adds nothing cloud-specific to it, so apply it as written. Neither the provider nor the customer has cloud-specific guidance here.'
                : 'Nimbus writes cloud guidance for ISO/IEC 27017 controls. Follow the mappings below to the corresponding 27017 controls for provider and customer guidance.'}
            </Text>
          )}
          {g?.keywords.length ? (
            <Group gap={6}>
              <Text size="xs" c="dimmed">
                Keywords:
              </Text>
              {g.keywords.map((k) => (
                <Badge key={k} variant="default" size="sm" tt="none">
                  {k}
                </Badge>
              ))}
            </Group>
          ) : null}
        </Section>

        {g ? (
          <Section title="Evidence and disclosures">
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
              <FactList
                title="Typical evidence"
                items={g.evidence}
                empty="No typical evidence is listed for this control."
              />
              <FactList
                title="Provider disclosures"
                items={g.disclosures}
                empty="Nothing specific the provider should disclose for this control."
              />
            </SimpleGrid>
          </Section>
        ) : null}

        {g ? (
          <Section title="Ownership by service model">
            <Text size="sm" c="dimmed">
              Who owns this control by default, in the Cloud Security Alliance’s shared responsibility
              vocabulary. Your contract may move duties.
            </Text>
            <OwnershipTable ownership={g.ownership} />
          </Section>
        ) : null}

        {/* Checks are linked to ISO/IEC 27017 controls; other frameworks reach them through the mappings. */}
        {checks.length > 0 || data.framework === DEFAULT_FRAMEWORK_ID ? (
          <Section title="Automated checks">
            <ControlChecks controlId={control.id} checks={checks} />
          </Section>
        ) : null}

        <Section title="Mappings to other frameworks">
          <MappingsSection controlId={control.id} mappings={mappings} frameworks={frameworks.data} />
        </Section>
      </Stack>
    </>
  );
}
