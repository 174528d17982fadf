/**
 * Turns a parsed query into the query languages of the engines: an FTS5 MATCH expression
 * (SQLite) and a `tsquery` (PostgreSQL). Terms are always quoted, so no query text can change
 * the structure of the expression.
 *
 * @module
 */
import type { ParsedQuery, QueryClause } from '../search/index.js';

/** The parts of a query for an engine: any word / all words / excluded words; `undefined` = none. */
export interface CompiledQuery {
  any?: string;
  all?: string;
  /** All words close together (within {@link NEAR_WINDOW} terms): ranked before the rest. */
  near?: string;
  not?: string;
}

/** How close the words of a query must be to rank in the first tier, in terms. */
export const NEAR_WINDOW = 10;

// ---- FTS5 (columns: title, body, ltitle, lbody) ----

function ftsString(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

function ftsClause(c: QueryClause): string {
  const exactCols = c.field === 'title' ? 'title' : '{title body}';
  const looseCols = c.field === 'title' ? 'ltitle' : '{ltitle lbody}';
  const widen = c.terms.some((t) => t.widen);
  if (c.kind === 'prefix') {
    const t = c.terms[0]!;
    const exact = `${exactCols} : ${ftsString(t.term)}*`;
    return widen ? `(${exact} OR ${looseCols} : ${ftsString(t.loose)}*)` : exact;
  }
  const exact = `${exactCols} : ${ftsString(c.terms.map((t) => t.term).join(' '))}`;
  if (!widen) return exact;
  return `(${exact} OR ${looseCols} : ${ftsString(c.terms.map((t) => t.loose).join(' '))})`;
}

function ftsGroup(group: QueryClause[]): string {
  return group.length === 1 ? ftsClause(group[0]!) : `(${group.map(ftsClause).join(' OR ')})`;
}

/** The FTS5 MATCH expressions of a query. */
export function compileFts(q: ParsedQuery): CompiledQuery {
  const out: CompiledQuery = {};
  if (q.must.length > 0) {
    out.any = q.must.map(ftsGroup).join(' OR ');
    if (q.must.length > 1) out.all = q.must.map(ftsGroup).join(' AND ');
    if (q.must.length > 1 && q.must.every((g) => g.length === 1 && g[0]!.field === undefined)) {
      const phrases = (loose: boolean) =>
        q.must.map((g) => {
          const c = g[0]!;
          const text = ftsString(c.terms.map((t) => (loose ? t.loose : t.term)).join(' '));
          return c.kind === 'prefix' ? `${text}*` : text;
        });
      out.near = `body : NEAR(${phrases(false).join(' ')}, ${NEAR_WINDOW}) OR lbody : NEAR(${phrases(true).join(' ')}, ${NEAR_WINDOW})`;
    }
  }
  if (q.not.length > 0) out.not = q.not.map(ftsClause).join(' OR ');
  return out;
}

// ---- tsquery (weights: A title, B title loose, C text loose, D text) ----

function lexeme(s: string): string {
  return `'${s.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}

/** The loose copy of a term in the tsvector. */
export const LOOSE_MARK = '~';
/**
 * The title copy of a term (and of its loose key) in the tsvector: `title:` queries match it
 * as a plain lexeme, which the GIN index answers without reading the row (a weight would not).
 */
export const TITLE_MARK = '^';

function tsClause(c: QueryClause): string {
  const mark = c.field === 'title' ? TITLE_MARK : '';
  const widen = c.terms.some((t) => t.widen);
  if (c.kind === 'prefix') {
    const t = c.terms[0]!;
    const exact = `${lexeme(mark + t.term)}:*`;
    return widen ? `(${exact} | ${lexeme(mark + LOOSE_MARK + t.loose)}:*)` : exact;
  }
  const exact = c.terms.map((t) => lexeme(mark + t.term)).join(' <-> ');
  if (!widen) return c.terms.length > 1 ? `(${exact})` : exact;
  const loose = c.terms.map((t) => lexeme(mark + LOOSE_MARK + t.loose)).join(' <-> ');
  return `((${exact}) | (${loose}))`;
}

function tsGroup(group: QueryClause[]): string {
  return group.length === 1 ? tsClause(group[0]!) : `(${group.map(tsClause).join(' | ')})`;
}

/** The tsquery texts of a query. */
export function compileTsquery(q: ParsedQuery): CompiledQuery {
  const out: CompiledQuery = {};
  if (q.must.length > 0) {
    out.any = q.must.map(tsGroup).join(' | ');
    if (q.must.length > 1) out.all = q.must.map(tsGroup).join(' & ');
  }
  if (q.not.length > 0) out.not = q.not.map(tsClause).join(' | ');
  return out;
}
