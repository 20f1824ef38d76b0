import { allOf, defineCheck, fail, isUnknown, type PublicAccessBlock, pass, unresolved } from '../../kit.js';

const SETTINGS: readonly [keyof PublicAccessBlock, string][] = [
  ['blockPublicAcls', 'block public ACLs'],
  ['ignorePublicAcls', 'ignore public ACLs'],
  ['blockPublicPolicy', 'block public policy'],
  ['restrictPublicBuckets', 'restrict public buckets'],
];

export const check = defineCheck(import.meta.url, {
  id: 'aws-s3-public-access-blocked',
  title: 'S3 buckets block public access',
  description:
    'Passes when the bucket turns on all four Block Public Access settings, or declares none (new buckets get all ' +
    'four since April 2023; a bucket that a Terraform plan shows as existing already is unknown then, since an ' +
    'older bucket has none). Fails when a public access block is declared with any setting off or left out, since ' +
    'a declared block turns off the settings it omits. Account snapshots read the setting the bucket has.',
  rationale:
    'Public buckets are the most common cause of cloud data leaks. Block Public Access overrides any ACL or bucket ' +
    'policy that would grant the public access, so a mistake in one policy cannot expose the data.',
  severity: 'high',
  provider: 'aws',
  service: 's3',
  resourceKinds: ['aws.s3.bucket'],
  remediation: {
    summary:
      'Turn on all four Block Public Access settings on the bucket (and for the account); serve public content through CloudFront instead.',
    terraform:
      'resource "aws_s3_bucket_public_access_block" "data" {\n  bucket                  = aws_s3_bucket.data.id\n  block_public_acls       = true\n  ignore_public_acls      = true\n  block_public_policy     = true\n  restrict_public_buckets = true\n}',
    cli: 'aws s3api put-public-access-block --bucket acme-data --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html',
  ],
  evaluate(bucket) {
    const block = bucket.publicAccessBlock;
    if (block === undefined)
      return pass(
        'no public access block is declared: S3 blocks all public access on new buckets by default',
      );
    if (isUnknown(block))
      return unresolved('the public access block', block, { attribute: 'publicAccessBlock' });
    const on = allOf(SETTINGS, ([key]) => {
      const value = block[key];
      return isUnknown(value) ? value : value === true;
    });
    if (on.value === false) {
      const off = SETTINGS.filter(([key]) => block[key] !== true && !isUnknown(block[key]));
      return fail(
        `public access is not fully blocked: ${off.map(([, name]) => name).join(', ')} ${off.length === 1 ? 'is' : 'are'} off or not set`,
        { attribute: `publicAccessBlock.${on.item[0]}` },
      );
    }
    if (on.value !== true) {
      const [key, name] = on.item;
      return unresolved(`the ${name} setting`, on.value, { attribute: `publicAccessBlock.${key}` });
    }
    return pass('all four public access settings are on', { attribute: 'publicAccessBlock' });
  },
});
