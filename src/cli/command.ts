/**
 * The shape of a `zman` sub-command and the argument parsing shared by all of them.
 *
 * @module
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

/** An error in how the command was called: printed with a hint, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** An error in the work itself (unreadable file, bad input): printed, exit code 1. */
export class RunError extends Error {
  override name = 'RunError';
}

export type OptionSpec = NonNullable<ParseArgsConfig['options']>;

/** One `zman` sub-command. */
export interface Command {
  /** The word after `zman`. */
  readonly name: string;
  /** One line for `zman --help`. */
  readonly summary: string;
  /** The full `zman NAME --help` text. */
  readonly help: string;
  /** Options for `node:util` parseArgs (`--help` is added). */
  readonly options: OptionSpec;
  /**
   * What the positional arguments are: files read line by line (`lines`, the default), documents
   * (files or directories), words, or nothing (`none`). The convention tests use it.
   */
  readonly positionals?: 'lines' | 'documents' | 'words' | 'none';
  /**
   * What `--json`/`--ndjson` write: the records of the inputs (`records`, the default), or a
   * summary of the work (`summary`, e.g. `zman index`).
   */
  readonly jsonOutput?: 'records' | 'summary';
  /**
   * Arguments every run needs (e.g. `['--to', 'latin']`), for the convention tests; `{tmp}`
   * stands for a temporary directory.
   */
  readonly requiredArgs?: readonly string[];
  /**
   * A line of sample input for the convention tests, for a command that only writes records for
   * what it finds (e.g. `zman spell`: misspelled words) and finds nothing in the default sample.
   */
  readonly sampleInput?: string;
  /** Runs the command; resolves to the exit code. */
  run(values: Record<string, unknown>, positionals: string[]): Promise<number>;
}

/** Parses argv for a command, turning parseArgs errors into usage errors. */
export function parseCommandArgs(
  command: Command,
  argv: string[],
): { values: Record<string, unknown>; positionals: string[] } {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      options: { ...command.options, help: { type: 'boolean', short: 'h' }, version: { type: 'boolean', short: 'V' } },
      allowPositionals: true,
      strict: true,
    });
    return { values: values as Record<string, unknown>, positionals };
  } catch (error) {
    throw new UsageError((error as Error).message.replace(/^.*?: /, ''));
  }
}

/** Validates an option whose value must be one of a fixed list. */
export function oneOf<T extends string>(name: string, value: unknown, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`invalid value for --${name}: '${String(value)}' (allowed: ${allowed.join(', ')})`);
}
