import { createHash } from 'node:crypto';
import {
  copyFileSync,
  createReadStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { NimbusError } from '@nimbus/core';
import { type BlobStore, MIGRATIONS, type NimbusDb } from '@nimbus/storage';
import * as tar from 'tar';

export const BACKUP_FORMAT = 'nimbus-backup';
export const BACKUP_FORMAT_VERSION = 1;

export interface BackupManifest {
  readonly format: typeof BACKUP_FORMAT;
  readonly formatVersion: number;
  readonly createdAt: string;
  readonly dialect: 'sqlite';
  readonly migrations: string[];
  readonly database: { readonly file: string; readonly sha256: string; readonly bytes: number };
  readonly blobs: number;
}

export const sha256File = async (path: string): Promise<string> => {
  const h = createHash('sha256');
  for await (const chunk of createReadStream(path)) h.update(chunk as Buffer);
  return h.digest('hex');
};

/**
 * Writes a consistent copy of the data while the server may be running: SQLite's online backup of the database,
 * every evidence blob and a manifest with hashes, as one .tar.gz. PostgreSQL is backed up with pg_dump instead.
 */
export const createBackup = async (
  store: NimbusDb,
  blobs: BlobStore,
  outFile: string,
  now = new Date(),
): Promise<BackupManifest> => {
  if (store.dialect !== 'sqlite' || !store.sqlite) {
    throw new NimbusError(
      'INVALID_ARGUMENT',
      'nimbus backup copies SQLite databases; for PostgreSQL use pg_dump and copy the blob folder (docs/guides/operations.md)',
    );
  }
  const staging = mkdtempSync(join(tmpdir(), 'nimbus-backup-'));
  try {
    const dbFile = join(staging, 'nimbus.db');
    await store.sqlite.backup(dbFile);
    const hashes = await blobs.list();
    for (const sha of hashes) {
      const dir = join(staging, 'blobs', sha.slice(0, 2), sha.slice(2, 4));
      mkdirSync(dir, { recursive: true });
      copyFileSync(join(blobs.root, sha.slice(0, 2), sha.slice(2, 4), sha), join(dir, sha));
    }
    const manifest: BackupManifest = {
      format: BACKUP_FORMAT,
      formatVersion: BACKUP_FORMAT_VERSION,
      createdAt: now.toISOString(),
      dialect: 'sqlite',
      migrations: Object.keys(MIGRATIONS),
      database: {
        file: 'nimbus.db',
        sha256: await sha256File(dbFile),
        bytes: readFileSync(dbFile).byteLength,
      },
      blobs: hashes.length,
    };
    writeFileSync(join(staging, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    mkdirSync(dirname(outFile), { recursive: true });
    const entries = ['manifest.json', 'nimbus.db', ...(hashes.length ? ['blobs'] : [])];
    await tar.create({ gzip: true, file: outFile, cwd: staging, portable: true }, entries);
    return manifest;
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
};

const readManifest = (dir: string): BackupManifest => {
  const path = join(dir, 'manifest.json');
  if (!existsSync(path))
    throw new NimbusError('BACKUP_INVALID', 'the file has no manifest.json: not a Nimbus backup');
  let m: Partial<BackupManifest>;
  try {
    m = JSON.parse(readFileSync(path, 'utf8')) as Partial<BackupManifest>;
  } catch {
    throw new NimbusError('BACKUP_INVALID', 'manifest.json is not valid JSON');
  }
  if (m.format !== BACKUP_FORMAT || m.formatVersion !== BACKUP_FORMAT_VERSION || !m.database?.sha256) {
    throw new NimbusError('BACKUP_INVALID', `not a Nimbus backup of format version ${BACKUP_FORMAT_VERSION}`);
  }
  return m as BackupManifest;
};

/**
 * Restores a backup into the configured SQLite file and blob folder. Refuses to overwrite existing data unless
 * `force`, checks every hash first, and writes nothing when the archive is damaged.
 */
export const restoreBackup = async (
  file: string,
  target: { databaseFile: string; blobDir: string; force: boolean },
): Promise<BackupManifest> => {
  if (!existsSync(file)) throw new NimbusError('INVALID_ARGUMENT', `no backup file at ${file}`);
  if (/^postgres(ql)?:/i.test(target.databaseFile)) {
    throw new NimbusError(
      'INVALID_ARGUMENT',
      'nimbus restore writes SQLite; for PostgreSQL use pg_restore (docs/guides/operations.md)',
    );
  }
  if (existsSync(target.databaseFile) && !target.force) {
    throw new NimbusError(
      'ALREADY_EXISTS',
      `${target.databaseFile} exists: pass --force to replace it (stop the server first)`,
    );
  }
  const staging = mkdtempSync(join(tmpdir(), 'nimbus-restore-'));
  try {
    try {
      await tar.extract({ file, cwd: staging, strict: true, preservePaths: false });
    } catch (err) {
      throw new NimbusError(
        'BACKUP_INVALID',
        `cannot read the archive: ${err instanceof Error ? err.message : String(err)}`,
      );
    }
    const manifest = readManifest(staging);
    const dbFile = join(staging, 'nimbus.db');
    if (!existsSync(dbFile) || (await sha256File(dbFile)) !== manifest.database.sha256) {
      throw new NimbusError(
        'BACKUP_INVALID',
        'the database in the backup does not match its recorded SHA-256 (damaged file)',
      );
    }
    const blobRoot = join(staging, 'blobs');
    const blobFiles: string[] = [];
    if (existsSync(blobRoot)) {
      const { readdirSync } = await import('node:fs');
      for (const a of readdirSync(blobRoot)) {
        for (const b of readdirSync(join(blobRoot, a))) {
          for (const f of readdirSync(join(blobRoot, a, b))) {
            const path = join(blobRoot, a, b, f);
            if ((await sha256File(path)) !== f)
              throw new NimbusError('BACKUP_INVALID', `evidence blob ${f} in the backup is damaged`);
            blobFiles.push(path);
          }
        }
      }
    }
    if (blobFiles.length !== manifest.blobs) {
      throw new NimbusError(
        'BACKUP_INVALID',
        `the backup should hold ${manifest.blobs} evidence files, it holds ${blobFiles.length}`,
      );
    }
    mkdirSync(dirname(target.databaseFile), { recursive: true });
    for (const suffix of ['-wal', '-shm']) rmSync(`${target.databaseFile}${suffix}`, { force: true });
    copyFileSync(dbFile, target.databaseFile);
    for (const path of blobFiles) {
      const sha = path.slice(-64);
      const dir = join(target.blobDir, sha.slice(0, 2), sha.slice(2, 4));
      mkdirSync(dir, { recursive: true });
      copyFileSync(path, join(dir, sha));
    }
    return manifest;
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
};
