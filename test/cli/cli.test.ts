import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = new URL('../..', import.meta.url).pathname;
const workDirectory = mkdtempSync(join(tmpdir(), 'custodia-cli-'));

function custodia(...args: string[]) {
  const result = spawnSync(process.execPath, [join(root, 'bin/custodia.js'), ...args], {
    cwd: workDirectory,
    encoding: 'utf8',
    env: { ...process.env, CUSTODIA_DB: '', CUSTODIA_DATABASE_URL: '' },
    timeout: 120_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

afterAll(() => rmSync(workDirectory, { recursive: true, force: true }));

describe('custodia command line', () => {
  it('explains itself with --help, for every command', () => {
    const help = custodia('--help');
    expect(help.code).toBe(0);
    for (const command of ['serve', 'migrate', 'seed', 'export', 'import-bundle']) {
      expect(help.stdout).toContain(command);
      const commandHelp = custodia(command, '--help');
      expect(commandHelp.code, command).toBe(0);
      expect(commandHelp.stdout).toContain('Usage: custodia');
    }
  });

  it('exits 2 for usage errors and bad input, naming what is wrong', () => {
    expect(custodia('frobnicate').code).toBe(2);
    const badPort = custodia('serve', '--port', 'eighty', '--db', join(workDirectory, 'x.db'));
    expect(badPort.code).toBe(2);
    expect(badPort.stderr).toContain('port');
    expect(custodia('export').code).toBe(2);
    writeFileSync(join(workDirectory, 'broken.json'), '{"format": "custodia-export", ');
    const broken = custodia(
      'import-bundle',
      join(workDirectory, 'broken.json'),
      '--db',
      join(workDirectory, 'empty.db'),
    );
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/invalid_bundle: cannot read .*broken\.json as JSON/);
    expect(broken.stderr).not.toMatch(/\n\s+at /);
  });

  it('seeds the demo, exports, restores into an empty database and exports the same bytes', () => {
    const first = join(workDirectory, 'first.db');
    const second = join(workDirectory, 'second.db');
    expect(custodia('seed', '--demo', '--db', first).code).toBe(0);
    expect(custodia('seed', '--demo', '--db', first).code).toBe(3);
    expect(custodia('export', '--out', join(workDirectory, 'one.json'), '--db', first).code).toBe(0);
    const restored = custodia('import-bundle', join(workDirectory, 'one.json'), '--db', second);
    expect(restored.code, restored.stderr).toBe(0);
    expect(custodia('export', '--out', join(workDirectory, 'two.json'), '--db', second).code).toBe(0);
    const one = readFileSync(join(workDirectory, 'one.json'), 'utf8');
    expect(readFileSync(join(workDirectory, 'two.json'), 'utf8')).toBe(one);
    expect(JSON.parse(one).entities.persons.length).toBeGreaterThanOrEqual(300);
    const again = custodia('import-bundle', join(workDirectory, 'one.json'), '--db', second);
    expect(again.code).toBe(3);
    expect(again.stderr).toContain('database_not_empty');
    // Six processes, each seeding or reading the whole demo: on a busy 2-core machine that is over 30 s.
  }, 120_000);

  it('evaluates a bundle or an array of bundles, reporting a bad one by index while evaluating the others', () => {
    const worked = join(root, 'test/fixtures/rules-md-worked-bundle.json');
    const single = custodia('evaluate', worked);
    expect(single.code, single.stderr).toBe(0);
    const findings = JSON.parse(single.stdout).findings as Array<{ ruleId: string; severity: string }>;
    expect(findings.map((finding) => `${finding.ruleId} ${finding.severity}`)).toContain(
      'US-FINAL-ORDER violation',
    );
    const bundle = JSON.parse(readFileSync(worked, 'utf8'));
    const array = join(workDirectory, 'bundles.json');
    writeFileSync(
      array,
      JSON.stringify([bundle, { ...bundle, person: { ...bundle.person, nationalities: ['Atlantis'] } }]),
    );
    const several = custodia('evaluate', array);
    expect(several.code).toBe(2);
    const results = JSON.parse(several.stdout);
    expect(results[0].findings).toEqual(findings);
    expect(results[1].error).toMatchObject({ code: 'invalid_bundle', index: 1 });
    expect(results[1].error.issues[0].path).toEqual(['person', 'nationalities', 0]);
  });

  it('re-evaluates the whole registry with --all, reporting progress', () => {
    const database = join(workDirectory, 'first.db');
    const result = custodia('evaluate', '--all', '--db', database);
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ packVersion: '2026.11' });
    expect(JSON.parse(result.stdout).evaluated).toBeGreaterThan(300);
    expect(result.stderr).toContain('"progress":"evaluating transfers"');
  });

  it('applies migrations with migrate', () => {
    const result = custodia('migrate', '--db', join(workDirectory, 'migrated.db'));
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('up to date');
  });
});
