/**
 * `zman sort [FILE…]` — sorts lines in Kurdish alphabetical order.
 *
 * @module
 */
import { Writable } from 'node:stream';
import { collator } from '../../collate/index.js';
import { normalize } from '../../normalize/index.js';
import type { Command } from '../command.js';
import { inputsFrom, Output, streamLines } from '../io.js';

export const sortCommand: Command = {
  name: 'sort',
  summary: 'sort lines in Kurdish alphabetical order',
  help: `Usage: zman sort [options] [FILE...]

Sorts the lines of the files (or standard input) in Sorani alphabetical order
(ئ ا ب پ ت ج چ ح خ د ر ڕ ز ژ س ش ع غ ف ڤ ق ک گ ل ڵ م ن ه ە و ۆ وو ی ێ), treating spelling
variants alike (ك = ک, ZWNJ ignored), and writes them to standard output.
Sorting needs every line, so the whole input is read into memory first.

Options:
  --latin      Latin-script (Hawar) order first: a b c ç d e ê f … x ẍ y z
  --numeric    compare runs of digits by value (٢ before ١٠)
  --reverse    reverse the order
  --unique     keep one line of lines that are equal after normalization
  -h, --help   show this help

Examples:
  printf 'زانا\\nڕێباز\\nئاسۆ\\n' | zman sort     # ئاسۆ ڕێباز زانا
  zman sort --unique names.txt > sorted.txt`,
  options: {
    latin: { type: 'boolean' },
    numeric: { type: 'boolean' },
    reverse: { type: 'boolean' },
    unique: { type: 'boolean' },
  },
  async run(values, positionals) {
    const lines: string[] = [];
    const sink = new Output(new Writable({ write: (_chunk, _encoding, done) => done() }));
    await streamLines(
      inputsFrom(positionals),
      (piece, lineStart) => {
        if (lineStart || lines.length === 0) lines.push(piece);
        else lines[lines.length - 1] += piece;
        return '';
      },
      sink,
    );
    const c = collator({
      script: values.latin ? 'latin' : 'arabic',
      numeric: Boolean(values.numeric),
      reverse: Boolean(values.reverse),
    });
    let sorted = c.sort(lines.map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l)));
    if (values.unique) {
      let last: string | undefined;
      sorted = sorted.filter((l) => {
        const n = normalize(l).replace(/\u200c/g, '');
        const keep = n !== last;
        last = n;
        return keep;
      });
    }
    const out = new Output();
    for (const line of sorted) {
      const wait = out.write(`${line}\n`);
      if (wait) await wait;
    }
    await out.flush();
    return 0;
  },
};
