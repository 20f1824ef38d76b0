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

export const check = defineCheck(import.meta.url, {
  id: 'k8s-no-latest-image-tag',
  title: 'Container images are pinned to a version, not :latest',
  description:
    'Fails for each container whose image has no tag or the tag "latest"; passes for a version tag or a digest ' +
    '(@sha256:...). Placeholders filled at deploy time are unknown.',
  rationale:
    'A floating tag means the software that runs is whatever was pushed last, not what was reviewed and tested: ' +
    'a node restart can silently install a different version, and nobody can say which code ran during an incident.',
  severity: 'medium',
  provider: 'kubernetes',
  service: 'workload',
  resourceKinds: ['k8s.workload'],
  remediation: {
    summary:
      'Reference images by an immutable version tag or, better, by digest, and update them through reviewed changes.',
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
      if (digest) return pass(`${label} pins ${c.image}`, { line });
      if (tag === undefined)
        return fail(`${label} uses ${c.image} with no tag, which means :latest`, { line });
      return tag === 'latest'
        ? fail(`${label} uses ${c.image}`, { line })
        : pass(`${label} uses tag ${tag}`, { line });
    }),
});
