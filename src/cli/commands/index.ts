/**
 * Every `zman` sub-command, in the order `zman --help` lists them. The name and summary are
 * written here so that `zman --help` and `zman --version` load no command module; a command's
 * module is imported only when it runs.
 *
 * @module
 */
import type { Command } from '../command.js';

/** A command known by name and summary, its module loaded on demand. */
export interface CommandEntry {
  readonly name: string;
  readonly summary: string;
  load(): Promise<Command>;
}

export const COMMANDS: readonly (CommandEntry | Command)[] = [
  { name: 'normalize', summary: 'normalize Sorani text to the standard Unicode spelling', load: async () => (await import('./normalize.js')).normalizeCommand },
  { name: 'tokenize', summary: 'split Sorani text into typed tokens', load: async () => (await import('./tokenize.js')).tokenizeCommand },
  { name: 'sentences', summary: 'split Sorani text into sentences, one a line', load: async () => (await import('./tokenize.js')).sentencesCommand },
  { name: 'translit', summary: 'convert Sorani between the Arabic and the Latin (Hawar) script', load: async () => (await import('./translit.js')).translitCommand },
  { name: 'slug', summary: 'make a URL slug of each line of Sorani text', load: async () => (await import('./translit.js')).slugCommand },
  { name: 'analyze-word', summary: 'show every morphological analysis of words', load: async () => (await import('./analyze-word.js')).analyzeWordCommand },
  { name: 'lemma', summary: 'replace each word by its lemma', load: async () => (await import('./lemma.js')).lemmaCommand },
  { name: 'stem', summary: 'replace each word by its search stem', load: async () => (await import('./lemma.js')).stemCommand },
  { name: 'segment', summary: 'split each word into space-separated morphemes', load: async () => (await import('./lemma.js')).segmentCommand },
  { name: 'numbers', summary: 'find numbers, amounts, percentages and money in Sorani text', load: async () => (await import('./numbers.js')).numbersCommand },
  { name: 'dates', summary: 'find dates in Sorani text and resolve them to ISO dates', load: async () => (await import('./dates.js')).datesCommand },
  { name: 'sort', summary: 'sort lines in Kurdish alphabetical order', load: async () => (await import('./sort.js')).sortCommand },
  { name: 'analyze', summary: 'analyze documents: language, entities, quotes, keywords', load: async () => (await import('./analyze.js')).analyzeCommand },
  { name: 'spell', summary: 'list misspelled Sorani words with suggestions, or fix them (--fix)', load: async () => (await import('./spell.js')).spellCommand },
  { name: 'repair', summary: 'repair Sorani typed on an Arabic or Persian keyboard, line for line', load: async () => (await import('./spell.js')).repairCommand },
  { name: 'index', summary: 'add documents to a search index (SQLite file or postgres:// URL)', load: async () => (await import('./index-cmd.js')).indexCommand },
  { name: 'search', summary: 'search an index made by zman index (readable hits, or JSON)', load: async () => (await import('./index-cmd.js')).searchCommand },
  { name: 'serve', summary: 'run the HTTP API and the web page', load: async () => (await import('./serve.js')).serveCommand },
];

/** The command itself, loading its module when it is only an entry. */
export async function loadCommand(entry: CommandEntry | Command): Promise<Command> {
  return 'load' in entry ? entry.load() : entry;
}
