/** The static page: zman runs here in the browser, nothing is sent anywhere; no search index. */
import { analyzeDocument } from '../src/analyze/index.js';
import { spellReport } from '../src/serve/spell-report.js';
import type { Engine } from './engine.js';
import { start } from './app.js';

const none = () => Promise.reject(new Error('no search index in the static page'));

const engine: Engine = {
  mode: 'static',
  analyze: async (text, reference) => analyzeDocument(text, { reference }),
  // after a pause, so that the analysis is drawn before the spelling is checked
  spell: (text) => new Promise((resolve) => setTimeout(() => resolve(spellReport(text)), 30)),
  index: async () => null,
  search: none,
  facets: none,
  document: none,
};

start(engine);
