import type { Provider } from '../../model/resource-base.js';
import { isUnknown } from '../../model/value.js';
import type { TreeMap } from '../yaml/tree.js';
import { cfnAddress, PropertyReader } from './fields.js';
import type { CfnResolver } from './resolver.js';
import type { CfnResource } from './template.js';

export interface AdaptContext {
  readonly file: string;
  readonly resolver: CfnResolver;
}

/** What each adapter starts from: a reader, the resource's properties and the common resource fields. */
export const begin = <K extends string>(resource: CfnResource, ctx: AdaptContext, kind: K) => {
  const reader = new PropertyReader(ctx.resolver);
  const props = reader.map(resource.properties);
  const properties: TreeMap | undefined = props && !isUnknown(props) ? props : undefined;
  const base = {
    kind,
    provider: 'aws' as Provider,
    address: cfnAddress(resource),
    location: { file: ctx.file, line: resource.line },
    attributeLines: reader.lines,
  };
  return { reader, props: properties, base };
};
