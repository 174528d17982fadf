/**
 * Every `zman` sub-command, in the order `zman --help` lists them.
 *
 * @module
 */
import type { Command } from '../command.js';
import { analyzeWordCommand } from './analyze-word.js';
import { lemmaCommand, segmentCommand, stemCommand } from './lemma.js';
import { normalizeCommand } from './normalize.js';

export const COMMANDS: readonly Command[] = [normalizeCommand, analyzeWordCommand, lemmaCommand, stemCommand, segmentCommand];
