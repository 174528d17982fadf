/**
 * The command-line conventions (README, "Command-line conventions"), checked for EVERY command
 * in `COMMANDS`, so a new command is covered as soon as it is listed:
 * `--version`/`--help`; wrong usage exits 2 with the message on stderr only; positional inputs
 * are files and `-` is standard input anywhere in the list; a missing input is reported on
 * stderr while the others are still processed, exit 1 at the end; binary input is skipped with
 * the same message everywhere; `--ndjson` writes one JSON object per record per line (never a
 * blank line) saying where it came from; `--json` writes ONE JSON value, the array of the same
 * records.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { Command } from '../../src/cli/command.js';
import { COMMANDS, loadCommand } from '../../src/cli/commands/index.js';
import { ROOT, zmanAsync } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'zman-conv-'));
const goodFile = join(dir, 'good.txt');
writeFileSync(goodFile, 'لە ١٠ ـی کانوونی دووەمی ٢٠٢٤ سەرۆک گوتی: سێ هەزار دینار.\nکتێبەکانمان لە هەولێر.\n');
const binary = join(dir, 'image.bin');
writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0xff, 0xfe, 0]));
const missing = join(dir, 'missing.txt');
const stdinSample = 'ئەمڕۆ سێ کتێبم لە دهۆک کڕی.\n';
const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

/** Parses NDJSON strictly: every line one JSON object, a final newline, no blank line. */
function ndjson(text: string): Record<string, unknown>[] {
  if (text === '') return [];
  assert.ok(text.endsWith('\n'), 'NDJSON ends with a newline');
  return text
    .slice(0, -1)
    .split('\n')
    .map((line, i) => {
      assert.notEqual(line, '', `blank line ${i + 1} in NDJSON`);
      const value = JSON.parse(line) as unknown;
      assert.ok(value !== null && typeof value === 'object' && !Array.isArray(value), `line ${i + 1} is an object`);
      return value as Record<string, unknown>;
    });
}

const commands: Command[] = [];
for (const entry of COMMANDS) commands.push(await loadCommand(entry));

describe('command-line conventions, for every command', { concurrency: 2 }, () => {
  it('lists each command once, with the summary its module gives', () => {
    assert.equal(new Set(COMMANDS.map((c) => c.name)).size, COMMANDS.length);
    for (const [i, entry] of COMMANDS.entries()) {
      assert.equal(commands[i]!.name, entry.name);
      assert.equal(commands[i]!.summary, entry.summary, `summary of ${entry.name}`);
    }
  });

  for (const command of commands) {
    const name = command.name;
    const kind = command.positionals ?? 'lines';
    const required = (command.requiredArgs ?? []).map((a) => a.replace('{tmp}', dir));
    const summary = command.jsonOutput === 'summary';
    const records = 'json' in command.options && 'ndjson' in command.options;
    // a command that only reports what it finds gets a sample with something to find
    const good = command.sampleInput === undefined ? goodFile : join(dir, `good-${name}.txt`);
    if (command.sampleInput !== undefined) writeFileSync(good, `${command.sampleInput}\n`);
    const stdinText = command.sampleInput === undefined ? stdinSample : `${command.sampleInput}\n`;

    describe(`zman ${name}`, { concurrency: 2 }, () => {
      it('prints its version with --version, its help with --help', async () => {
        const v = await zmanAsync([name, '--version']);
        assert.deepEqual([v.status, v.stdout, v.stderr], [0, `${version}\n`, '']);
        const h = await zmanAsync([name, '--help']);
        assert.equal(h.status, 0);
        assert.match(h.stdout, new RegExp(`Usage: zman ${name}`));
      });

      it('exits 2 on an unknown option, the message on stderr only', async () => {
        const r = await zmanAsync([name, ...required, '--no-such-option']);
        assert.equal(r.status, 2);
        assert.equal(r.stdout, '');
        assert.match(r.stderr, /no-such-option/);
      });

      if (kind === 'none') return;

      it('offers both --json and --ndjson, and refuses them together', async () => {
        assert.ok(records, `${name} takes --json and --ndjson`);
        const r = await zmanAsync([name, ...required, '--json', '--ndjson'], stdinText);
        assert.equal(r.status, 2);
        assert.equal(r.stdout, '');
      });

      if (kind === 'words') {
        it('reads words from standard input, records carry the line', async () => {
          const r = await zmanAsync([name, ...required, '--ndjson', '-'], stdinText);
          assert.equal(r.status, 0, r.stderr);
          const rows = ndjson(r.stdout);
          assert.ok(rows.length > 0);
          for (const row of rows) assert.equal(row.line, 1);
          const j = await zmanAsync([name, ...required, '--json'], stdinText);
          assert.deepEqual(JSON.parse(j.stdout), rows);
        });
        return;
      }

      it('--ndjson: one record a line from every input that exists, each saying where it came from; a missing input exits 1', async () => {
        const r = await zmanAsync([name, ...required, '--ndjson', good, missing, '-'], stdinText);
        assert.equal(r.status, 1);
        assert.match(r.stderr, new RegExp(`${name}: ${missing.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: no such file`));
        if (summary) {
          // a command whose JSON is a summary of the work: still one valid JSON value
          ndjson(r.stdout);
          const j = await zmanAsync([name, ...required, '--json', good, missing, '-'], stdinText);
          assert.equal(j.status, 1);
          JSON.parse(j.stdout);
          return;
        }
        const rows = ndjson(r.stdout);
        const files = new Set(rows.map((row) => row.file));
        assert.deepEqual(files, new Set([good, '-']), 'records from the good file and from standard input (-), with "file"');
        if (kind === 'lines') {
          for (const row of rows) assert.ok(Number.isInteger(row.line) && (row.line as number) >= 1, `line in ${JSON.stringify(row).slice(0, 80)}`);
        }
        const j = await zmanAsync([name, ...required, '--json', good, missing, '-'], stdinText);
        assert.equal(j.status, 1);
        assert.deepEqual(JSON.parse(j.stdout), rows, '--json is the array of the --ndjson records');
      });

      it('text output: a missing input is reported, the others still processed, exit 1', async () => {
        const r = await zmanAsync([name, ...required, missing, good]);
        assert.equal(r.status, 1);
        if (!summary) assert.ok(r.stdout.length > 0, 'output for the good file');
        assert.match(r.stderr, /no such file/);
      });

      it('skips binary input with one message; --json still writes one JSON value', async () => {
        const r = await zmanAsync([name, ...required, '--json', binary]);
        assert.equal(r.status, 1);
        const value = JSON.parse(r.stdout) as unknown;
        if (!summary) assert.deepEqual(value, []);
        assert.match(r.stderr, /image\.bin: looks like a binary file, skipped/);
      });
    });
  }
});
