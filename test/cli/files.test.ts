// Issue 20 items 1, 2 and 8: writing output safely, size limits checked before parsing, UTF-16 and special files.
// In-process with the real file io (src/cli/node-io.ts), and the CLI entry as a child process (bundled with esbuild,
// as in epipe.test.ts) for standard output on /dev/full and standard input.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { openSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createNodeIo } from '../../src/cli/node-io.js';
import { runCli } from '../../src/cli/run.js';
import { FileAccessError, FileEncodingError, FileTooLargeError, loadPolicyFile, parseByteSize, readTextFile, sniffUtf16, writeTextFile } from '../../src/node/index.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const CASES = join(root, 'examples/cases-dudley.json');
const DUDLEY = join(root, 'src/policies/presets/dudley.yaml');
const withPolicy = (policy: string) => ['report', '--policy', policy, '--cases', CASES, '--from', '2025-04-01', '--to', '2026-03-31', '--format', 'csv'];
const REPORT = ['report', '--policy', 'dudley', '--cases', CASES, '--from', '2025-04-01', '--to', '2026-03-31', '--format', 'csv'];
let dir: string;
let entry: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sc-files-'));
  entry = join(dir, 'main.cjs');
  await build({ entryPoints: [join(root, 'src/cli/main.ts')], bundle: true, platform: 'node', format: 'cjs', outfile: entry, logLevel: 'silent', absWorkingDir: root });
}, 60_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io = createNodeIo({ stdout: (t) => void out.push(t), stderr: (t) => void err.push(t) });
  const code = await runCli(argv, io);
  return { code, stdout: out.join(''), stderr: err.join('') };
}

function child(args: readonly string[], options: { stdout?: number; input?: string } = {}) {
  const r = spawnSync(process.execPath, [entry, ...args], {
    encoding: 'utf8',
    timeout: 20_000,
    ...(options.input === undefined ? {} : { input: options.input }),
    stdio: [options.input === undefined ? 'ignore' : 'pipe', options.stdout ?? 'pipe', 'pipe'],
  });
  return { code: r.status, signal: r.signal, stdout: r.stdout ?? '', stderr: r.stderr };
}

describe('report --out: a typed error naming the path and the reason, exit 3 (issue 20 item 1)', () => {
  test('--out /tmp/ (a folder)', async () => {
    const r = await cli(...REPORT, '--out', '/tmp/');
    expect([r.code, r.stderr]).toEqual([
      3,
      'statutory-complaints report: --out: cannot write /tmp/: it is a folder. Give the name of a file inside it, e.g. report.csv.\n',
    ]);
  });

  test('--out /nonexistent/x.csv (the folder is missing)', async () => {
    const r = await cli(...REPORT, '--out', '/nonexistent/x.csv');
    expect([r.code, r.stderr]).toEqual([
      3,
      'statutory-complaints report: --out: cannot write /nonexistent/x.csv: the folder it would go in does not exist. Create the folder first, or check the path.\n',
    ]);
  });

  test('--out /proc/version (not allowed), and /proc/version is untouched', async () => {
    const before = readFileSync('/proc/version', 'utf8');
    const r = await cli(...REPORT, '--out', '/proc/version');
    expect(r.code).toBe(3);
    expect(r.stderr).toBe(
      'statutory-complaints report: --out: cannot write /proc/version: this is not allowed (new files cannot be made in that folder, a system folder). Choose another place.\n',
    );
    expect(readFileSync('/proc/version', 'utf8')).toBe(before);
  });

  test('--out /dev/full (the disk is full)', async () => {
    const r = await cli(...REPORT, '--out', '/dev/full');
    expect([r.code, r.stderr]).toEqual([3, 'statutory-complaints report: --out: cannot write /dev/full: the disk is full. Free some space or choose another disk.\n']);
  });

  test('standard output on /dev/full: one line, exit 3, no uncaught exception or stack trace', () => {
    const full = openSync('/dev/full', 'w');
    try {
      const r = child(REPORT, { stdout: full });
      expect(r.signal).toBeNull();
      expect(r.code).toBe(3);
      expect(r.stderr).toBe('statutory-complaints: cannot write standard output: the disk is full. Free some space or choose another disk.\n');
    } finally {
      closeSync(full);
    }
  });

  test('an existing report is replaced by a rename (new inode), and no temporary file is left beside it', async () => {
    const target = join(dir, 'out', 'q1.csv');
    await writeTextFile(join(dir, 'out', 'keep.txt'), 'x').catch(() => undefined);
    rmSync(join(dir, 'out'), { recursive: true, force: true });
    const { mkdirSync } = await import('node:fs');
    mkdirSync(join(dir, 'out'));
    writeFileSync(target, 'the old report\n');
    const oldInode = statSync(target).ino;
    const r = await cli(...REPORT, '--out', target);
    expect(r.code).toBe(0);
    expect(readFileSync(target, 'utf8').startsWith('case_type,stage,period,')).toBe(true);
    expect(statSync(target).ino).not.toBe(oldInode);
    expect(readdirSync(join(dir, 'out'))).toEqual(['q1.csv']);
  });

  test('a failed write leaves the existing file as it was', async () => {
    // The temporary file cannot be made (its folder is missing), so nothing is renamed over the target.
    const target = join(dir, 'kept.csv');
    writeFileSync(target, 'the old report\n');
    await expect(writeTextFile(join(dir, 'no-such-folder', 'kept.csv'), 'new')).rejects.toBeInstanceOf(FileAccessError);
    expect(readFileSync(target, 'utf8')).toBe('the old report\n');
  });
});

describe('size limits, checked before parsing (issue 20 item 2)', () => {
  test('parseByteSize: bytes, K, M, G (multiples of 1024); anything else is refused', () => {
    expect([
      parseByteSize('1048576'),
      parseByteSize('1k'),
      parseByteSize('2MiB'),
      parseByteSize('1G'),
      parseByteSize('0'),
      parseByteSize('-1'),
      parseByteSize('1.5M'),
    ]).toEqual([1048576, 1024, 2097152, 1073741824, undefined, undefined, undefined]);
  });

  test('a 2,000,000-byte preset is refused with its size and the limit; --max-file-size 3M lets it through', async () => {
    const big = join(dir, 'big.yaml');
    writeFileSync(big, readFileSync(DUDLEY, 'utf8') + `# ${'x'.repeat(2_000_000 - readFileSync(DUDLEY).length - 3)}\n`);
    expect(statSync(big).size).toBe(2_000_000);
    const r = await cli('validate', big);
    expect(r.code).toBe(1);
    // 2,000,000 / 1,048,576 = 1.907… MiB, shown as 1.9 MiB.
    expect(r.stdout).toContain('big.yaml is 1.9 MiB (2000000 bytes), over the limit of 1 MiB (1048576 bytes) for this kind of file.');
    expect((await cli('--max-file-size', '3M', 'validate', big)).code).toBe(0);
    expect((await cli('validate', big, '--max-file-size=1999999')).code).toBe(1);
    expect((await cli('validate', big, '--max-file-size=2000000')).code).toBe(0);
    await expect(loadPolicyFile(big)).rejects.toBeInstanceOf(FileTooLargeError);
    await expect(loadPolicyFile(big, { maxBytes: 2_000_000 })).resolves.toMatchObject({ id: 'dudley' });
    const policy = await cli(...withPolicy(big));
    expect([policy.code, policy.stderr]).toEqual([
      1,
      `statutory-complaints report: --policy: ${big} is 1.9 MiB (2000000 bytes), over the limit of 1 MiB (1048576 bytes) for this kind of file. A preset, role directory, values, mapping or feed file is a few kilobytes: check it is the right file, or raise the limit (--max-file-size on the command line, maxBytes in code).\n`,
    ]);
  });

  test('--feed and --values have the same limit; a bad --max-file-size is a usage error', async () => {
    const feed = join(dir, 'feed.json');
    writeFileSync(feed, ' '.repeat(1024 * 1024 + 1));
    const r = await cli('timeline', '--policy', 'dudley', '--received', '2026-01-05', '--feed', feed);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('--feed: ');
    expect(r.stderr).toContain('is 1 MiB (1048577 bytes), over the limit of 1 MiB (1048576 bytes)');
    const values = await cli('render', '--policy', 'dudley', '--template', 'reminder', '--values', feed);
    expect(values.stderr).toContain('--values: ');
    expect(values.stderr).toContain('over the limit of 1 MiB');
    expect((await cli('--max-file-size', 'lots', 'validate', DUDLEY)).code).toBe(2);
    expect((await cli('validate', DUDLEY, '--max-file-size')).code).toBe(2);
  });

  test('a file whose size the system does not report (/proc) is still bounded while reading', async () => {
    await expect(readTextFile('/proc/self/status', { maxBytes: 10 })).rejects.toMatchObject({ code: 'file-too-large', limit: 10 });
  });
});

describe('UTF-16 and special files (issue 20 item 8)', () => {
  const utf16le = (text: string, bom: boolean) => Buffer.concat([bom ? Buffer.from([0xff, 0xfe]) : Buffer.alloc(0), Buffer.from(text, 'utf16le')]);

  test('a UTF-16 preset, with or without a byte order mark, is named as UTF-16 with what to do', async () => {
    const text = readFileSync(DUDLEY, 'utf8');
    for (const bom of [true, false]) {
      const file = join(dir, `utf16-${bom}.yaml`);
      writeFileSync(file, utf16le(text, bom));
      const r = await cli('validate', file);
      expect(r.code).toBe(1);
      expect(r.stdout).toContain(`utf16-${bom}.yaml is saved as UTF-16 ("Unicode text"), not UTF-8. Save it as UTF-8`);
      await expect(loadPolicyFile(file)).rejects.toBeInstanceOf(FileEncodingError);
    }
    const be = Buffer.from(text, 'utf16le').swap16();
    expect(sniffUtf16(be)).toBe('UTF-16');
  });

  test('a UTF-16 CSV of cases (as Excel saves "Unicode text") is named as UTF-16', async () => {
    const file = join(dir, 'cases.csv');
    writeFileSync(file, utf16le('reference,received,responded,extended_due_date,outcome,delay_code\r\nC-1,2025-06-02,,,,\r\n', true));
    const r = await cli(...REPORT.slice(0, 3), '--cases', file, '--from', '2025-04-01', '--to', '2026-03-31');
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      `statutory-complaints report: --cases: ${file} is saved as UTF-16 ("Unicode text"), not UTF-8. Save it as UTF-8 (in Excel: "CSV UTF-8"; in a text editor: encoding UTF-8) and try again.\n`,
    );
  });

  test('bytes that are not UTF-8 are refused with their line, never quoted', async () => {
    const file = join(dir, 'latin1.yaml');
    writeFileSync(file, Buffer.concat([Buffer.from('id: x\ntitle: Caf'), Buffer.from([0xe9]), Buffer.from('\n')]));
    await expect(readTextFile(file)).rejects.toThrow(
      `path: ${file} is not UTF-8 text (the first byte that is not UTF-8 is on line 2; it may be saved as Windows-1252 or Latin-1).`,
    );
  });

  test('a FIFO, a device or a folder given as a file is refused at once, without blocking (exit 3)', async () => {
    const fifo = join(dir, 'pipe.yaml');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const r = await cli('validate', fifo);
    expect(r.code).toBe(3);
    expect(r.stdout).toContain('Cannot read');
    expect(r.stdout).toContain('pipe.yaml: it is a pipe (FIFO), not a regular file. Give the path of a file, or - for standard input.');
    const policy = await cli(...withPolicy(fifo));
    expect([policy.code, policy.stderr]).toEqual([
      3,
      `statutory-complaints report: --policy: cannot read ${fifo}: it is a pipe (FIFO), not a regular file. Give the path of a file.\n`,
    ]);
    const device = await cli(...REPORT.slice(0, 3), '--cases', '/dev/zero', '--from', '2025-04-01', '--to', '2026-03-31');
    expect([device.code, device.stderr]).toEqual([
      3,
      'statutory-complaints report: --cases: cannot read /dev/zero: it is a device, not a regular file. Give the path of a file.\n',
    ]);
    const folder = await cli(...REPORT.slice(0, 3), '--cases', dir, '--from', '2025-04-01', '--to', '2026-03-31');
    expect([folder.code, folder.stderr]).toEqual([3, `statutory-complaints report: --cases: cannot read ${dir}: it is a folder. Give the name of a file.\n`]);
  });

  test('validate - reads a preset from standard input (a regular file is not needed there)', () => {
    const r = child(['validate', '-'], { input: readFileSync(DUDLEY, 'utf8') });
    // valid; dudley.yaml's own two `emphasis: marked` lines (161 and 205, column 5) get H19's not-as-Notify notes first
    const lines = r.stdout.split('\n');
    expect([r.code, lines.slice(-2)]).toEqual([0, ['1 preset file checked: no problems.', '']]);
    expect(lines.filter((l) => l.includes('Note: ')).map((l) => l.split('  ').slice(0, 2).join('  '))).toEqual([
      '-:161:5  templates.new-referral.emphasis',
      '-:205:5  templates.overdue-reminder.emphasis',
    ]);
    expect(existsSync(entry)).toBe(true);
  });
});
