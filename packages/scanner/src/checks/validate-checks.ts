import type { Check } from './check.js';
import { checkMetadataSchema } from './metadata-schema.js';

/** Every problem with a set of checks: incomplete metadata, ids that differ from folders, duplicates. */
export const validateChecks = (checks: readonly Check[]): string[] => {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const check of checks) {
    const parsed = checkMetadataSchema.safeParse(check);
    if (!parsed.success)
      for (const issue of parsed.error.issues)
        problems.push(`${check.id}: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
    if (check.folder.name !== check.id)
      problems.push(`${check.id}: id differs from its folder "${check.folder.name}"`);
    if (check.folder.service !== check.service)
      problems.push(
        `${check.id}: service "${check.service}" differs from its folder "${check.folder.service}"`,
      );
    if (check.folder.provider !== check.provider)
      problems.push(
        `${check.id}: provider "${check.provider}" differs from its folder "${check.folder.provider}"`,
      );
    const texts = [
      check.title,
      check.description,
      check.rationale,
      ...Object.values(check.remediation),
      ...check.references,
    ];
    if (texts.some((t) => t.includes('TODO')))
      problems.push(`${check.id}: metadata still says TODO (finish what npm run new:check scaffolded)`);
    if (seen.has(check.id)) problems.push(`${check.id}: defined twice`);
    seen.add(check.id);
  }
  return problems;
};
