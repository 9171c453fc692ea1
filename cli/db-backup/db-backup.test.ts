/**
 * db-backup as a subprocess against a real SQLite file, a real MariaDB (when MYSQL_URL is set) and
 * the loopback S3 server: round trips, selected tables, encryption, corruption, differential
 * backups, retention, and the exit codes of bad input.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'libsql';
import mysql from 'mysql2/promise';
import { startFakeS3 } from '../../test/helpers/fake-s3';
import { spawnInPty } from '../../test/helpers/pty';
import { freePort } from '../../test/helpers/processes';
import { disposeAfterAll, testEnv } from '../../test/helpers/stack';

const ROOT = join(__dirname, '..', '..');
const MAIN = join(__dirname, 'src', 'main.ts');

interface Result {
  stdout: string;
  stderr: string;
  code: number | null;
}

function dbBackup(args: string[], env: Record<string, string> = {}): Promise<Result> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-r', join(ROOT, 'test/helpers/ts-register.js'), MAIN, ...args], {
      cwd: ROOT,
      env: { PATH: testEnv.PATH, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.once('error', reject);
    child.once('close', (code) => {
      clearTimeout(timer);
      resolve({ stdout, stderr, code });
    });
  });
}

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'db-backup-test-'));
  disposeAfterAll(async () => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

const ID = /Backup (\d{8}T\d{9}Z-[0-9a-f]{6}) /;
function backupId(result: Result): string {
  expect(result.stderr).toMatch(/db-backup backup .*status=ok/);
  expect(result.code).toBe(0);
  const match = ID.exec(result.stdout);
  if (!match?.[1]) throw new Error(`no backup id in: ${result.stdout}\n${result.stderr}`);
  return match[1];
}

/** Every row of every table, blobs as hex, for comparing two databases. */
function sqliteContents(file: string): Record<string, unknown[]> {
  const db = new Database(file, { readonly: true });
  try {
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as Array<{ name: string }>;
    const out: Record<string, unknown[]> = {};
    for (const { name } of tables) {
      const withoutRowid = /WITHOUT ROWID/i.test(
        String((db.prepare('SELECT sql FROM sqlite_master WHERE name = ?').get(name) as { sql: string }).sql),
      );
      const statement = db.prepare(`SELECT * FROM "${name}" ORDER BY ${withoutRowid ? '1' : 'rowid'}`);
      statement.safeIntegers(true);
      out[name] = (statement.all() as Array<Record<string, unknown>>).map((row) =>
        Object.fromEntries(
          Object.entries(row).map(([k, v]) => [
            k,
            Buffer.isBuffer(v) ? `hex:${v.toString('hex')}` : typeof v === 'bigint' ? `int:${v}` : v,
          ]),
        ),
      );
    }
    return out;
  } finally {
    db.close();
  }
}

const TRICKY = ['plain', 'ünïcödé ✓ 日本語 🎉', 'quotes \' " ` \\ backslash', 'new\nline\r\nand\ttab', '', 'x'.repeat(5000)];

function makeSqlite(file: string): void {
  const db = new Database(file);
  db.exec(`
    CREATE TABLE people (id INTEGER PRIMARY KEY, name TEXT NOT NULL, born TEXT, height REAL, big INTEGER, photo BLOB, prefs TEXT);
    CREATE INDEX people_name ON people (name);
    CREATE TABLE orders (id INTEGER PRIMARY KEY, person_id INTEGER REFERENCES people (id), amount TEXT, placed_at TEXT);
    CREATE TABLE tags (name TEXT PRIMARY KEY, weight INTEGER) WITHOUT ROWID;
    CREATE TABLE log (line TEXT);
  `);
  const person = db.prepare('INSERT INTO people (name, born, height, big, photo, prefs) VALUES (?, ?, ?, ?, ?, ?)');
  TRICKY.forEach((name, i) =>
    person.run(
      name,
      `19${70 + i}-0${1 + i}-15`,
      1.5 + i / 7,
      9007199254740993n + BigInt(i),
      Buffer.from([0, 255, i, 10, 13]),
      JSON.stringify({ theme: 'dark', n: i, s: name }),
    ),
  );
  person.run('nulls', null, null, null, null, null);
  const order = db.prepare('INSERT INTO orders (person_id, amount, placed_at) VALUES (?, ?, ?)');
  for (let i = 0; i < 300; i++)
    order.run(1 + (i % 7), `${i}.${String(i % 100).padStart(2, '0')}`, `2026-11-${String(1 + (i % 28)).padStart(2, '0')} 10:00:00`);
  db.prepare('INSERT INTO tags VALUES (?, ?)').run('a', 1);
  db.prepare('INSERT INTO tags VALUES (?, ?)').run('b', -2);
  db.close();
}

describe('db-backup: usage', () => {
  it('prints help with exit 0', async () => {
    const r = await dbBackup(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Usage: db-backup <command> [arguments] [options]');
  });

  it.each([
    [[], 'missing command; one of: backup, restore, list, verify, prune, test', 'db-backup'],
    [['frobnicate'], 'unknown command "frobnicate"; one of: backup, restore, list, verify, prune, test', 'db-backup'],
    [['backup', '--bogus'], 'unknown option --bogus', 'db-backup backup'],
    [['list', '--table', 'x'], 'unknown option --table', 'db-backup list'],
    [['prune'], 'prune needs --keep-last N and/or --older-than D', 'db-backup prune'],
    [['prune', '--older-than', 'soon'], '--older-than soon: expected a number and m, h, d or w (e.g. 30d)', 'db-backup prune'],
    [['prune', '--keep-last', '0'], '--keep-last must be a whole number from 1 to 100000', 'db-backup prune'],
    [['restore', 'a', 'b'], 'unexpected argument "b"', 'db-backup restore'],
    [
      ['backup', '--mysql', 'mysql://x', '--sqlite', 'a.sqlite'],
      'give either --mysql or --sqlite/--sqlite-dir, not both (one source per backup)',
      'db-backup backup',
    ],
  ])('%j -> exit 2', async (args, message, help) => {
    const r = await dbBackup(args as string[], { DATA_DIR: tempDir() });
    expect(r.stderr).toBe(`db-backup: error: ${message}\nRun "${help} --help" for usage.\n`);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
  });
});

describe('db-backup: SQLite', () => {
  const dir = tempDir();
  const data = join(dir, 'data');
  const store = join(dir, 'store');
  const source = join(data, 'shop.sqlite');
  const env = { DATA_DIR: data };

  beforeAll(() => {
    rmSync(data, { recursive: true, force: true });
    mkdirSync(data, { recursive: true });
    makeSqlite(source);
  });

  let full: string;

  it('backs up and restores every table byte for byte, verified', async () => {
    const b = await dbBackup(['backup', '--sqlite-dir', data, '--storage', store], env);
    full = backupId(b);
    expect(b.stdout).toMatch(/^ {2}1 database, 4 tables \(4 written, 0 unchanged\), 309 rows, [\d.]+ (KiB|B) stored$/m);
    expect(b.stderr).toMatch(
      new RegExp(
        `^db-backup backup start=\\S+Z end=\\S+Z status=ok id=${full} size=\\d+ duration_ms=\\d+ type=full tables=4 written=4 rows=309$`,
        'm',
      ),
    );

    const out = join(dir, 'out1');
    mkdirSync(out);
    const r = await dbBackup(['restore', full, '--storage', store, '--sqlite-dir', out], env);
    expect(r.stdout).toBe(
      `Restored shop: log (0), orders (300), people (7), tags (2)\nRestore of ${full} verified: 4 tables, 309 rows, row counts and checksums match\n`,
    );
    expect(r.code).toBe(0);
    expect(sqliteContents(join(out, 'shop.sqlite'))).toEqual(sqliteContents(source));
    const db = new Database(join(out, 'shop.sqlite'), { readonly: true });
    expect(db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND name = 'people_name'").get()).toMatchObject({
      name: 'people_name',
    });
    db.close();
  });

  it('restores selected tables only, leaving the others as they are', async () => {
    const out = join(dir, 'out1', 'shop.sqlite');
    const db = new Database(out);
    db.exec("DELETE FROM orders; UPDATE people SET name = 'changed'; INSERT INTO tags VALUES ('zzz', 9)");
    db.close();
    const r = await dbBackup(['restore', '--storage', store, '--sqlite-dir', join(dir, 'out1'), '--table', 'shop.orders,tags'], env);
    expect(r.stdout).toBe(
      `Restored shop: orders (300), tags (2)\nRestore of ${full} verified: 2 tables, 302 rows, row counts and checksums match\n`,
    );
    const after = sqliteContents(out);
    const original = sqliteContents(source);
    expect(after.orders).toEqual(original.orders);
    expect(after.tags).toEqual(original.tags);
    expect(new Set(after.people!.map((p) => (p as { name: string }).name))).toEqual(new Set(['changed']));
  });

  it('refuses an unknown table or backup with exit 1', async () => {
    const t = await dbBackup(['restore', '--storage', store, '--sqlite-dir', join(dir, 'out1'), '--table', 'nope'], env);
    expect(t.stderr).toContain(`db-backup: error: backup ${full} has no table "nope"\n`);
    expect(t.code).toBe(1);
    const b = await dbBackup(['restore', '20200101T000000000Z-abcdef', '--storage', store], env);
    expect(b.stderr).toContain(`db-backup: error: no backup "20200101T000000000Z-abcdef" in ${store}\n`);
    expect(b.code).toBe(1);
  });

  it('encrypts with a passphrase; a wrong or missing passphrase is a clear exit 1', async () => {
    const secret = join(dir, 'secret');
    writeFileSync(secret, 'correct horse battery staple\n');
    const wrong = join(dir, 'wrong');
    writeFileSync(wrong, 'incorrect horse\n');
    const encStore = join(dir, 'enc');
    const id = backupId(await dbBackup(['backup', '--sqlite-dir', data, '--storage', encStore, '--passphrase-file', secret], env));
    // Nothing readable in the stored entries.
    const entryDir = join(encStore, id, 'data', 'shop');
    for (const name of readdirSync(entryDir)) {
      expect(name).toMatch(/\.jsonl\.gz\.enc$/);
      expect(readFileSync(join(entryDir, name)).subarray(0, 4).toString()).toBe('HGBK');
    }
    const out = join(dir, 'out-enc');
    mkdirSync(out);
    const bad = await dbBackup(['restore', '--storage', encStore, '--sqlite-dir', out, '--passphrase-file', wrong], env);
    expect(bad.stderr).toContain(`db-backup: error: wrong passphrase for backup ${id}\n`);
    expect(bad.code).toBe(1);
    const none = await dbBackup(['restore', '--storage', encStore, '--sqlite-dir', out], env);
    expect(none.stderr).toContain(
      `db-backup: error: backup ${id} is encrypted: give the passphrase (DB_BACKUP_PASSPHRASE or --passphrase-file)\n`,
    );
    expect(none.code).toBe(1);
    expect(readdirSync(out)).toEqual([]);
    const ok = await dbBackup(['restore', '--storage', encStore, '--sqlite-dir', out], {
      ...env,
      DB_BACKUP_PASSPHRASE: 'correct horse battery staple',
    });
    expect(ok.code).toBe(0);
    expect(sqliteContents(join(out, 'shop.sqlite'))).toEqual(sqliteContents(source));
  });

  it('finds a corrupted archive: verify fails, restore writes nothing', async () => {
    const badStore = join(dir, 'bad');
    const id = backupId(await dbBackup(['backup', '--sqlite-dir', data, '--storage', badStore], env));
    const intact = await dbBackup(['verify', id, '--storage', badStore], env);
    expect(intact.stdout).toBe(`Backup ${id} is intact: 4 tables, 309 rows, checksums match\n`);
    expect(intact.code).toBe(0);
    // Flip one byte in the middle of the orders entry.
    const file = join(badStore, id, 'data', 'shop', 'orders.jsonl.gz');
    const bytes = readFileSync(file);
    bytes[Math.floor(bytes.length / 2)]! ^= 0x55;
    writeFileSync(file, bytes);
    const v = await dbBackup(['verify', id, '--storage', badStore], env);
    expect(v.code).toBe(1);
    expect(v.stderr).toMatch(
      new RegExp(
        `^db-backup: error: backup ${id} is damaged \\(1 of 4 tables\\):\n  shop\\.orders: not valid gzip data \\(corrupt archive\\)$`,
        'm',
      ),
    );
    expect(v.stderr).toMatch(/db-backup verify .*status=failed/);

    const out = join(dir, 'out-bad');
    mkdirSync(out);
    const target = join(out, 'shop.sqlite');
    makeSqlite(target);
    const db = new Database(target);
    db.exec("UPDATE people SET name = 'kept'");
    db.close();
    const before = sqliteContents(target);
    const r = await dbBackup(['restore', id, '--storage', badStore, '--sqlite-dir', out], env);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^db-backup: error: shop\.orders: /m);
    expect(sqliteContents(target)).toEqual(before);
  });

  it('takes a differential backup that skips unchanged tables and restores through its parent', async () => {
    const db = new Database(source);
    db.exec("INSERT INTO tags VALUES ('c', 3); INSERT INTO log VALUES ('first line')");
    db.close();
    const d = await dbBackup(['backup', '--sqlite-dir', data, '--storage', store, '--differential'], env);
    const diff = backupId(d);
    expect(d.stdout).toContain(
      `Backup ${diff} (differential of ${full}) in ${store}\n  1 database, 4 tables (2 written, 2 unchanged), 311 rows`,
    );
    expect(readdirSync(join(store, diff, 'data', 'shop')).sort()).toEqual(['log.jsonl.gz', 'tags.jsonl.gz']);

    const out = join(dir, 'out-diff');
    mkdirSync(out);
    const r = await dbBackup(['restore', diff, '--storage', store, '--sqlite-dir', out], env);
    expect(r.code).toBe(0);
    expect(sqliteContents(join(out, 'shop.sqlite'))).toEqual(sqliteContents(source));

    const list = await dbBackup(['list', '--storage', store, '--json'], env);
    const listed = JSON.parse(list.stdout) as {
      backups: Array<{ id: string; type: string; parent: string | null; written: number; skipped: number }>;
      totalCount: number;
    };
    expect(listed.totalCount).toBe(2);
    expect(listed.backups.map((b) => [b.id, b.type, b.parent, b.written, b.skipped])).toEqual([
      [diff, 'differential', full, 2, 2],
      [full, 'full', null, 4, 0],
    ]);
  });

  it('prunes by count, keeping what a kept differential backup needs', async () => {
    const pruneStore = join(dir, 'prune');
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) ids.push(backupId(await dbBackup(['backup', '--sqlite-dir', data, '--storage', pruneStore], env)));
    const db = new Database(source);
    db.exec("INSERT INTO log VALUES ('second line')");
    db.close();
    ids.push(backupId(await dbBackup(['backup', '--sqlite-dir', data, '--storage', pruneStore, '--differential'], env)));

    const dry = await dbBackup(['prune', '--keep-last', '1', '--dry-run', '--storage', pruneStore], env);
    expect(dry.stdout).toBe(
      `Would delete ${ids[0]}\nWould delete ${ids[1]}\nKept ${ids[2]} (has tables ${ids[3]} uses)\nKept ${ids[3]} (newest)\nWould prune 2 backups, kept 2\n`,
    );
    expect(
      readdirSync(pruneStore)
        .filter((n) => !n.startsWith('.'))
        .sort(),
    ).toEqual(ids);

    const r = await dbBackup(['prune', '--keep-last', '1', '--storage', pruneStore], env);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/db-backup prune .*status=ok .*deleted=2 kept=2/);
    const left = readdirSync(pruneStore)
      .filter((n) => !n.startsWith('.'))
      .sort();
    expect(left).toEqual([ids[2], ids[3]]);
    const out = join(dir, 'out-prune');
    mkdirSync(out);
    expect((await dbBackup(['restore', '--storage', pruneStore, '--sqlite-dir', out], env)).code).toBe(0);
    expect(sqliteContents(join(out, 'shop.sqlite'))).toEqual(sqliteContents(source));

    const older = await dbBackup(['prune', '--older-than', '1w', '--storage', pruneStore], env);
    expect(older.stdout).toBe(`Kept ${ids[2]} (not old enough)\nKept ${ids[3]} (newest)\nPruned 0 backups, kept 2\n`);
  });

  it('stores in S3-compatible storage (the loopback server) and restores from it', async () => {
    const s3 = await startFakeS3({ bucket: 'db-backups' });
    disposeAfterAll(() => s3.close());
    const s3env = { ...env, S3_ENDPOINT: s3.endpoint, S3_ACCESS_KEY_ID: s3.accessKeyId, S3_SECRET_ACCESS_KEY: s3.secretAccessKey };
    const b = await dbBackup(['backup', '--sqlite-dir', data, '--storage', 's3://db-backups/nightly'], s3env);
    const id = backupId(b);
    expect(b.stdout).toContain(`Backup ${id} (full) in s3://db-backups/nightly/ at ${s3.endpoint}\n`);
    expect([...s3.objects.keys()].sort()).toEqual(
      [`nightly/${id}/manifest.json`, ...['log', 'orders', 'people', 'tags'].map((t) => `nightly/${id}/data/shop/${t}.jsonl.gz`)].sort(),
    );
    expect((await dbBackup(['verify', '--storage', 's3://db-backups/nightly'], s3env)).code).toBe(0);
    const out = join(dir, 'out-s3');
    mkdirSync(out);
    const r = await dbBackup(['restore', '--storage', 's3://db-backups/nightly', '--sqlite-dir', out], s3env);
    expect(r.code).toBe(0);
    expect(sqliteContents(join(out, 'shop.sqlite'))).toEqual(sqliteContents(source));

    const denied = await dbBackup(['list', '--storage', 's3://db-backups/nightly'], { ...s3env, S3_ACCESS_KEY_ID: 'SOMEONEELSE' });
    expect(denied.code).toBe(1);
    expect(denied.stderr).toContain('Access Key Id');
  });

  it('draws a progress bar on a terminal only', async () => {
    const plain = await dbBackup(['backup', '--sqlite-dir', data, '--storage', join(dir, 'bar')], env);
    expect(plain.code).toBe(0);
    expect(plain.stderr).not.toContain('rows [');
    const pty = spawnInPty(MAIN, ['backup', '--sqlite-dir', data, '--storage', join(dir, 'bar')], { env });
    expect(await pty.exited).toBe(0);
    expect(pty.text()).toMatch(/rows \[#+\] 100% 3\d\d\/3\d\d/);
    expect(pty.raw()).toContain('\r');
  });

  it('tests the connection and the storage', async () => {
    const r = await dbBackup(['test', '--sqlite', source, '--storage', store], env);
    expect(r.stdout).toBe(`Database ${source}: 1 database (shop), 4 tables\nStorage ${store}: writable\nOK\n`);
    expect(r.code).toBe(0);
    const missing = await dbBackup(['test', '--sqlite', join(dir, 'missing.sqlite'), '--storage', store], env);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe(`db-backup: error: cannot open SQLite file ${join(dir, 'missing.sqlite')}: no such file\n`);
  });
});

const mysqlUrl = testEnv.MYSQL_URL;
(mysqlUrl ? describe : describe.skip)('db-backup: MariaDB', () => {
  const url = mysqlUrl!;
  const prefix = `dbbt_${process.pid}_`;
  /** Restored copies live outside the backed-up prefix. */
  const copy = `dbbr_${process.pid}_`;
  const dir = tempDir();
  const store = join(dir, 'store');
  const env = { MYSQL_URL: url, DATA_DIR: dir };
  let conn: mysql.Connection;

  const contents = async (db: string, table: string) => {
    const [rows] = await conn.query({ sql: `SELECT * FROM \`${db}\`.\`${table}\` ORDER BY 1`, rowsAsArray: true });
    return JSON.stringify(rows, (_k, v: unknown) =>
      v && typeof v === 'object' && (v as { type?: string }).type === 'Buffer'
        ? `hex:${Buffer.from((v as { data: number[] }).data).toString('hex')}`
        : v,
    );
  };

  beforeAll(async () => {
    conn = await mysql.createConnection({
      uri: url,
      multipleStatements: true,
      dateStrings: true,
      supportBigNumbers: true,
      bigNumberStrings: true,
    });
    disposeAfterAll(async () => {
      const [dbs] = await conn.query<mysql.RowDataPacket[]>(
        'SELECT SCHEMA_NAME AS n FROM information_schema.SCHEMATA WHERE SCHEMA_NAME LIKE ? OR SCHEMA_NAME LIKE ?',
        [`${prefix}%`, `${copy}%`],
      );
      for (const { n } of dbs) await conn.query(`DROP DATABASE \`${n}\``);
      await conn.end();
    });
    await conn.query(`
      SET SESSION sql_mode = CONCAT(@@sql_mode, ',NO_AUTO_VALUE_ON_ZERO');
      CREATE DATABASE ${prefix}shop CHARACTER SET utf8mb4;
      CREATE TABLE ${prefix}shop.customers (
        id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY, name TEXT NOT NULL, note TEXT,
        balance DECIMAL(20,6), ratio DOUBLE, small TINYINT, born DATE, seen DATETIME(3), ts TIMESTAMP NULL,
        prefs JSON, avatar BLOB, flags BIT(8), kind ENUM('a','b'), upper_name TEXT AS (UPPER(name)) VIRTUAL,
        KEY by_name (name(100))) ENGINE=InnoDB;
      CREATE TABLE ${prefix}shop.orders (id INT PRIMARY KEY, customer_id BIGINT UNSIGNED NOT NULL, total DECIMAL(10,2),
        CONSTRAINT ${prefix}fk_orders FOREIGN KEY (customer_id) REFERENCES customers (id)) ENGINE=InnoDB;
      CREATE TABLE ${prefix}shop.audit (at DATETIME, line TEXT) ENGINE=InnoDB;
      CREATE DATABASE ${prefix}blog CHARACTER SET utf8mb4;
      CREATE TABLE ${prefix}blog.posts (slug VARCHAR(100) PRIMARY KEY, body MEDIUMTEXT) ENGINE=InnoDB;
    `);
    const values = TRICKY.map((name, i) => [
      i,
      name,
      i % 2 ? null : `${name}\n${name}`,
      i % 3 ? `-${i}234567.890123` : '99999999999999.999999',
      i / 3,
      -128 + i,
      `20${10 + i}-12-31`,
      `2026-01-0${1 + i} 23:59:59.${100 + i}`,
      i % 2 ? '2026-06-01 12:00:00' : null,
      JSON.stringify({ name, list: [1, 2.5, null, true], nested: { q: '"' } }),
      Buffer.from([0, 1, 2, 255, 0x27, 0x5c, i]),
      Buffer.from([i]),
      i % 2 ? 'a' : 'b',
    ]);
    await conn.query(
      `INSERT INTO ${prefix}shop.customers (id, name, note, balance, ratio, small, born, seen, ts, prefs, avatar, flags, kind) VALUES ?`,
      [values],
    );
    await conn.query(`INSERT INTO ${prefix}shop.customers (id, name) VALUES (18446744073709551615, 'max id')`);
    const orders = Array.from({ length: 500 }, (_, i) => [i + 1, i % TRICKY.length, `${i}.${i % 100}`]);
    await conn.query(`INSERT INTO ${prefix}shop.orders VALUES ?`, [orders]);
    await conn.query(`INSERT INTO ${prefix}blog.posts VALUES ('hello', 'Hello, *world*'), ('quotes', 'It''s "quoted"\\n\\\\')`);
  });

  let full: string;

  it('tests the connection', async () => {
    const r = await dbBackup(['test', '--prefix', prefix, '--storage', store], env);
    expect(r.stdout).toMatch(
      new RegExp(`^Database ${url.replace(/[/.]/g, '\\$&')}: server [^,]+, 2 databases \\(${prefix}blog, ${prefix}shop\\), 4 tables\n`),
    );
    expect(r.code).toBe(0);
  });

  it('round-trips every database with the prefix into other databases, verified', async () => {
    const b = await dbBackup(['backup', '--prefix', prefix, '--storage', store], env);
    full = backupId(b);
    expect(b.stdout).toContain('  2 databases, 4 tables (4 written, 0 unchanged), 509 rows');
    const r = await dbBackup(['restore', '--storage', store, '--rename', `${prefix}shop=${copy}shop,${prefix}blog=${copy}blog`], env);
    expect(r.stdout).toBe(
      `Restored ${prefix}blog as ${copy}blog: posts (2)\nRestored ${prefix}shop as ${copy}shop: audit (0), customers (7), orders (500)\nRestore of ${full} verified: 4 tables, 509 rows, row counts and checksums match\n`,
    );
    expect(r.code).toBe(0);
    for (const [db, table] of [
      ['shop', 'customers'],
      ['shop', 'orders'],
      ['shop', 'audit'],
      ['blog', 'posts'],
    ]) {
      expect(await contents(`${copy}${db}`, table!)).toBe(await contents(`${prefix}${db}`, table!));
    }
    const [created] = await conn.query<mysql.RowDataPacket[]>(`SHOW CREATE TABLE ${copy}shop.customers`);
    expect(created[0]!['Create Table']).toMatch(/`upper_name` text .*GENERATED ALWAYS AS \(ucase\(`name`\)\) VIRTUAL/);
  });

  it('restores a selected table in place', async () => {
    await conn.query(`DELETE FROM ${copy}shop.orders WHERE id > 10; UPDATE ${copy}blog.posts SET body = 'edited'`);
    const r = await dbBackup(
      ['restore', full, '--storage', store, '--table', `${prefix}shop.orders`, '--rename', `${prefix}shop=${copy}shop`],
      env,
    );
    expect(r.stdout).toBe(
      `Restored ${prefix}shop as ${copy}shop: orders (500)\nRestore of ${full} verified: 1 table, 500 rows, row counts and checksums match\n`,
    );
    expect(await contents(`${copy}shop`, 'orders')).toBe(await contents(`${prefix}shop`, 'orders'));
    const [posts] = await conn.query<mysql.RowDataPacket[]>(`SELECT DISTINCT body FROM ${copy}blog.posts`);
    expect(posts.map((p) => p.body)).toEqual(['edited']);
  });

  it('takes a differential backup of the changed tables only, restorable through its parent', async () => {
    await conn.query(
      `INSERT INTO ${prefix}shop.audit VALUES ('2026-12-01 00:00:00', 'changed'); UPDATE ${prefix}blog.posts SET body = 'v2' WHERE slug = 'hello'`,
    );
    const d = await dbBackup(['backup', '--prefix', prefix, '--storage', store, '--differential'], env);
    const diff = backupId(d);
    expect(d.stdout).toContain(`(differential of ${full})`);
    expect(d.stdout).toContain('  2 databases, 4 tables (2 written, 2 unchanged), 510 rows');
    const r = await dbBackup(
      ['restore', diff, '--storage', store, '--rename', `${prefix}shop=${copy}shop_d,${prefix}blog=${copy}blog_d`],
      env,
    );
    expect(r.code).toBe(0);
    for (const [db, table] of [
      ['shop', 'customers'],
      ['shop', 'orders'],
      ['shop', 'audit'],
      ['blog', 'posts'],
    ]) {
      expect(await contents(`${copy}${db}_d`, table!)).toBe(await contents(`${prefix}${db}`, table!));
    }
  });

  it('reports an unreachable server with exit 1', async () => {
    const port = await freePort();
    const r = await dbBackup(['backup', '--mysql', `mysql://root:secret@127.0.0.1:${port}`, '--storage', store], env);
    expect(r.stderr).toContain(
      `db-backup: error: cannot connect to mysql://root@127.0.0.1:${port}: connection refused (is the server running?)\n`,
    );
    expect(r.stderr).not.toContain('secret');
    expect(r.stderr).toMatch(/db-backup backup .*status=failed/);
    expect(r.code).toBe(1);
  });

  it('refuses a database that is not there', async () => {
    const r = await dbBackup(['backup', '--database', `${prefix}nope`, '--storage', store], env);
    expect(r.stderr).toContain(`db-backup: error: no database "${prefix}nope" on the server\n`);
    expect(r.code).toBe(1);
  });
});
