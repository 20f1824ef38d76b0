import {
  defineCheck,
  type Ec2Instance,
  fail,
  isUnknown,
  type LaunchTemplate,
  pass,
  unresolved,
} from '../../kit.js';

const subject = (r: Ec2Instance | LaunchTemplate) =>
  r.kind === 'aws.ec2.instance' ? 'the instance' : 'instances started from this template';

export const check = defineCheck(import.meta.url, {
  id: 'aws-ec2-imdsv2-required',
  title: 'EC2 instances require IMDSv2 (session tokens) for instance metadata',
  description:
    'Passes when the instance, launch template or launch configuration sets metadata HTTP tokens to "required", or ' +
    'disables the metadata endpoint. Fails when tokens are "optional" or not set: without the setting, IMDSv1 stays ' +
    'available unless the AMI or the account-level default happens to require IMDSv2.',
  rationale:
    'IMDSv1 answers any GET request from the instance, so a server-side request forgery in an application hands ' +
    "out the instance role's temporary credentials. IMDSv2's session token, obtained with a PUT, defeats that class of attack.",
  severity: 'high',
  provider: 'aws',
  service: 'ec2',
  resourceKinds: ['aws.ec2.instance', 'aws.ec2.launch-template'],
  remediation: {
    summary:
      'Set the metadata options to require HTTP tokens (IMDSv2) on every instance and launch template.',
    terraform:
      'resource "aws_instance" "web" {\n  # ...\n  metadata_options {\n    http_tokens = "required"\n  }\n}',
    cli: 'aws ec2 modify-instance-metadata-options --instance-id i-0123456789abcdef0 --http-tokens required --http-endpoint enabled',
  },
  references: ['https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-IMDS-new-instances.html'],
  evaluate(r) {
    const options = r.metadataOptions;
    if (isUnknown(options))
      return unresolved('the metadata options', options, { attribute: 'metadataOptions' });
    const endpoint = options?.httpEndpoint;
    if (endpoint === 'disabled')
      return pass(`the metadata endpoint is disabled for ${subject(r)}`, {
        attribute: 'metadataOptions.httpEndpoint',
      });
    const tokens = options?.httpTokens;
    if (tokens === undefined)
      return fail(
        `metadata HTTP tokens are not set for ${subject(r)}: IMDSv1 stays available unless the AMI or the account default requires IMDSv2`,
        { attribute: options ? 'metadataOptions' : undefined },
      );
    if (isUnknown(tokens))
      return unresolved('HTTP tokens', tokens, { attribute: 'metadataOptions.httpTokens' });
    return tokens === 'required'
      ? pass(`IMDSv2 is required for ${subject(r)}`, { attribute: 'metadataOptions.httpTokens' })
      : fail(`metadata HTTP tokens are "${tokens}" for ${subject(r)}: IMDSv1 is allowed`, {
          attribute: 'metadataOptions.httpTokens',
        });
  },
});
