/** The page as served by `zman serve`: everything through the HTTP API. */
import type { Engine, Facets, SearchResult, StoredDocument } from './engine.js';
import { start } from './app.js';

async function call<T>(path: string, init?: RequestInit): Promise<T> {
  const res = await fetch(path, init);
  const body = (await res.json().catch(() => ({}))) as { error?: { message?: string } };
  if (!res.ok) throw new Error(body.error?.message ?? `HTTP ${res.status}`);
  return body as T;
}

function query(params: Record<string, string | number | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') q.set(k, String(v));
  return q.toString();
}

const engine: Engine = {
  mode: 'server',
  analyze: (text, reference) =>
    call('v1/analyze', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text, reference }) }),
  spell: (text) => call('v1/spell', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text }) }),
  async index() {
    const h = await call<{ index: { documents?: number } | null }>('healthz');
    return h.index ? { documents: h.index.documents ?? 0 } : null;
  },
  search: (p) => call<SearchResult>(`v1/search?${query({ ...p })}`),
  facets: (p) => call<Facets>(`v1/facets?${query({ ...p })}`),
  document: (id) => call<StoredDocument>(`v1/documents/${encodeURIComponent(id)}`),
};

start(engine);
