import type { Container, Workload } from '../../model/kubernetes.js';
import type { Attr } from '../../model/value.js';
import type { Finding } from '../check.js';

/** The line of a container attribute, else of the container. */
export const containerLine = (container: Container, attribute?: string): number =>
  (attribute ? container.attributeLines[attribute] : undefined) ?? container.line;

const label = (c: Container) =>
  c.type === 'container' ? `container "${c.name}"` : `${c.type} container "${c.name}"`;

/**
 * Runs `judge` on every container of a workload (init and ephemeral ones too) and tags each finding with the
 * container as its subject and line. A pod without containers gives no finding.
 */
export const eachContainer = (
  workload: Workload,
  judge: (container: Container, label: string) => Finding,
): Finding[] =>
  workload.pod.containers.map((c) => {
    const finding = judge(c, label(c));
    return { ...finding, subject: `${c.type} ${c.name}`, line: finding.line ?? c.line };
  });

/** The container's value, else the pod's (Kubernetes lets the container override the pod). */
export const effective = <T>(own: Attr<T> | undefined, pod: Attr<T> | undefined): Attr<T> | undefined =>
  own !== undefined ? own : pod;
