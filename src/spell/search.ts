/**
 * Weighted Damerau–Levenshtein search over a trie: every word of the trie that the typed word
 * reaches within a cost budget under an error model (see `error-model.ts`).
 *
 * @module
 */
import * as costs from './error-model.js';
import type { CostTables } from './error-model.js';
import type { Trie } from './vocabulary.js';

const HAMZA = 'ئ'.charCodeAt(0);
const HEH = 'ه'.charCodeAt(0);
const AE = 'ە'.charCodeAt(0);
// the costs as module constants: the inner loop reads them per cell, and some module loaders
// turn every read of an imported binding into a getter call
const DEFAULT_EDIT = costs.DEFAULT_EDIT;
const DOUBLED_LETTER = costs.DOUBLED_LETTER;
const FINAL_HEH = costs.FINAL_HEH;
const MISSING_INITIAL_HAMZA = costs.MISSING_INITIAL_HAMZA;
const TRANSPOSITION = costs.TRANSPOSITION;

/** The Arabic block: costs of its letters are looked up in dense arrays, others in the maps. */
const BLOCK = 0x0600;
const SIZE = 256;
const NONE = -1;

/** An error model's costs as dense arrays over the Arabic block (built once per model). */
interface Dense {
  readonly sub: Float64Array;
  readonly ins: Float64Array;
  readonly del: Float64Array;
  readonly double: Float64Array;
}
const denseTables = new WeakMap<CostTables, Dense>();

function dense(model: CostTables): Dense {
  let d = denseTables.get(model);
  if (d) return d;
  const fill = (m: ReadonlyMap<number, number>): Float64Array => {
    const a = new Float64Array(SIZE).fill(NONE);
    for (const [k, c] of m) if (k >= BLOCK && k < BLOCK + SIZE) a[k - BLOCK] = c;
    return a;
  };
  const sub = new Float64Array(SIZE * SIZE).fill(NONE);
  for (const [k, c] of model.sub) {
    const a = Math.floor(k / 65536);
    const b = k % 65536;
    if (a >= BLOCK && a < BLOCK + SIZE && b >= BLOCK && b < BLOCK + SIZE) sub[(a - BLOCK) * SIZE + (b - BLOCK)] = c;
  }
  d = { sub, ins: fill(model.ins), del: fill(model.del), double: fill(model.double) };
  denseTables.set(model, d);
  return d;
}

/** A cost from a dense array (inside the Arabic block) or else the map; `fallback` when neither has one. */
function lookup(arr: Float64Array, map: ReadonlyMap<number, number>, c: number, fallback: number): number {
  if (c >= BLOCK && c < BLOCK + SIZE) {
    const v = arr[c - BLOCK]!;
    return v === NONE ? fallback : v;
  }
  return map.get(c) ?? fallback;
}

/** Longest typed word searched: longer ones get no suggestion from the trie. */
export const MAX_SEARCH_LENGTH = 40;

/** A word found by the search with its cost and band. */
export interface Found {
  cost: number;
  band: number;
}

/**
 * Adds to `out` every word of `trie` within `budget` of `typed` (keeping the cheapest cost per
 * word). The search visits only trie branches whose best partial cost is within the budget.
 */
export function searchTrie(trie: Trie, typed: string, model: CostTables, budget: number, out: Map<string, Found>): void {
  const n = typed.length;
  if (n === 0 || n > MAX_SEARCH_LENGTH) return;
  const input = new Uint16Array(n);
  for (let i = 0; i < n; i++) input[i] = typed.charCodeAt(i);
  const tables = dense(model);
  // the row of substitution costs for each typed letter inside the Arabic block (-1: use the map)
  const subRow = new Int32Array(n);
  for (let i = 0; i < n; i++) subRow[i] = input[i]! >= BLOCK && input[i]! < BLOCK + SIZE ? (input[i]! - BLOCK) * SIZE : -1;
  const delCost = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const a = input[i]!;
    delCost[i] = i > 0 && input[i - 1] === a ? DOUBLED_LETTER : lookup(tables.del, model.del, a, DEFAULT_EDIT);
  }
  const maxDepth = n + 8;
  const rows: Float64Array[] = [];
  for (let d = 0; d <= maxDepth; d++) rows.push(new Float64Array(n + 1));
  const row0 = rows[0]!;
  row0[0] = 0;
  for (let i = 1; i <= n; i++) row0[i] = row0[i - 1]! + delCost[i - 1]!;
  const path = new Uint16Array(maxDepth + 1);
  const { first, next, letter, band } = trie;
  const sub = model.sub;
  const denseSub = tables.sub;

  const visit = (node: number, d: number): void => {
    const c = letter[node]!;
    path[d] = c;
    const pc = d >= 2 ? path[d - 1]! : -1;
    const prev = rows[d - 1]!;
    const row = rows[d]!;
    const prev2 = d >= 2 ? rows[d - 2]! : undefined;
    // only و and ی are written doubled in Sorani (وو û, یی); other letters are never geminated
    const plainIns = lookup(tables.ins, model.ins, c, DEFAULT_EDIT);
    const insC = c === pc ? lookup(tables.double, model.double, c, plainIns) : plainIns;
    const cIn = c >= BLOCK && c < BLOCK + SIZE ? c - BLOCK : -1;
    let v0 = prev[0]! + (d === 1 && c === HAMZA ? MISSING_INITIAL_HAMZA : insC);
    row[0] = v0;
    let best = v0;
    for (let i = 1; i <= n; i++) {
      const a = input[i - 1]!;
      let s: number;
      if (a === c) s = 0;
      else if (a === HEH && c === AE && i === n) s = FINAL_HEH;
      else {
        const r = subRow[i - 1]!;
        if (r >= 0 && cIn >= 0) {
          const v = denseSub[r + cIn]!;
          s = v === NONE ? DEFAULT_EDIT : v;
        } else s = sub.get(a * 65536 + c) ?? DEFAULT_EDIT;
      }
      let v = prev[i - 1]! + s;
      const vi = prev[i]! + insC;
      if (vi < v) v = vi;
      const vd = v0 + delCost[i - 1]!;
      if (vd < v) v = vd;
      if (prev2 !== undefined && i >= 2 && a === pc && input[i - 2] === c && a !== c) {
        const vt = prev2[i - 2]! + TRANSPOSITION;
        if (vt < v) v = vt;
      }
      row[i] = v;
      v0 = v;
      if (v < best) best = v;
    }
    if (band[node]! >= 0 && row[n]! <= budget) {
      let w = '';
      for (let k = 1; k <= d; k++) w += String.fromCharCode(path[k]!);
      const had = out.get(w);
      if (!had || had.cost > row[n]!) out.set(w, { cost: row[n]!, band: band[node]! });
    }
    if (best > budget || d >= maxDepth) return;
    for (let child = first[node]!; child !== 0; child = next[child]!) visit(child, d + 1);
  };
  for (let child = first[0]!; child !== 0; child = next[child]!) visit(child, 1);
}
