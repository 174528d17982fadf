import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { zman } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'zman-cli-search-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const docs = join(dir, 'docs');
mkdirSync(docs);
writeFileSync(join(docs, 'erbil.txt'), 'لە هەولێر، پایتەختی هەرێمی کوردستان، باران باری. خەڵکی شارەکە دڵخۆشن.');
writeFileSync(join(docs, 'drink.txt'), 'خواردنەوەی ئاو باشە.');
const ndjson = join(dir, 'news.ndjson');
writeFileSync(
  ndjson,
  [
    JSON.stringify({ id: 'geneva', text: 'جۆ بایدن و ڤلادیمیر پوتین لەسەر ئۆکراینا قسەیان کرد.', date: '2021-12-30', source: 'rudaw' }),
    '{"id": "broken", "text": ',
    JSON.stringify({ id: 'kyiv', text: 'سوپای ڕووسیا لە سنووری ئۆکراینا کۆبووەتەوە.', date: '2022-01-15' }),
    JSON.stringify({ title: 'no id' }),
  ].join('\n'),
);
const db = join(dir, 'news.db');

describe('zman index', () => {
  it('indexes a directory of text files and NDJSON, reporting bad lines with their numbers', () => {
    const a = zman(['index', '--json', db, docs]);
    assert.equal(a.status, 0, a.stderr);
    assert.deepEqual({ ...JSON.parse(a.stdout), seconds: 0 }, { index: db, added: 2, failed: 0, seconds: 0 });
    const b = zman(['index', '--analyze', db, ndjson]);
    assert.equal(b.status, 1);
    assert.match(b.stderr, /news\.ndjson:2: malformed JSON/);
    assert.match(b.stderr, /news\.ndjson:4: missing "id"/);
    assert.doesNotMatch(b.stderr, /\n\s+at /);
  });
  it('takes one document a line with --lines, and standard input', () => {
    const lines = join(dir, 'lines.txt');
    writeFileSync(lines, 'یەکەم دێڕ\n\nسێیەم دێڕی سلێمانی\n');
    assert.equal(zman(['index', '--lines', db, lines]).status, 0);
    const r = JSON.parse(zman(['search', '--json', db, 'سلێمانی']).stdout);
    assert.deepEqual(r.hits.map((h: { id: string }) => h.id), [`${lines}:3`]);
    assert.equal(zman(['index', db], JSON.stringify({ id: 'stdin-doc', text: 'کەرکووک شارێکی کۆنە' })).status, 0);
    assert.equal(JSON.parse(zman(['search', '--json', db, 'kerkûk']).stdout).hits[0].id, 'stdin-doc');
  });
  it('says what is wrong with an unreachable database or a file that is not an index', () => {
    const bad = join(dir, 'bad.db');
    writeFileSync(bad, 'not a database '.repeat(300));
    const r = zman(['index', bad, docs]);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /not a readable zman index/);
    assert.doesNotMatch(r.stderr, /\n\s+at /);
    const p = zman(['index', 'postgres://zman:secret@127.0.0.1:1/none', docs]);
    assert.equal(p.status, 1);
    assert.match(p.stderr, /cannot reach PostgreSQL/);
    assert.doesNotMatch(p.stderr, /secret/);
    assert.equal(zman(['index']).status, 2);
  });
});

describe('zman search', () => {
  it('finds Arabic-script documents with a Latin query, as one JSON object', () => {
    const r = zman(['search', '--json', db, 'kurdistan']);
    assert.equal(r.status, 0, r.stderr);
    const out = JSON.parse(r.stdout);
    assert.equal(out.total, 1);
    assert.equal(out.hits[0].id, join(docs, 'erbil.txt'));
    assert.equal(out.hits[0].snippet.text, 'لە هەولێر، پایتەختی هەرێمی کوردستان، باران باری.');
  });
  it('prints readable hits with the snippet', () => {
    const r = zman(['search', db, 'ئۆکراینا', 'پوتین']);
    assert.equal(r.status, 0);
    assert.match(r.stdout, /^2 hits\n1\. geneva {2}2021-12-30/);
    assert.match(r.stdout, /ڤلادیمیر پوتین لەسەر ئۆکراینا/);
  });
  it('reads one query a line from stdin and writes one JSON line per query', () => {
    const r = zman(['search', db], 'ئۆکراینا\n\n"پوتین لەسەر\nhewlêr\n');
    assert.equal(r.status, 0, r.stderr);
    const rows = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    assert.deepEqual(rows.map((x) => [x.line, x.total]), [[1, 2], [3, 1], [4, 1]]);
    assert.ok(rows.every((x) => x.hits.every((h: { id: string }) => typeof h.id === 'string')));
  });
  it('filters and counts facets', () => {
    const r = JSON.parse(zman(['search', '--json', '--facets', '--from', '2022-01', db, 'ئۆکراینا']).stdout);
    assert.deepEqual(r.hits.map((h: { id: string }) => h.id), ['kyiv']);
    assert.deepEqual(r.facets.months, [{ month: '2022-01', count: 1 }]);
    const m = JSON.parse(zman(['search', '--json', '--filter', 'source=rudaw', db, 'ئۆکراینا']).stdout);
    assert.deepEqual(m.hits.map((h: { id: string }) => h.id), ['geneva']);
  });
  it('rejects bad usage with exit code 2 and a missing index with exit code 1', () => {
    assert.equal(zman(['search', '--limit', 'x', db, 'a']).status, 2);
    assert.equal(zman(['search', '--filter', 'novalue', db, 'a']).status, 2);
    const r = zman(['search', join(dir, 'missing.db'), 'a']);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /cannot open the index/);
  });
});
