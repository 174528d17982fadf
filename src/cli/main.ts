#!/usr/bin/env node
/**
 * The `zman` command line.
 *
 * Exit codes: 0 success, 1 the work failed (unreadable file, bad input), 2 wrong usage.
 *
 * @module
 */
import { readFileSync } from 'node:fs';
import { parseCommandArgs, RunError, UsageError } from './command.js';
import { COMMANDS } from './commands/index.js';

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
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  const lines = COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  return `zman ${version()} — the Central Kurdish (Sorani) text engine

Usage: zman <command> [options] [FILE...]

Commands:
${lines.join('\n')}

Every command reads the files given (or standard input) and writes standard output.
Run 'zman <command> --help' for its options.

Exit codes: 0 success, 1 failure (for example an unreadable file), 2 wrong usage.`;
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '-h' || name === '--help' || name === 'help') {
    const topic = name === 'help' ? COMMANDS.find((c) => c.name === rest[0]) : undefined;
    process.stdout.write(`${topic ? topic.help : topHelp()}\n`);
    return 0;
  }
  if (name === '--version' || name === '-v') {
    process.stdout.write(`${version()}\n`);
    return 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    process.stderr.write(`zman: unknown command '${name}'\nRun 'zman --help' for the list of commands.\n`);
    return 2;
  }
  try {
    const { values, positionals } = parseCommandArgs(command, rest);
    if (values.help) {
      process.stdout.write(`${command.help}\n`);
      return 0;
    }
    return await command.run(values, positionals);
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
