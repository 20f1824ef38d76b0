import { defineCheck, fail, nameList, pass, undetermined } from '../../kit.js';

export const check = defineCheck(import.meta.url, {
  id: 'aws-vpc-flow-logs-enabled',
  title: 'VPCs capture flow logs',
  description:
    'Passes when an AWS::EC2::FlowLog of the same template targets the VPC. Unknown when a flow log exists whose ' +
    'target cannot be resolved (it may be this VPC). Fails when no flow log targets it.',
  rationale:
    'Flow logs are the record of who talked to what inside the virtual network. Without them, incident responders ' +
    'cannot tell which hosts an attacker reached or what data left, and network monitoring has nothing to watch.',
  severity: 'medium',
  provider: 'aws',
  service: 'vpc',
  resourceKinds: ['aws.ec2.vpc'],
  remediation: {
    summary:
      'Add a flow log for the VPC (traffic type ALL) to CloudWatch Logs or S3, and keep it for your log retention period.',
    terraform:
      'resource "aws_flow_log" "main" {\n  vpc_id               = aws_vpc.main.id\n  traffic_type         = "ALL"\n  log_destination_type = "s3"\n  log_destination      = aws_s3_bucket.flow_logs.arn\n}',
    cli: 'aws ec2 create-flow-logs --resource-type VPC --resource-ids vpc-0123456789abcdef0 --traffic-type ALL --log-destination-type s3 --log-destination arn:aws:s3:::acme-flow-logs',
  },
  references: ['https://docs.aws.amazon.com/vpc/latest/userguide/flow-logs.html'],
  evaluate(vpc) {
    if (vpc.flowLogs.length > 0) return pass(`flow logs: ${nameList(vpc.flowLogs)}`);
    if (vpc.unresolvedFlowLogs.length > 0)
      return undetermined(
        `no flow log is known to target this VPC; the target of ${nameList(vpc.unresolvedFlowLogs)} cannot be resolved`,
      );
    return fail('no flow log captures the traffic of this VPC');
  },
});
