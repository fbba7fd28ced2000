// End to end: the real CLI entry in a child process, as an admin runs it, on committed fixtures.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve(fileURLToPath(import.meta.url), '../../../..');
const MAIN = join(ROOT, 'electron/sync-server/cli/main.ts');
const FIXTURES = join(ROOT, 'test/fixtures/csv');
const EXPORTS = join(ROOT, 'test/fixtures/exports');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** `node --import tsx main.ts …` is what `npm run claimdesk` does, without npm's own start-up. */
function claimdesk(...args: string[]): Promise<Run> {
  return claimdeskWithEnv({}, ...args);
}

function claimdeskWithEnv(env: Record<string, string>, ...args: string[]): Promise<Run> {
  return new Promise((done) => {
    const options = {
      cwd: ROOT,
      maxBuffer: 64 * 1024 * 1024,
      env: { ...process.env, npm_lifecycle_event: '', ...env },
    };
    execFile(process.execPath, ['--import', 'tsx', MAIN, ...args], options, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      done({ code, stdout, stderr });
    });
  });
}

const tmp = mkdtempSync(join(tmpdir(), 'claimdesk-dedupe-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const anyMessage = expect.stringMatching(/\S/);

describe('claimdesk dedupe --json', () => {
  it('reads a Windows-1251, semicolon, Russian-header base', async () => {
    const run = await claimdesk('dedupe', join(FIXTURES, 'clients-ru-cp1251.csv'), '--json');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({
      rows: 8,
      conflicts: [
        { kind: 'phone', key: 'phone:+79161234567', rows: [1, 3] },
        { kind: 'domain', key: 'domain:romashka.ru', rows: [1, 5] },
        { kind: 'phone', key: 'phone:+79031112233', rows: [2, 6] },
        { kind: 'email', key: 'email:annasmirnova@gmail.com', rows: [2, 6] },
      ],
      hints: [{ reason: 'name', rows: [7, 8] }],
      errors: [
        { row: 4, field: 'phone', value: '12345', message: anyMessage },
        { row: 4, field: 'email', value: 'sidorov@@mail', message: anyMessage },
      ],
    });
  });

  it('reads a UTF-8 BOM, comma, English-header base with multi-value cells and a blank line', async () => {
    const run = await claimdesk('dedupe', join(FIXTURES, 'clients-en-utf8-bom.csv'), '--json');
    expect(run.code).toBe(0);
    expect(run.stdout.trim().split('\n')).toHaveLength(1); // exactly one JSON object, nothing else
    expect(JSON.parse(run.stdout)).toEqual({
      rows: 7,
      conflicts: [
        { kind: 'phone', key: 'phone:+12127365000', rows: [1, 2] },
        { kind: 'domain', key: 'domain:acme-travel.com', rows: [1, 2] },
        { kind: 'email', key: 'email:janedoe@gmail.com', rows: [2, 7] },
        { kind: 'phone', key: 'phone:+79161234567', rows: [3, 6] },
      ],
      hints: [{ reason: 'name', rows: [1, 5] }],
      errors: [
        { row: 6, field: 'email', value: 'not-an-email', message: anyMessage },
        { row: 7, field: 'phone', value: 'not a phone', message: anyMessage },
      ],
    });
  });

  it('accepts --country in any case and rejects an unknown one', async () => {
    const ok = await claimdesk('dedupe', join(FIXTURES, 'clients-ru-cp1251.csv'), '--country', 'kz', '--json');
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout).rows).toBe(8);
    const bad = await claimdesk('dedupe', join(FIXTURES, 'clients-ru-cp1251.csv'), '--country', 'XX', '--json');
    expect(bad.code).not.toBe(0);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toMatch(/unknown country "XX"/);
  });

  it('resolves a relative FILE from where the admin ran npm (INIT_CWD), not from the package root', async () => {
    const run = await claimdeskWithEnv(
      { npm_lifecycle_event: 'claimdesk', INIT_CWD: FIXTURES },
      'dedupe',
      'clients-ru-cp1251.csv',
      '--json',
    );
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).rows).toBe(8);
  });

  it('exits 2 with the expected columns when the file is missing', async () => {
    const run = await claimdesk('dedupe', join(tmp, 'nope.csv'), '--json');
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/Cannot read .*nope\.csv.*no such file/);
    expect(run.stderr).toMatch(/телефон/);
  });

  it('exits 2 when the path is a directory', async () => {
    const run = await claimdesk('dedupe', tmp, '--json');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/directory/);
  });

  it('exits 2 and lists the accepted columns when none is recognised', async () => {
    const run = await claimdesk('dedupe', join(FIXTURES, 'no-columns.csv'), '--json');
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/No recognisable columns/);
    expect(run.stderr).toMatch(/"Client ID", "Manager", "Notes"/);
    expect(run.stderr).toMatch(/Roles: found none; needed at least a phone or an email column/);
    for (const name of ['phone', 'телефон', 'email', 'почта', 'name', 'ФИО', 'company', 'компания']) {
      expect(run.stderr).toContain(`"${name}"`);
    }
  });

  it('exits 2 for an empty file', async () => {
    const file = join(tmp, 'empty.csv');
    writeFileSync(file, '');
    const run = await claimdesk('dedupe', file, '--json');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/empty/);
  });

  it('keeps going past broken rows and reports them', async () => {
    const file = join(tmp, 'broken.csv');
    writeFileSync(
      file,
      'name;phone;email\n' +
        'A;+7 916 123-45-67;a@firm.ru\n' +
        ';;;;;;\n' +
        'B;абв;@@\n' +
        'C;8 916 123 45 67;c@firm.ru;extra;cells\n' +
        'D;"8 903 111 22 33\n',
    );
    const run = await claimdesk('dedupe', file, '--json');
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.rows).toBe(5);
    expect(report.conflicts).toEqual([
      { kind: 'phone', key: 'phone:+79161234567', rows: [1, 4] },
      { kind: 'domain', key: 'domain:firm.ru', rows: [1, 4] },
    ]);
    expect(report.errors.map((e: { row: number; field: string }) => [e.row, e.field])).toEqual([
      [3, 'phone'],
      [3, 'email'],
    ]);
    expect(run.stderr).toMatch(/row 4: 5 cells but the header has 3/);
  });
});

describe('claimdesk dedupe (text report) and usage', () => {
  it('prints groups with names and values, hints, problems and a summary', async () => {
    const run = await claimdesk('dedupe', join(FIXTURES, 'clients-ru-cp1251.csv'));
    expect(run.code).toBe(0);
    const out = run.stdout;
    expect(out).toMatch(/windows-1251, separated by ";", 8 rows/);
    expect(out).toMatch(/Group 1: rows 1, 3, 5/);
    expect(out).toMatch(/shared phone \+79161234567: rows 1, 3/);
    expect(out).toMatch(/row 1: Иванов Пётр Сергеевич · 8 \(916\) 123-45-67 · ivanov@romashka.ru · ООО Ромашка/);
    expect(out).toMatch(/Group 2: rows 2, 6/);
    expect(out).toMatch(/rows 7 and 8: Iuliia Petrova \/ Петрова Юлия/);
    expect(out).toMatch(/row 4: phone "12345"/);
    expect(out.indexOf('Group 1')).toBeLessThan(out.indexOf('rows 7 and 8'));
    expect(out.indexOf('rows 7 and 8')).toBeLessThan(out.indexOf('row 4: phone'));
    expect(out.trim().split('\n').at(-1)).toBe(
      'Summary: 8 rows; 2 duplicate groups (5 rows, 4 shared keys); 1 name hint; 2 input problems.',
    );
  });

  it('shows help with exit 0 and rejects bad usage with exit 2', async () => {
    const help = await claimdesk('--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/dedupe/);
    const dedupeHelp = await claimdesk('dedupe', '--help');
    expect(dedupeHelp.code).toBe(0);
    expect(dedupeHelp.stdout).toMatch(/--country CC/);
    expect((await claimdesk()).code).toBe(2);
    expect((await claimdesk('frobnicate')).stderr).toMatch(/unknown command "frobnicate"/);
    expect((await claimdesk('dedupe')).code).toBe(2);
    const unknown = await claimdesk('dedupe', 'x.csv', '--jsn');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/--jsn/);
  });
});

describe('claimdesk dedupe on CRM exports: --dry-run, --map, --sheet', () => {
  it('reads an amoCRM workbook and prints the mapping and first rows with --dry-run', async () => {
    const run = await claimdesk('dedupe', join(EXPORTS, 'amocrm-contacts.xlsx'), '--dry-run');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Excel workbook, sheet "Контакты", 8 rows; header on line 1/);
    expect(run.stdout).toMatch(/"Полное имя контакта"\s+→ name/);
    expect(run.stdout).toMatch(/"Мобильный телефон"\s+→ phone/);
    expect(run.stdout).toMatch(/"Ответственный"\s+→ note/);
    expect(run.stdout).toMatch(/row 1: Иванов Пётр Сергеевич · 89161234567/);
    expect(run.stdout).toMatch(/notes: ID: 1000; Ответственный: Менеджер Петя/);
    expect(run.stdout).not.toMatch(/Duplicate check/);
  });

  it('lets --map name a column the header does not say, and refuses a bad one', async () => {
    const file = join(tmp, 'custom.csv');
    writeFileSync(file, 'Клиент;Связь;Связь 2\nA;+7 916 123-45-67;x\nB;8 916 123 45 67;y\n');
    const unmapped = await claimdesk('dedupe', file, '--json');
    expect(unmapped.code).toBe(2);
    expect(unmapped.stderr).toMatch(/Roles: found name; needed at least a phone or an email column/);
    const mapped = await claimdesk('dedupe', file, '--map', 'связь=phone', '--map', 'Связь 2=ignore', '--json');
    expect(mapped.code).toBe(0);
    expect(JSON.parse(mapped.stdout).conflicts).toEqual([{ kind: 'phone', key: 'phone:+79161234567', rows: [1, 2] }]);
    const typo = await claimdesk('dedupe', file, '--map', 'Свяь=phone');
    expect(typo.code).toBe(2);
    expect(typo.stderr).toMatch(
      /--map names "Свяь", which is not a column .* Its columns: "Клиент", "Связь", "Связь 2"/,
    );
    const badRole = await claimdesk('dedupe', file, '--map', 'Связь=telephone');
    expect(badRole.code).toBe(2);
    expect(badRole.stderr).toMatch(/expected "Column=role" with a role among name, firstName/);
  });

  it('reads a Bitrix24 HTML .xls and reports in text, and refuses a binary .xls clearly', async () => {
    const bitrix = await claimdesk('dedupe', join(EXPORTS, 'bitrix24-contacts.xls'));
    expect(bitrix.code).toBe(0);
    expect(bitrix.stdout).toMatch(/HTML table, windows-1251, 8 rows/);
    expect(bitrix.stdout).toMatch(
      /Summary: 8 rows; 2 duplicate groups \(5 rows, 4 shared keys\); 1 name hint; 2 input problems\./,
    );
    const biff = await claimdesk('dedupe', join(EXPORTS, 'legacy-binary.xls'), '--json');
    expect(biff.code).toBe(2);
    expect(biff.stdout).toBe('');
    expect(biff.stderr).toMatch(/binary Excel 97–2003 workbook \(\.xls\).*save it as \.xlsx/);
  });
});
