import { describe, expect, it } from 'vitest';
import type { SecurityGroup, SecurityGroupRule } from '../../../../model/aws.js';
import { Unknown } from '../../../../model/value.js';
import { check } from './index.js';

const group = (rules: Partial<SecurityGroupRule>[]): SecurityGroup =>
  ({
    kind: 'aws.ec2.security-group',
    provider: 'aws',
    address: 'aws_security_group.db',
    location: { file: 'main.tf', line: 1 },
    attributeLines: {},
    ingress: rules.map((r, i) => ({
      address: `aws_security_group.db ingress[${i}]`,
      location: { file: 'main.tf', line: 10 + i },
      cidrIpv4: '0.0.0.0/0',
      ...r,
    })),
  }) as unknown as SecurityGroup;

const statuses = (rules: Partial<SecurityGroupRule>[]) => {
  const out = check.evaluate(group(rules));
  return (Array.isArray(out) ? out : [out]).map((f) => `${f?.status} ${f?.message}`);
};

describe('aws-ec2-no-database-ports-from-internet', () => {
  it('names the database ports a TCP range opens, and ignores other protocols and ranges', () => {
    expect(statuses([{ protocol: 'tcp', fromPort: 5000, toPort: 7000 }])).toEqual([
      'fail ingress[0] opens the database ports PostgreSQL (5432), Redshift (5439) and Redis/Valkey (6379) to 0.0.0.0/0',
    ]);
    expect(statuses([{ protocol: 'udp', fromPort: 3306, toPort: 3306 }])).toEqual([
      'pass no ingress rule opens a database port to the internet',
    ]);
    expect(statuses([{ protocol: 'tcp', fromPort: 443, toPort: 443 }])).toEqual([
      'pass no ingress rule opens a database port to the internet',
    ]);
    expect(statuses([{ protocol: '-1' }])).toEqual([
      'fail ingress[0] opens every database port (it admits all of them) to 0.0.0.0/0',
    ]);
  });

  it('is unknown when the protocol or the ports cannot be resolved', () => {
    const later = new Unknown('var.port has no value');
    expect(statuses([{ protocol: 'tcp', fromPort: later, toPort: later }])[0]).toMatch(/^unknown /);
    expect(statuses([{ protocol: later }])[0]).toMatch(/^unknown /);
  });
});
