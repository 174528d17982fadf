/**
 * Entity finding as a document grows: `findEntities` and `analyzeDocument` on 100 KB and on
 * 800 KB of one name repeated (the worst case for resolving overlaps: every word a candidate).
 * The MB/s of the two sizes should match (linear time: ~8× the time for 8× the text).
 *
 * @module
 */
import { analyzeDocument } from '../../src/analyze/index.js';
import { findEntities } from '../../src/entities/index.js';
import type { BenchStage } from '../lib.js';

/** `size` bytes (UTF-8) of one person's name with a verb, repeated. */
function repeated(size: number): string {
  const unit = 'ڤلادیمیر پووتین گوتی، ';
  const bytes = new TextEncoder().encode(unit).length;
  return unit.repeat(Math.ceil(size / bytes));
}

const SMALL = repeated(100_000);
const LARGE = repeated(800_000);
const mb = (s: string) => new TextEncoder().encode(s).length / 1e6;

function stage(name: string, text: string, run: (text: string) => unknown): BenchStage {
  return {
    name,
    runs: 3,
    run() {
      run(text);
      return mb(text);
    },
  };
}

export const entityStages: BenchStage[] = [
  stage('findEntities() one name repeated, 100 KB', SMALL, (t) => findEntities(t)),
  stage('findEntities() one name repeated, 800 KB', LARGE, (t) => findEntities(t)),
  stage('analyzeDocument() one name repeated, 100 KB', SMALL, (t) => analyzeDocument(t, { reference: '2026-01-01' })),
  stage('analyzeDocument() one name repeated, 800 KB', LARGE, (t) => analyzeDocument(t, { reference: '2026-01-01' })),
];
