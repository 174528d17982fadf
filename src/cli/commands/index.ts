/**
 * Every `zman` sub-command, in the order `zman --help` lists them.
 *
 * @module
 */
import type { Command } from '../command.js';
import { normalizeCommand } from './normalize.js';

export const COMMANDS: readonly Command[] = [normalizeCommand];
