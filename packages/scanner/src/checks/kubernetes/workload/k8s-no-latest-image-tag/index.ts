import {
  containerLine,
  defineCheck,
  eachContainer,
  fail,
  isUnknown,
  pass,
  undetermined,
  unresolved,
} from '../../kit.js';

/** The tag of an image reference, or undefined when it has none; digests count as pinned. */
export const imageTag = (image: string): { digest: boolean; tag?: string } => {
  if (image.includes('@')) return { digest: true };
  const lastSlash = image.lastIndexOf('/');
  const colon = image.indexOf(':', lastSlash + 1);
  return colon < 0 ? { digest: false } : { digest: false, tag: image.slice(colon + 1) };
};

/**
 * True when a tag names a version. Every version scheme in use writes a digit (`1.25`, `v3.2.1-alpine`,
 * `3.19`, `2024-01-15`); a tag without one names a channel that moves (`latest`, `master`, `stable`,
 * `alpine`, `lts`).
 */
export const namesVersion = (tag: string): boolean => /\d/.test(tag);

export const check = defineCheck(import.meta.url, {
  id: 'k8s-no-latest-image-tag',
  title: 'Container images are pinned to a version, not a floating tag such as :latest',
  description:
    'Fails for each container whose image has no tag (which means "latest") or a tag that names no ' +
    'version: a tag without a digit, such as latest, master, main, stable, edge, alpine or lts. Passes ' +
    'for a tag with a version in it (1.25, v3.2.1-alpine, 3.19) or a digest (@sha256:...). Placeholders ' +
    'filled at deploy time are unknown.',
  rationale:
    'A floating tag means the software that runs is whatever was pushed last under that name, not what was ' +
    'reviewed and tested: a node restart or a rescheduled pod can silently install a different version, and ' +
    'nobody can say which code ran during an incident.',
  severity: 'medium',
  provider: 'kubernetes',
  service: 'workload',
  resourceKinds: ['k8s.workload'],
  remediation: {
    summary:
      'Reference images by a version tag (1.4.2, not latest, master or alpine) or, better, by digest, and update ' +
      'them through reviewed changes.',
    terraform:
      'resource "kubernetes_deployment_v1" "api" {\n  # ...\n  spec {\n    template {\n      spec {\n        container {\n          name  = "api"\n          image = "registry.acme.example/payments/api@sha256:4b8f0d6c1e0c5f0e9d9c1b7a2f3e4d5c6b7a8f9e0d1c2b3a4f5e6d7c8b9a0f1e"\n        }\n      }\n    }\n  }\n}',
    cli: 'kubectl set image deployment/api -n payments api=registry.acme.example/payments/api:1.4.2',
  },
  references: ['https://kubernetes.io/docs/concepts/containers/images/#image-names'],
  evaluate: (workload) =>
    eachContainer(workload, (c, label) => {
      const line = containerLine(c, 'image');
      if (c.image === undefined) return undetermined(`${label} names no image`, { line });
      if (isUnknown(c.image)) return unresolved(`the image of ${label}`, c.image, { line });
      const { digest, tag } = imageTag(c.image);
      if (digest) return pass(`${label} pins ${c.image} by digest`, { line });
      if (tag === undefined)
        return fail(
          `${label} uses ${c.image} with no tag, which means "latest": pin a version tag or a digest`,
          { line },
        );
      return namesVersion(tag)
        ? pass(`${label} uses version tag ${tag}`, { line })
        : fail(
            `${label} uses ${c.image}: the tag "${tag}" names no version and moves with each push; ` +
              'pin a version tag or a digest',
            { line },
          );
    }),
});
