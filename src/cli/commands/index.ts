/**
 * Every `zman` sub-command, in the order `zman --help` lists them.
 *
 * @module
 */
import type { Command } from '../command.js';
import { normalizeCommand } from './normalize.js';
import { slugCommand, translitCommand } from './translit.js';

export const COMMANDS: readonly Command[] = [normalizeCommand, translitCommand, slugCommand];
