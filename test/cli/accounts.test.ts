import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startCustodiaServe } from '../helpers/serveProcess.js';

const root = new URL('../..', import.meta.url).pathname;
const workDirectory = mkdtempSync(join(tmpdir(), 'custodia-accounts-'));
const PASSWORD = 'violet-granite-harbour-58-tern';

function custodia(args: string[], input?: string) {
  const result = spawnSync(process.execPath, [join(root, 'bin/custodia.js'), ...args], {
    cwd: workDirectory,
    encoding: 'utf8',
    input,
    env: { ...process.env, CUSTODIA_DB: '', CUSTODIA_DATABASE_URL: '', USER: 'operator' },
    timeout: 120_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

afterAll(() => rmSync(workDirectory, { recursive: true, force: true }));

describe('custodia user and token', () => {
  const db = join(workDirectory, 'accounts.db');
  const run = (...args: string[]) => custodia([...args, '--db', db]);

  it('adds users with a piped or generated password, refusing weak ones, and lists them', () => {
    const piped = custodia(
      ['user', 'add', 'Ana@NGO.example', '--role', 'admin', '--password-stdin', '--db', db],
      `${PASSWORD}\n`,
    );
    expect(piped.code, piped.stderr).toBe(0);
    expect(piped.stdout).toMatch(/added ana@ngo\.example \(admin, usr_/);
    expect(piped.stdout).not.toContain(PASSWORD);
    const generated = run('user', 'add', 'viewer@ngo.example', '--role', 'viewer');
    expect(generated.code, generated.stderr).toBe(0);
    expect(generated.stdout).toMatch(/password \(shown once, give it to its owner\): \S{20,}/);
    const weak = custodia(
      ['user', 'add', 'weak@ngo.example', '--role', 'viewer', '--password-stdin', '--db', db],
      'password1234\n',
    );
    expect(weak.code).toBe(2);
    expect(weak.stderr).toMatch(/weak_password: .*common passwords/);
    expect(weak.stderr).not.toContain('password1234');
    const twice = custodia(
      ['user', 'add', 'ana@ngo.example', '--role', 'viewer', '--password-stdin', '--db', db],
      `${PASSWORD}\n`,
    );
    expect(twice.code).toBe(3);
    const list = run('user', 'list');
    expect(list.stdout).toMatch(/ana@ngo\.example\s+admin\s+enabled/);
    expect(list.stdout).toMatch(/viewer@ngo\.example\s+viewer\s+enabled/);
  });

  it('changes roles, disables and resets passwords, audited as the one admin', () => {
    expect(run('user', 'set-role', 'viewer@ngo.example', 'editor').stdout).toContain('is now editor');
    expect(run('user', 'disable', 'viewer@ngo.example').stdout).toContain('is disabled');
    expect(run('user', 'enable', 'viewer@ngo.example').stdout).toContain('is enabled');
    const reset = run('user', 'reset-password', 'viewer@ngo.example');
    expect(reset.stdout).toMatch(/sessions and tokens ended\npassword \(shown once/);
    // The last admin cannot be demoted: the registry would have no one to administer it.
    const demote = run('user', 'set-role', 'ana@ngo.example', 'viewer');
    expect(demote.code).toBe(2);
    expect(demote.stderr).toMatch(/only enabled admin/);
  });

  it('creates tokens shown once, lists them by their last four characters, and revokes them', async () => {
    const created = run(
      'token',
      'create',
      '--user',
      'viewer@ngo.example',
      '--scope',
      'read',
      '--expires',
      '30d',
    );
    expect(created.code, created.stderr).toBe(0);
    const token = created.stdout.trim().split('\n').at(-1) as string;
    expect(token).toMatch(/^ctk_[A-Za-z0-9_-]{43}$/);
    const listed = run('token', 'list', '--user', 'viewer@ngo.example');
    expect(listed.stdout).toContain(`"lastFour":"${token.slice(-4)}"`);
    expect(listed.stdout).not.toContain(token);
    const id = (JSON.parse(listed.stdout.trim().split('\n')[0] as string) as { id: string }).id;
    const server = await startCustodiaServe(['--db', db]);
    try {
      const read = await fetch(`${server.url}/api/persons`, {
        headers: { authorization: `Bearer ${token}` },
      });
      expect(read.status).toBe(200);
      expect(run('token', 'revoke', id).stdout).toContain(`revoked ${id}`);
      const after = await fetch(`${server.url}/api/persons`, {
        headers: { authorization: `Bearer ${token}` },
      });
      expect(after.status).toBe(401);
    } finally {
      await server.stop();
    }
    const bad = run('token', 'create', '--user', 'viewer@ngo.example', '--scope', 'all');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('scope');
  });

  it('acts as the account named by --as, and refuses a viewer as the actor of writes', () => {
    const editorAdd = run('user', 'add', 'second@ngo.example', '--role', 'admin');
    expect(editorAdd.code).toBe(0);
    const ambiguous = run('user', 'list');
    expect(ambiguous.code).toBe(2);
    expect(ambiguous.stderr).toMatch(/2 admins: say which one acts with --as EMAIL/);
    expect(run('user', 'list', '--as', 'ana@ngo.example').code).toBe(0);
    const asEditor = run('user', 'list', '--as', 'viewer@ngo.example');
    expect(asEditor.stderr).toMatch(/accounts are managed by admins/);
  });
});

describe('custodia serve on a network address', () => {
  it('refuses while demo accounts are enabled, saying why and what to do, and serves once they are off', async () => {
    const folder = mkdtempSync(join(workDirectory, 'demo-'));
    const db = join(folder, 'custodia.db');
    const first = await startCustodiaServe(['--db', db, '--seed-demo-if-empty'], [], { timeoutMs: 120_000 });
    const printed = first.output();
    await first.stop();
    expect(printed).toMatch(/demo-admin@custodia\.invalid\s+\S{20,}/);
    const file = join(folder, 'demo-accounts.txt');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file, 'utf8')).toContain('demo-viewer@custodia.invalid');

    const open = custodia(['serve', '--host', '0.0.0.0', '--port', '0', '--db', db]);
    expect(open.code).toBe(2);
    expect(open.stderr).toMatch(
      /unsafe_to_serve: will not serve on 0\.0\.0\.0 while demo accounts are enabled/,
    );
    expect(open.stderr).toMatch(/custodia user disable/);
    const publicUrl = custodia([
      'serve',
      '--public-url',
      'https://custodia.ngo.example',
      '--port',
      '0',
      '--db',
      db,
    ]);
    expect(publicUrl.code).toBe(2);

    expect(
      custodia([
        'user',
        'add',
        'owner@ngo.example',
        '--role',
        'admin',
        '--as',
        'demo-admin@custodia.invalid',
        '--db',
        db,
      ]).code,
    ).toBe(0);
    for (const role of ['admin', 'editor', 'viewer'])
      expect(
        custodia([
          'user',
          'disable',
          `demo-${role}@custodia.invalid`,
          '--as',
          'owner@ngo.example',
          '--db',
          db,
        ]).code,
      ).toBe(0);
    const served = await startCustodiaServe(['--db', db], ['--host', '0.0.0.0'], {
      ready: /Custodia is serving at (http:\/\/\S+)/,
    });
    try {
      expect(served.url).toMatch(/^http:\/\/0\.0\.0\.0:\d+$/);
    } finally {
      await served.stop();
    }
  }, 180_000);

  it('refuses a network address when no admin exists', () => {
    const db = join(workDirectory, 'empty.db');
    const refused = custodia(['serve', '--host', '0.0.0.0', '--port', '0', '--db', db]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/without an admin: add one first/);
  });
});
