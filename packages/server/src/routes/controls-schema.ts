import { z } from '@hono/zod-openapi';
import {
  AUDIENCES,
  CONTROL_KINDS,
  OWNERSHIP,
  PROVENANCE,
  RELATIONS,
  VERIFICATION,
  VERIFICATION_BASIS,
} from '@nimbus/core';

// The response of GET /api/v1/catalog/control: @nimbus/core's ControlView (buildControlView), the same view
// `nimbus catalog show --json` prints.

const Statement = z.object({ do: z.string(), show: z.string() });

const Guidance = z
  .object({
    summary: z.string(),
    keywords: z.array(z.string()).readonly(),
    csp: z.array(Statement).readonly().optional(),
    csc: z.array(Statement).readonly().optional(),
    evidence: z.array(z.string()).readonly(),
    disclosures: z.array(z.string()).readonly(),
    ownership: z.object({
      iaas: z.enum(OWNERSHIP),
      paas: z.enum(OWNERSHIP),
      saas: z.enum(OWNERSHIP),
    }),
  })
  .openapi({ description: "Nimbus's own guidance for the parties (never text of the standard)" });

const CatalogControl = z
  .object({
    id: z.string(),
    title: z.string().optional().openapi({ description: 'absent when the catalog does not hold the title' }),
    kind: z.enum(CONTROL_KINDS),
    groupPath: z.array(z.string()).readonly(),
    verification: z.enum(VERIFICATION),
    verificationBasis: z.enum(VERIFICATION_BASIS).optional(),
    audience: z.enum(AUDIENCES).optional(),
    guidance: Guidance.optional(),
  })
  .openapi('CatalogControl');

const ControlGroup = z.object({ id: z.string(), kind: z.string(), title: z.string().optional() });

const ControlMapping = z
  .object({
    framework: z.string(),
    control: z.string(),
    relation: z.enum(RELATIONS),
    provenance: z.enum(PROVENANCE),
    reference: z.string(),
    mapping: z.string(),
    via: z
      .string()
      .optional()
      .openapi({ description: 'the framework an equal-to step composed the link through' }),
    title: z.string().nullable(),
    frameworkName: z.string(),
  })
  .openapi('ControlMapping');

const ControlCheck = z
  .object({
    check: z.string().openapi({ description: 'the scanner check id (`nimbus scan --checks`)' }),
    why: z.string().openapi({ description: 'what a pass of the check shows about the control' }),
  })
  .openapi('ControlCheck');

export const ControlViewSchema = z
  .object({
    framework: z.string(),
    control: CatalogControl,
    groups: z.array(ControlGroup).readonly().openapi({ description: 'enclosing groups, outermost first' }),
    mappings: z.array(ControlMapping).readonly(),
    checks: z
      .array(ControlCheck)
      .readonly()
      .openapi({ description: 'scanner checks that give evidence for the control (catalog check links)' }),
  })
  .openapi('ControlView');
