// Synthetic inputs for the scanner benchmarks (issue §7), deterministic for a given seed:
// - a snapshot of an AWS account with N raw items in the documented format (docs/reference/snapshot-format.md):
//   a mix of EC2 instances (some started from launch templates), volumes, security groups with rules, VPCs with
//   subnets and flow logs, S3 buckets with their per-bucket calls, RDS instances and clusters, KMS keys and
//   trails, spread over eight regions. The envelope is indented like the collector writes it; each item is one
//   compact line (`--layout indented` indents the items too, as `nimbus collect` does for small accounts).
// - a Terraform tree of about 1 MB: a root module in many files with variables, locals, count and for_each,
//   calling a local module once per team.
// Usage: node bench/gen-scanner-inputs.mjs [outDir] [--sizes 10000,100000] [--hcl-bytes 1000000]
// Generated files go to bench/out/ (git-ignored) or a temp folder; they are never committed.
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeHclTree } from './gen-scanner-hcl.mjs';
import { ACCOUNT, bucketItems, REGIONS, random, regionItems, snapshotCounts } from './gen-scanner-items.mjs';

export { writeHclTree };

/**
 * Writes a snapshot of `total` items to `path` without holding it in memory. `layout: 'lines'` writes each item
 * on one line; `'indented'` indents everything (2 spaces), like `nimbus collect`. Returns the counts per type.
 */
export const writeSnapshot = (path, total, { seed = 27017, layout = 'lines' } = {}) => {
  const rnd = random(seed);
  const counts = snapshotCounts(total);
  mkdirSync(dirname(path), { recursive: true });
  const fd = openSync(path, 'w');
  let buffer = '';
  const out = (s) => {
    buffer += s;
    if (buffer.length > 1 << 20) {
      writeSync(fd, buffer);
      buffer = '';
    }
  };
  const item = (value, indent) =>
    layout === 'lines'
      ? JSON.stringify(value)
      : JSON.stringify(value, null, 2).replaceAll('\n', `\n${' '.repeat(indent)}`);
  out(
    `{\n  "nimbusSnapshot": 1,\n  "provider": "aws",\n  "account": { "id": "${ACCOUNT}", "alias": "bench" },\n` +
      `  "collectedAt": "2026-11-01T08:00:00.000Z",\n  "collector": { "name": "@nimbus/collect-aws", "version": "0.1.0" },\n` +
      `  "regions": ${JSON.stringify(REGIONS)},\n  "services": {\n`,
  );
  // Group each region's items by service and type, as the collector does.
  const services = { ec2: new Map(), rds: new Map(), kms: new Map(), cloudtrail: new Map() };
  const written = {};
  REGIONS.forEach((region, ri) => {
    for (const [service, type, value] of regionItems(region, ri, counts, rnd)) {
      const byRegion = services[service];
      if (!byRegion.has(region)) byRegion.set(region, new Map());
      const types = byRegion.get(region);
      if (!types.has(type)) types.set(type, []);
      types.get(type).push(item(value, 10));
      written[type] = (written[type] ?? 0) + 1;
    }
  });
  const serviceBlocks = Object.entries(services).map(([service, byRegion]) => {
    const regions = [...byRegion].map(([region, types]) => {
      const lists = [...types].map(
        ([type, items]) => `        "${type}": [\n          ${items.join(',\n          ')}\n        ]`,
      );
      return `      "${region}": {\n${lists.join(',\n')}\n      }`;
    });
    return `    "${service}": {\n${regions.join(',\n')}\n    }`;
  });
  out(serviceBlocks.join(',\n'));
  out(',\n    "s3": {\n      "global": {\n        "buckets": [\n');
  let first = true;
  for (const bucket of bucketItems(counts.buckets, rnd)) {
    out(`${first ? '' : ',\n'}          ${item(bucket, 10)}`);
    first = false;
  }
  written.buckets = counts.buckets;
  out('\n        ]\n      }\n    }\n  },\n');
  // One per-bucket call that failed: the collector records it and leaves the key out of the item.
  out(
    `  "errors": [\n    { "service": "s3", "region": "global", "operation": "GetBucketLogging", "code": "AccessDenied", "message": "Access Denied", "resource": "acme-data-000000" }\n  ]\n}\n`,
  );
  writeSync(fd, buffer);
  closeSync(fd);
  return written;
};

const main = () => {
  const args = process.argv.slice(2);
  const flag = (name, fallback) => {
    const i = args.indexOf(name);
    return i >= 0 ? args.splice(i, 2)[1] : fallback;
  };
  const sizes = flag('--sizes', '10000,100000,1000000').split(',').map(Number);
  const hclBytes = Number(flag('--hcl-bytes', '1000000'));
  const layout = flag('--layout', 'lines');
  const out = args[0] ?? join(dirname(fileURLToPath(import.meta.url)), 'out/scanner');
  for (const n of sizes) {
    const path = join(out, `snapshot-${n}.json`);
    const counts = writeSnapshot(path, n, { layout });
    console.log(`${path}: ${Object.values(counts).reduce((a, b) => a + b, 0)} items`);
  }
  const tree = writeHclTree(join(out, 'terraform'), hclBytes);
  console.log(`${join(out, 'terraform')}: ${tree.files} files, ${tree.bytes} bytes`);
};

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
