/**
 * `zman sort [FILE…]` — sorts lines in Kurdish alphabetical order.
 *
 * @module
 */
import { Writable } from 'node:stream';
import { collator } from '../../collate/index.js';
import { normalize } from '../../normalize/index.js';
import type { Command } from '../command.js';
import { formatFrom, inputsFrom, Output, Records, streamLines } from '../io.js';

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
  --json       one JSON array of {line, text} records, sorted (line: where it was)
  --ndjson     one JSON object {line, text} per line, sorted
               ("file" is added when several files are given)
  -h, --help   show this help
  -V, --version print the version

Examples:
  printf 'زانا\\nڕێباز\\nئاسۆ\\n' | zman sort     # ئاسۆ ڕێباز زانا
  zman sort --unique examples/names.txt`,
  options: {
    latin: { type: 'boolean' },
    numeric: { type: 'boolean' },
    reverse: { type: 'boolean' },
    unique: { type: 'boolean' },
    json: { type: 'boolean' },
    ndjson: { type: 'boolean' },
  },
  async run(values, positionals) {
    const format = formatFrom(values);
    const lines: { text: string; file: string; line: number }[] = [];
    let several = false;
    const sink = new Output(new Writable({ write: (_chunk, _encoding, done) => done() }));
    await streamLines(
      inputsFrom(positionals),
      (piece, at) => {
        several = at.several;
        if (at.first) lines.push({ text: piece, file: at.file, line: at.line });
        else lines[lines.length - 1]!.text += piece;
        return '';
      },
      sink,
    );
    for (const l of lines) if (l.text.endsWith('\r')) l.text = l.text.slice(0, -1);
    const c = collator({
      script: values.latin ? 'latin' : 'arabic',
      numeric: Boolean(values.numeric),
      reverse: Boolean(values.reverse),
    });
    // the collator sorts the distinct texts (keyed once each); equal lines keep their input order
    const rank = new Map<string, number>();
    c.sort(Array.from(new Set(lines.map((l) => l.text)))).forEach((text, i) => rank.set(text, i));
    let sorted = lines.slice().sort((a, b) => rank.get(a.text)! - rank.get(b.text)!);
    if (values.unique) {
      let last: string | undefined;
      sorted = sorted.filter((l) => {
        const n = normalize(l.text).replace(/\u200c/g, '');
        const keep = n !== last;
        last = n;
        return keep;
      });
    }
    const out = new Output();
    const records = format === 'text' ? undefined : new Records(format);
    for (const l of sorted) {
      const wait = out.write(records ? records.add({ ...(several ? { file: l.file } : {}), line: l.line, text: l.text }) : `${l.text}\n`);
      if (wait) await wait;
    }
    if (records) out.write(records.end());
    await out.flush();
    return 0;
  },
};
