import {
  type Attr,
  admitsPort,
  checkInternetIngress,
  defineCheck,
  isUnknown,
  nameList,
  type SecurityGroupRule,
} from '../../kit.js';

/** The ports of the database and cache engines AWS runs, or that run on instances, with their names. */
const DATABASE_PORTS = [
  [3306, 'MySQL/MariaDB/Aurora (3306)'],
  [5432, 'PostgreSQL (5432)'],
  [1433, 'SQL Server (1433)'],
  [1521, 'Oracle (1521)'],
  [5439, 'Redshift (5439)'],
  [27017, 'MongoDB/DocumentDB (27017)'],
  [6379, 'Redis/Valkey (6379)'],
  [11211, 'Memcached (11211)'],
  [9200, 'Elasticsearch/OpenSearch (9200)'],
  [9042, 'Cassandra/Keyspaces (9042)'],
] as const;

const WHAT = 'a database port';

/** Whether the rule admits any of the ports over TCP (admitsPort for each, its doubts checked once). */
const admitsDatabase = (rule: SecurityGroupRule): Attr<boolean> => {
  const first = admitsPort(rule, ['tcp'], DATABASE_PORTS[0][0]);
  // Unknown or all-protocol answers are the same for every port; a known range is compared directly.
  if (first === true || isUnknown(first) || rule.protocol !== 'tcp') return first;
  const { fromPort, toPort } = rule;
  if (typeof fromPort !== 'number' || typeof toPort !== 'number') return false;
  return DATABASE_PORTS.some(([port]) => fromPort <= port && port <= toPort);
};

/** The database ports a rule known to admit one opens, by name. */
const openedPorts = (rule: SecurityGroupRule): string => {
  const names = DATABASE_PORTS.filter(([port]) => admitsPort(rule, ['tcp'], port) === true).map(([, n]) => n);
  return names.length === DATABASE_PORTS.length
    ? 'every database port (it admits all of them)'
    : `${names.length === 1 ? 'the database port' : 'the database ports'} ${nameList(names)}`;
};

export const check = defineCheck(import.meta.url, {
  id: 'aws-ec2-no-database-ports-from-internet',
  title: 'Security groups do not open database ports to the internet',
  description:
    'Fails for each ingress rule of a security group that admits, from 0.0.0.0/0 or ::/0 (any block of prefix ' +
    'length 0), a TCP port that database and cache engines listen on: MySQL, MariaDB and Aurora (3306), ' +
    'PostgreSQL (5432), SQL Server (1433), Oracle (1521), Redshift (5439), MongoDB and DocumentDB (27017), Redis ' +
    'and Valkey (6379), Memcached (11211), Elasticsearch and OpenSearch (9200), Cassandra and Keyspaces (9042), ' +
    'including all-protocol rules and port ranges that contain one. Passes when no rule does.',
  rationale:
    'A database reachable from the whole internet is found within hours by scanners and then attacked with ' +
    'default and leaked credentials, brute force and engine vulnerabilities; caches such as Redis and Memcached ' +
    'often have no authentication at all. Customer data belongs in private subnets, reached only by the ' +
    'application tier and administrators through controlled paths.',
  severity: 'high',
  provider: 'aws',
  service: 'ec2',
  resourceKinds: ['aws.ec2.security-group'],
  remediation: {
    summary:
      'Remove the rule and admit the database port only from the security group of the application that uses it (or from a VPN range); keep databases in private subnets.',
    terraform:
      'resource "aws_vpc_security_group_ingress_rule" "postgres_from_app" {\n  security_group_id            = aws_security_group.db.id\n  ip_protocol                  = "tcp"\n  from_port                    = 5432\n  to_port                      = 5432\n  referenced_security_group_id = aws_security_group.app.id # never 0.0.0.0/0\n}',
    cli: 'aws ec2 revoke-security-group-ingress --group-id sg-0123456789abcdef0 --protocol tcp --port 5432 --cidr 0.0.0.0/0',
  },
  references: [
    'https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html',
    'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_VPC.Scenarios.html',
  ],
  evaluate: (group) => checkInternetIngress(group, WHAT, admitsDatabase, openedPorts),
});
