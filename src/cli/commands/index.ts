/**
 * Every `zman` sub-command, in the order `zman --help` lists them.
 *
 * @module
 */
import type { Command } from '../command.js';
import { normalizeCommand } from './normalize.js';
import { sentencesCommand, tokenizeCommand } from './tokenize.js';

export const COMMANDS: readonly Command[] = [normalizeCommand, tokenizeCommand, sentencesCommand];
