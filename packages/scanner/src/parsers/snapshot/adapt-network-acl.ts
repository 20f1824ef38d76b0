import type { NetworkAcl, NetworkAclEntry } from '../../model/aws.js';
import { protocolAttr } from '../../model/aws-protocol.js';
import { linesAt } from '../json/json-lines.js';
import { mapItems } from './read-snapshot.js';
import type { SnapshotContext } from './snapshot-context.js';

/**
 * Network ACLs with their entries (the default entry 32767, deny all, included: the API lists it). Entries are
 * named by their path in the item (`Entries[2]`) and located at it; protocols are named as the other inputs
 * name them (`6` is `tcp`, `-1` stays all).
 */
export const adaptNetworkAcls = (ctx: SnapshotContext): NetworkAcl[] =>
  mapItems(ctx.contents, 'ec2', 'networkAcls', (ref) => {
    const { data, lines, region } = ref;
    const address = ctx.arn('ec2', region, `network-acl/${data.NetworkAclId}`);
    const listed = data.Entries ?? [];
    // Found in one reading of the item, not one per entry.
    const at = linesAt(lines, listed.length, (i) => ['Entries', i]);
    const entries = listed.map(
      (e, i): NetworkAclEntry => ({
        address: `${address} Entries[${i}]`,
        location: { file: ctx.file, line: at[i] as number },
        ruleNumber: e.RuleNumber,
        protocol: protocolAttr(e.Protocol),
        action: e.RuleAction?.toLowerCase(),
        egress: e.Egress,
        cidrIpv4: e.CidrBlock,
        cidrIpv6: e.Ipv6CidrBlock,
        fromPort: e.PortRange?.From,
        toPort: e.PortRange?.To,
      }),
    );
    return ctx.resource('aws.ec2.network-acl', lines, address, {}, { entries });
  });
