import { defineCheck, fail, isUnknown, pass, undetermined, unresolved } from '../../kit.js';

export const check = defineCheck(import.meta.url, {
  id: 'aws-rds-not-publicly-accessible',
  title: 'RDS instances are not publicly accessible',
  description:
    'Fails when PubliclyAccessible is true; passes when it is false. When it is not set, RDS decides from the VPC: ' +
    'the instance is public if its subnets (or the default VPC) have an internet gateway. The template alone ' +
    'cannot tell, so the result is unknown: set the property explicitly.',
  rationale:
    'A publicly accessible database gets a public DNS name that resolves to a public address, leaving only the ' +
    'security group and the database password between the data and the internet.',
  severity: 'high',
  provider: 'aws',
  service: 'rds',
  resourceKinds: ['aws.rds.instance'],
  remediation: {
    summary:
      'Set PubliclyAccessible to false and place the instance in private subnets; reach it through a bastion or VPN.',
    terraform:
      'resource "aws_db_instance" "main" {\n  # ...\n  publicly_accessible  = false\n  db_subnet_group_name = aws_db_subnet_group.private.name\n}',
    cli: 'aws rds modify-db-instance --db-instance-identifier orders --no-publicly-accessible --apply-immediately',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_VPC.WorkingWithRDSInstanceinaVPC.html',
  ],
  evaluate(db) {
    const open = db.publiclyAccessible;
    if (open === true)
      return fail('the instance is publicly accessible', { attribute: 'publiclyAccessible' });
    if (open === false)
      return pass('the instance is not publicly accessible', { attribute: 'publiclyAccessible' });
    if (isUnknown(open)) return unresolved('public accessibility', open, { attribute: 'publiclyAccessible' });
    return undetermined(
      'public accessibility is not set: RDS makes the instance public when its VPC has an internet gateway',
    );
  },
});
