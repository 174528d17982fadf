/**
 * The zman page: paste or drop Sorani text and see it analyzed (entities, dates, numbers and
 * quotes marked in the text, their lists beside it, a card for the word under the pointer or
 * the keyboard focus), in Arabic or Latin script, with Sorani or English labels; and a search
 * view when the server has an index. Preact + htm, no build-time JSX.
 */
import { h, render, type ComponentChildren } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import htm from 'htm';
import { pronounce, toLatin } from '../src/translit/index.js';
import type { DocumentAnalysis, Engine, Facets, SearchResult, SpellReport, StoredDocument } from './engine.js';
import { LABELS, type Lang, type LabelKey } from './labels.js';

const html = htm.bind(h);

type Script = 'arab' | 'latn';
type Token = DocumentAnalysis['tokens'][number];
type Entity = DocumentAnalysis['entities'][number];
type Misspelling = SpellReport['misspelled'][number];

/** The page's state that every part reads. */
interface View {
  readonly lang: Lang;
  readonly script: Script;
  /** A label in the label language (Sorani labels in Latin script when the view is Latin). */
  t(key: LabelKey): string;
  /** Text in the view's script. */
  s(text: string): string;
}

const latinCache = new Map<string, string>();
function latin(text: string): string {
  let out = latinCache.get(text);
  if (out === undefined) {
    out = toLatin(text);
    if (latinCache.size > 20000) latinCache.clear();
    latinCache.set(text, out);
  }
  return out;
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

// ---------------------------------------------------------------------------------------
// The text with its marks

interface Piece {
  readonly start: number;
  readonly end: number;
  readonly token: number;
  readonly quote: boolean;
}

interface Run {
  readonly entity: Entity | undefined;
  readonly pieces: Piece[];
}

/** Non-overlapping entities, first come first kept (as the CLI report marks them). */
function markedEntities(a: DocumentAnalysis): Entity[] {
  const out: Entity[] = [];
  let at = 0;
  for (const e of a.entities) {
    if (e.start < at) continue;
    out.push(e);
    at = e.end;
  }
  return out;
}

/** Splits the text at every entity, token and quote boundary and groups the pieces by entity. */
function runsOf(text: string, a: DocumentAnalysis, entities: readonly Entity[]): Run[] {
  const cuts = new Set<number>([0, text.length]);
  for (const e of entities) cuts.add(e.start).add(e.end);
  for (const t of a.tokens) cuts.add(t.start).add(t.end);
  for (const q of a.quotes) cuts.add(q.start).add(q.end);
  const points = [...cuts].filter((x) => x >= 0 && x <= text.length).sort((x, y) => x - y);
  const runs: Run[] = [];
  let ei = 0;
  let ti = 0;
  let qi = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    while (ei < entities.length && entities[ei]!.end <= start) ei++;
    while (ti < a.tokens.length && a.tokens[ti]!.end <= start) ti++;
    while (qi < a.quotes.length && a.quotes[qi]!.end <= start) qi++;
    const e = entities[ei] && entities[ei]!.start <= start ? entities[ei] : undefined;
    const t = a.tokens[ti] && a.tokens[ti]!.start <= start ? ti : -1;
    const quote = Boolean(a.quotes[qi] && a.quotes[qi]!.start <= start);
    const last = runs[runs.length - 1];
    const piece = { start, end, token: t, quote };
    if (last && last.entity === e) last.pieces.push(piece);
    else runs.push({ entity: e, pieces: [piece] });
  }
  return runs;
}

function MarkedText(props: { text: string; a: DocumentAnalysis; view: View; onWord: (i: number) => void; current: number; misses: ReadonlyMap<number, Misspelling> }) {
  const { text, a, view } = props;
  const entities = useMemo(() => markedEntities(a), [a]);
  const runs = useMemo(() => runsOf(text, a, entities), [text, a, entities]);
  const firstWord = a.tokens.findIndex((t) => t.type === 'word');
  const shown = (p: Piece): string => {
    const raw = text.slice(p.start, p.end);
    if (view.script === 'arab') return raw;
    const t = a.tokens[p.token];
    if (t && t.start === p.start && t.end === p.end && t.latin) return t.latin;
    return latin(raw);
  };
  const onKey = (ev: KeyboardEvent) => {
    const target = ev.target as HTMLElement;
    if (!target.dataset.t) return;
    const keys = view.script === 'arab' ? { ArrowLeft: 1, ArrowRight: -1 } : { ArrowLeft: -1, ArrowRight: 1 };
    const step = (keys as Record<string, number>)[ev.key];
    if (!step) return;
    ev.preventDefault();
    const words = [...(ev.currentTarget as HTMLElement).querySelectorAll<HTMLElement>('[data-t]')];
    const next = words[words.indexOf(target) + step];
    next?.focus();
  };
  const piece = (p: Piece, k: number) => {
    const t = a.tokens[p.token];
    const cls = p.quote ? 'q' : undefined;
    if (t && t.type === 'word') {
      const i = p.token;
      const miss = props.misses.get(t.start);
      return html`<span key=${k} class=${`w${cls ? ' q' : ''}${props.current === i ? ' on' : ''}${miss ? ' miss' : ''}`} data-t=${i} title=${miss ? view.t('misspelled') : undefined} tabindex=${i === (props.current >= 0 ? props.current : firstWord) ? 0 : -1}
        onMouseEnter=${() => props.onWord(i)} onFocus=${() => props.onWord(i)}>${shown(p)}</span>`;
    }
    return cls ? html`<span key=${k} class=${cls}>${shown(p)}</span>` : shown(p);
  };
  return html`<div class="marked" dir=${view.script === 'arab' ? 'rtl' : 'ltr'} lang=${view.script === 'arab' ? 'ckb' : 'ckb-Latn'} onKeyDown=${onKey} data-testid="marked">
    ${runs.map((r, i) =>
      r.entity
        ? html`<mark key=${i} class=${`ent ${r.entity.type}`} data-type=${r.entity.type} title=${`${view.t(r.entity.type as LabelKey)}: ${view.s(r.entity.canonical)}`}>${r.pieces.map(piece)}</mark>`
        : r.pieces.map((p, k) => piece(p, i * 100000 + k)),
    )}
  </div>`;
}

function WordCard(props: { token: Token | undefined; view: View; miss: Misspelling | undefined; onReplace: (m: Misspelling, word: string) => void }) {
  const { token, view, miss } = props;
  const p = useMemo(() => (token ? pronounce(token.normalized) : undefined), [token]);
  if (!token) return html`<section class="card" aria-live="polite" data-testid="word-card"><p class="hint">${view.t('wordHint')}</p></section>`;
  return html`<section class="card" aria-live="polite" data-testid="word-card">
    <dl>
      <dt>${view.t('word')}</dt><dd class="big">${view.s(token.surface)}</dd>
      <dt>${view.t('lemma')}</dt><dd data-testid="lemma">${token.lemma ? view.s(token.lemma) : '—'}</dd>
      <dt>${view.t('pos')}</dt><dd data-testid="pos">${token.pos ?? '—'}</dd>
      <dt>${view.t('latin')}</dt><dd data-testid="latin" dir="ltr">${token.latin ?? latin(token.normalized)}</dd>
      <dt>${view.t('pronunciation')}</dt><dd dir="ltr">${p ? html`<span>/${p.ipa}/</span> <small>${p.syllables.join('·')}</small>` : '—'}</dd>
    </dl>
    ${miss
      ? html`<div class="suggest" data-testid="suggestions"><p>${view.t('unknownWord')}</p>
          ${miss.suggestions.length === 0 ? html`<p class="hint">${view.t('noSuggestion')}</p>` : null}
          ${miss.suggestions.map((s) => html`<button type="button" onClick=${() => props.onReplace(miss, s.word)} data-testid="suggestion">${view.s(s.word)}</button>`)}
        </div>`
      : null}
  </section>`;
}

function Lists(props: { a: DocumentAnalysis; view: View }) {
  const { a, view } = props;
  const names = useMemo(() => {
    const seen = new Map<string, { type: string; canonical: string; count: number }>();
    for (const e of a.entities) {
      if (e.type === 'DATE' || e.type === 'NUM') continue;
      const key = `${e.type}\u0000${e.canonical}`;
      const entry = seen.get(key) ?? { type: e.type, canonical: e.canonical, count: 0 };
      entry.count++;
      seen.set(key, entry);
    }
    return [...seen.values()];
  }, [a]);
  const section = (key: LabelKey, count: number, body: ComponentChildren) =>
    count === 0 ? null : html`<section class="list" data-testid=${`list-${key}`}><h3>${view.t(key)} <small>${count}</small></h3>${body}</section>`;
  return html`<aside class="lists">
    ${section('entities', names.length, html`<ul>${names.map((n) => html`<li><span class=${`chip ${n.type}`}>${view.t(n.type as LabelKey)}</span> ${view.s(n.canonical)}${n.count > 1 ? html` <small>×${n.count}</small>` : ''}</li>`)}</ul>`)}
    ${section('dates', a.dates.length, html`<ul>${a.dates.map((d) => html`<li><span class="chip DATE">${view.s(d.text)}</span> → <bdi dir="ltr">${d.iso}</bdi></li>`)}</ul>`)}
    ${section('numbers', a.numbers.length, html`<ul>${a.numbers.map((n) => html`<li><span class="chip NUM">${view.s(n.text)}</span> → <bdi dir="ltr">${Math.abs(n.value) >= 10000 ? n.value.toLocaleString('en') : String(n.value)}${n.kind === 'percent' ? ' %' : ''}</bdi></li>`)}</ul>`)}
    ${section('quotes', a.quotes.length, html`<ul>${a.quotes.map((q) => html`<li>«${view.s(q.text)}»${q.speaker ? html` — <span class=${`chip ${q.speaker.type}`}>${view.s(q.speaker.text)}</span>` : ''}</li>`)}</ul>`)}
    ${section('keywords', a.keywords.length, html`<p>${a.keywords.map((k) => view.s(k.lemma)).join(view.script === 'arab' ? '، ' : ', ')}</p>`)}
  </aside>`;
}

const EMPTY_MISSES: ReadonlyMap<number, Misspelling> = new Map();

function AnalyzeView(props: { engine: Engine; view: View; text: string; setText: (t: string) => void; auto: number }) {
  const { engine, view } = props;
  const [reference, setReference] = useState(today());
  const [result, setResult] = useState<{ text: string; a: DocumentAnalysis } | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const [current, setCurrent] = useState(-1);
  const [dragging, setDragging] = useState(false);
  const [misses, setMisses] = useState<{ text: string; byStart: ReadonlyMap<number, Misspelling> }>({ text: '', byStart: new Map() });
  const run = async (text = props.text) => {
    setBusy(true);
    setError('');
    try {
      const a = await engine.analyze(text, reference);
      setResult({ text, a });
      setCurrent(-1);
      // the spelling arrives after the analysis; its underlines are drawn when it does
      engine.spell(text).then(
        (r) => setMisses({ text, byStart: new Map(r.misspelled.map((m) => [m.start, m])) }),
        () => setMisses({ text, byStart: new Map() }),
      );
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  const replace = (m: Misspelling, word: string) => {
    if (!result) return;
    const text = result.text.slice(0, m.start) + word + result.text.slice(m.end);
    props.setText(text);
    void run(text);
  };
  const shownMisses = result && misses.text === result.text ? misses.byStart : EMPTY_MISSES;
  useEffect(() => {
    if (props.auto > 0) void run();
  }, [props.auto]);
  const readFile = async (file: File | undefined) => {
    if (!file) return;
    const text = (await file.text()).replace(/^\ufeff/, '');
    props.setText(text);
    void run(text);
  };
  const download = () => {
    if (!result) return;
    const blob = new Blob([JSON.stringify({ text: result.text, reference, ...result.a }, null, 2)], { type: 'application/json' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = 'zman-analysis.json';
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  };
  const a = result?.a;
  return html`<div class="analyze">
    <form class="input" onSubmit=${(e: Event) => { e.preventDefault(); void run(); }}>
      <label for="text">${view.t('textLabel')}</label>
      <textarea id="text" dir="auto" lang="ckb" rows="8" placeholder=${view.t('placeholder')} value=${props.text}
        class=${dragging ? 'drop' : ''}
        onInput=${(e: Event) => props.setText((e.target as HTMLTextAreaElement).value)}
        onDragOver=${(e: DragEvent) => { e.preventDefault(); setDragging(true); }}
        onDragLeave=${() => setDragging(false)}
        onDrop=${(e: DragEvent) => { e.preventDefault(); setDragging(false); void readFile(e.dataTransfer?.files[0]); }}></textarea>
      <div class="row">
        <button type="submit" disabled=${busy} data-testid="analyze">${busy ? view.t('analyzing') : view.t('analyze')}</button>
        <label class="file">${view.t('file')} <input type="file" accept=".txt,text/plain" onChange=${(e: Event) => void readFile((e.target as HTMLInputElement).files?.[0])} /></label>
        <label>${view.t('reference')} <input type="date" value=${reference} data-testid="reference" onInput=${(e: Event) => setReference((e.target as HTMLInputElement).value || today())} /></label>
        <button type="button" disabled=${!result} onClick=${download} data-testid="download">${view.t('download')}</button>
      </div>
    </form>
    ${error ? html`<p class="error" role="alert">${error}</p>` : null}
    ${a && result
      ? html`<div class="result">
          <p class="meta" data-testid="meta">${view.t('language')}: <b>${a.language}</b> · ${a.script} · ${view.t('confidence')} ${a.confidence.toFixed(2)}</p>
          <div class="legend">${(['PER', 'LOC', 'ORG', 'MISC', 'DATE', 'NUM', 'QUOTE'] as const).map((k) => html`<span class=${`chip ${k}`}>${view.t(k)}</span>`)}</div>
          <div class="columns">
            <div class="main">
              <${MarkedText} text=${result.text} a=${a} view=${view} current=${current} onWord=${setCurrent} misses=${shownMisses} />
            </div>
            <div class="side">
              <${WordCard} token=${a.tokens[current]} view=${view} miss=${a.tokens[current] ? shownMisses.get(a.tokens[current]!.start) : undefined} onReplace=${replace} />
              <${Lists} a=${a} view=${view} />
            </div>
          </div>
        </div>`
      : null}
  </div>`;
}

// ---------------------------------------------------------------------------------------
// Search

function Snippet(props: { snippet: NonNullable<SearchResult['hits'][number]['snippet']>; view: View }) {
  const { text, highlights, start } = props.snippet;
  const parts: ComponentChildren[] = [];
  let at = 0;
  // highlights are offsets into the whole document
  for (const [hs, he] of highlights) {
    const s = hs - start;
    const e = he - start;
    if (s < at || e > text.length) continue;
    parts.push(props.view.s(text.slice(at, s)), html`<mark>${props.view.s(text.slice(s, e))}</mark>`);
    at = e;
  }
  parts.push(props.view.s(text.slice(at)));
  return html`<p class="snippet">${parts}</p>`;
}

const PAGE = 10;

function SearchView(props: { engine: Engine; view: View; documents: number; onAnalyze: (text: string) => void }) {
  const { engine, view } = props;
  const [q, setQ] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [entity, setEntity] = useState('');
  const [offset, setOffset] = useState(0);
  const [result, setResult] = useState<SearchResult | null>(null);
  const [facets, setFacets] = useState<Facets | null>(null);
  const [doc, setDoc] = useState<StoredDocument | null>(null);
  const [error, setError] = useState('');
  const run = async (o: { q?: string; from?: string; to?: string; entity?: string; offset?: number } = {}) => {
    const p = { q: o.q ?? q, from: o.from ?? from, to: o.to ?? to, entity: o.entity ?? entity, offset: o.offset ?? 0 };
    setOffset(p.offset);
    setError('');
    setDoc(null);
    if (p.q.trim() === '') return;
    const filters = { ...(p.from ? { from: p.from } : {}), ...(p.to ? { to: p.to } : {}), ...(p.entity ? { entity: p.entity } : {}) };
    try {
      const [r, f] = await Promise.all([engine.search({ q: p.q, limit: PAGE, offset: p.offset, ...filters }), engine.facets({ q: p.q, ...filters })]);
      setResult(r);
      setFacets(f);
    } catch (e) {
      setError((e as Error).message);
    }
  };
  const open = async (id: string) => {
    try {
      setDoc(await engine.document(id));
    } catch (e) {
      setError((e as Error).message);
    }
  };
  const month = (m: string) => {
    const [y, mo] = m.split('-').map(Number) as [number, number];
    const last = new Date(Date.UTC(y, mo, 0)).getUTCDate();
    const f = `${m}-01`;
    const t = `${m}-${String(last).padStart(2, '0')}`;
    setFrom(f);
    setTo(t);
    void run({ from: f, to: t });
  };
  if (doc) {
    return html`<article class="document" data-testid="document">
      <button type="button" onClick=${() => setDoc(null)}>${view.t('back')}</button>
      <h2>${view.s(doc.title ?? doc.id)}</h2>
      <p class="meta">${doc.date ?? ''} ${doc.url ? html`<a href=${doc.url} rel="noopener noreferrer">${doc.url}</a>` : ''}</p>
      <div class="doctext" dir=${view.script === 'arab' ? 'rtl' : 'ltr'}>${view.s(doc.text)}</div>
      <button type="button" onClick=${() => props.onAnalyze(doc.text)} data-testid="open-analyze">${view.t('open')}</button>
    </article>`;
  }
  return html`<div class="search">
    <form role="search" onSubmit=${(e: Event) => { e.preventDefault(); void run(); }}>
      <input type="search" dir="auto" aria-label=${view.t('query')} placeholder=${view.t('query')} value=${q} onInput=${(e: Event) => setQ((e.target as HTMLInputElement).value)} data-testid="query" />
      <label>${view.t('from')} <input type="date" value=${from} onInput=${(e: Event) => setFrom((e.target as HTMLInputElement).value)} /></label>
      <label>${view.t('to')} <input type="date" value=${to} onInput=${(e: Event) => setTo((e.target as HTMLInputElement).value)} /></label>
      <button type="submit" data-testid="search">${view.t('search')}</button>
      ${from || to || entity ? html`<button type="button" onClick=${() => { setFrom(''); setTo(''); setEntity(''); void run({ from: '', to: '', entity: '' }); }}>${view.t('clear')}</button>` : null}
    </form>
    ${error ? html`<p class="error" role="alert">${error}</p>` : null}
    ${result
      ? html`<div class="columns">
          <div class="main">
            <p class="meta" data-testid="total">${result.total === 0 ? view.t('none') : `${offset + 1}–${offset + result.hits.length} ${view.t('of')} ${result.total}${result.totalExact === false ? '+' : ''} ${view.t('results')}`}</p>
            <ol class="hits" start=${offset + 1}>
              ${result.hits.map((hit) => html`<li key=${hit.id}>
                <h3><a href=${`#doc/${encodeURIComponent(hit.id)}`} onClick=${(e: Event) => { e.preventDefault(); void open(hit.id); }} data-testid="hit">${view.s(hit.title ?? hit.id)}</a></h3>
                <p class="meta">${hit.date ?? ''} <small>${hit.score.toFixed(2)}</small></p>
                ${hit.snippet ? html`<${Snippet} snippet=${hit.snippet} view=${view} />` : null}
              </li>`)}
            </ol>
            <nav class="pager">
              <button type="button" disabled=${offset === 0} onClick=${() => void run({ offset: Math.max(0, offset - PAGE) })}>${view.t('previous')}</button>
              <button type="button" disabled=${result.hits.length < PAGE || (result.totalExact !== false && offset + PAGE >= result.total)} onClick=${() => void run({ offset: offset + PAGE })} data-testid="next">${view.t('next')}</button>
            </nav>
          </div>
          <aside class="side lists">
            ${facets && facets.months.length > 0
              ? html`<section class="list"><h3>${view.t('months')}</h3><ul>${facets.months.map((m) => html`<li><button type="button" class="link" onClick=${() => month(m.month)}><bdi dir="ltr">${m.month}</bdi></button> <small>${m.count}</small></li>`)}</ul></section>`
              : null}
            ${facets && facets.entities.length > 0
              ? html`<section class="list"><h3>${view.t('entities')}</h3><ul>${facets.entities.map((e) => html`<li><button type="button" class=${`link${entity === e.canonical ? ' on' : ''}`} aria-pressed=${entity === e.canonical} onClick=${() => { const v = entity === e.canonical ? '' : e.canonical; setEntity(v); void run({ entity: v }); }} data-testid="facet"><span class=${`chip ${e.type}`}>${view.t(e.type as LabelKey)}</span> ${view.s(e.canonical)}</button> <small>${e.count}</small></li>`)}</ul></section>`
              : null}
          </aside>
        </div>`
      : null}
  </div>`;
}

// ---------------------------------------------------------------------------------------

function App(props: { engine: Engine }) {
  const { engine } = props;
  const [lang, setLang] = useState<Lang>('ckb');
  const [script, setScript] = useState<Script>('arab');
  const [tab, setTab] = useState<'analyze' | 'search'>('analyze');
  const [index, setIndex] = useState<{ documents: number } | null>(null);
  const [text, setText] = useState('');
  const [auto, setAuto] = useState(0);
  const main = useRef<HTMLElement>(null);
  useEffect(() => {
    engine.index().then(setIndex, () => setIndex(null));
  }, [engine]);
  const view: View = useMemo(
    () => ({
      lang,
      script,
      t: (key) => {
        const label: string = LABELS[lang][key];
        return lang === 'ckb' && script === 'latn' ? latin(label) : label;
      },
      s: (s) => (script === 'latn' ? latin(s) : s),
    }),
    [lang, script],
  );
  useEffect(() => {
    document.documentElement.lang = lang === 'ckb' ? (script === 'arab' ? 'ckb' : 'ckb-Latn') : 'en';
    document.documentElement.dir = lang === 'ckb' && script === 'arab' ? 'rtl' : 'ltr';
    document.title = view.t('title');
  }, [lang, script, view]);
  return html`<div class="app">
    <header>
      <h1>${view.t('title')}</h1>
      <nav class="toggles">
        <div role="group" aria-label=${view.t('script')}>
          <button type="button" aria-pressed=${script === 'arab'} onClick=${() => setScript('arab')} data-testid="script-arab">${view.t('arabic')}</button>
          <button type="button" aria-pressed=${script === 'latn'} onClick=${() => setScript('latn')} data-testid="script-latn">${view.t('latin')}</button>
        </div>
        <button type="button" onClick=${() => setLang(lang === 'ckb' ? 'en' : 'ckb')} data-testid="labels" lang=${lang === 'ckb' ? 'en' : 'ckb'}>${LABELS[lang].labels}</button>
      </nav>
    </header>
    ${index
      ? html`<nav class="tabs" role="tablist">
          <button type="button" role="tab" aria-selected=${tab === 'analyze'} onClick=${() => setTab('analyze')} data-testid="tab-analyze">${view.t('analyzeTab')}</button>
          <button type="button" role="tab" aria-selected=${tab === 'search'} onClick=${() => setTab('search')} data-testid="tab-search">${view.t('searchTab')} <small>${index.documents}</small></button>
        </nav>`
      : null}
    ${engine.mode === 'static' ? html`<p class="note">${view.t('staticNote')}</p>` : null}
    <main ref=${main}>
      <div hidden=${tab !== 'analyze'}>
        <${AnalyzeView} engine=${engine} view=${view} text=${text} setText=${setText} auto=${auto} />
      </div>
      ${index
        ? html`<div hidden=${tab !== 'search'}>
            <${SearchView} engine=${engine} view=${view} documents=${index.documents} onAnalyze=${(t: string) => { setText(t); setTab('analyze'); setAuto(auto + 1); }} />
          </div>`
        : null}
    </main>
    <footer><a href="openapi.json" hidden=${engine.mode === 'static'}>API</a> · zman · MIT</footer>
  </div>`;
}

/** Renders the page into `#app`. */
export function start(engine: Engine): void {
  const root = document.getElementById('app');
  if (root) render(h(App, { engine }), root);
}
