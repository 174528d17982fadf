/**
 * The hook `analyzeDocument` and the search analyzer use: the repaired spelling of each word
 * of a document typed on an Arabic or Persian keyboard, by the word's start in the original.
 *
 * @module
 */
import { detectLanguage } from '../langid/index.js';
import { choice } from '../options/choice.js';
import { repair, type SpellChange } from './correct.js';
import { detectKeyboard } from './keyboard.js';

/** What {@link keyboardRepairs} found. */
export interface KeyboardRepairs {
  readonly keyboard: 'arabic' | 'persian';
  /** The re-spelled words, ranges in the original text. */
  readonly changes: readonly SpellChange[];
  /** The repaired spelling of a word by its start in the original text. */
  readonly byStart: ReadonlyMap<number, string>;
}

/**
 * With `mode` `'auto'`, repairs a text detected as Sorani typed on an Arabic or Persian
 * keyboard and returns the re-spelled words; `undefined` with `'off'` or when the text is not
 * keyboard-typed Sorani. Throws a RangeError for another mode.
 *
 * @example
 * keyboardRepairs('دستان خوش بیت', 'auto')?.byStart.get(6); // 'خۆش'
 */
export function keyboardRepairs(text: string, mode: unknown, option = 'repair'): KeyboardRepairs | undefined {
  if (choice(option, mode, ['auto', 'off'], 'off') === 'off') return undefined;
  const keyboard = detectKeyboard(text).keyboard;
  if (keyboard !== 'arabic' && keyboard !== 'persian') return undefined;
  if (detectLanguage(text).language !== 'ckb') return undefined;
  const r = repair(text, { keyboard });
  const byStart = new Map<number, string>();
  for (const c of r.changes) if (!c.to.includes(' ')) byStart.set(c.start, c.to);
  return { keyboard, changes: r.changes, byStart };
}
