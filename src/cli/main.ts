#!/usr/bin/env node
/**
 * The `zman` command line.
 *
 * Exit codes: 0 success, 1 the work failed (an input missing or unreadable: the others are
 * still processed), 2 wrong usage. Command modules are loaded only when they run, so
 * `zman --version` and `zman --help` stay fast.
 *
 * @module
 */
import { readFileSync } from 'node:fs';
import { parseCommandArgs, RunError, UsageError } from './command.js';
import { COMMANDS, loadCommand } from './commands/index.js';
import { run } from './io.js';

function version(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
      version: string;
    };
    return pkg.version;
  } catch {
    return 'unknown';
  }
}

function topHelp(): string {
  let width = 0;
  for (const c of COMMANDS) width = Math.max(width, c.name.length);
  const lines = COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  return `zman ${version()} — the Central Kurdish (Sorani) text engine

Usage: zman <command> [options] [FILE...]

Commands:
${lines.join('\n')}

Every command reads the files given (or standard input; '-' is standard input) and writes
standard output. --json writes one JSON value for the whole run, --ndjson one JSON object
per record per line. Run 'zman <command> --help' for its options.

Exit codes: 0 success, 1 failure (for example a missing file; the other inputs are still
processed), 2 wrong usage.`;
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '-h' || name === '--help' || name === 'help') {
    const entry = name === 'help' ? COMMANDS.find((c) => c.name === rest[0]) : undefined;
    process.stdout.write(`${entry ? (await loadCommand(entry)).help : topHelp()}\n`);
    return 0;
  }
  if (name === '--version' || name === '-V' || name === '-v') {
    process.stdout.write(`${version()}\n`);
    return 0;
  }
  const entry = COMMANDS.find((c) => c.name === name);
  if (!entry) {
    process.stderr.write(`zman: unknown command '${name}'\nRun 'zman --help' for the list of commands.\n`);
    return 2;
  }
  run.command = name;
  try {
    const command = await loadCommand(entry);
    const { values, positionals } = parseCommandArgs(command, rest);
    if (values.help) {
      process.stdout.write(`${command.help}\n`);
      return 0;
    }
    if (values.version) {
      process.stdout.write(`${version()}\n`);
      return 0;
    }
    delete values.version;
    const code = await command.run(values, positionals);
    return code === 0 && run.failed ? 1 : code;
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`zman ${name}: ${error.message}\nRun 'zman ${name} --help' for usage.\n`);
      return 2;
    }
    if (error instanceof RunError) {
      process.stderr.write(`zman ${name}: ${error.message}\n`);
      return 1;
    }
    if (error instanceof RangeError || error instanceof TypeError) {
      process.stderr.write(`zman ${name}: ${error.message}\n`);
      return 2;
    }
    process.stderr.write(`zman ${name}: internal error: ${(error as Error).stack ?? String(error)}\n`);
    return 1;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`zman: internal error: ${String(error)}\n`);
    process.exitCode = 1;
  },
);
