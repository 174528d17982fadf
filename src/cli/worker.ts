/**
 * A worker thread of `--jobs N`: rebuilds the command's line handler from its module and
 * option values, then turns each batch of whole lines into the text the command writes.
 *
 * @module
 */
import { parentPort, workerData } from 'node:worker_threads';
import { run, type Place } from './io.js';

const data = workerData as { module: string; factory: string; values: Record<string, unknown>; command: string };
run.command = data.command;
const mod = (await import(data.module)) as Record<string, (values: Record<string, unknown>) => (piece: string, at: Place) => string>;
const handler = mod[data.factory]!(data.values);

parentPort!.on('message', ({ id, batch }: { id: number; batch: [string, Place][] }) => {
  let out = '';
  for (const [piece, at] of batch) out += handler(piece, at);
  parentPort!.postMessage({ id, out, failed: run.failed });
});
