/**
 * A worker thread of the service: runs the text tasks (`tasks.ts`) it is sent and answers with
 * the result already serialized to JSON, so the main thread only copies a string. When the
 * service has an index location, the worker opens the index (read-only) and runs the search
 * tasks too, so that searching never blocks the event loop.
 *
 * @module
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { SearchIndex } from '../search-index/index.js';
import { runTask } from './tasks.js';

interface Job {
  readonly id: number;
  readonly task: string;
  readonly body: Record<string, unknown> & { text: string };
}

const location = (workerData as { index?: string } | undefined)?.index;
let index: SearchIndex | undefined;
if (location) {
  const { openIndex } = await import('../search-index/index.js');
  index = await openIndex(location, { readOnly: true });
}

async function run(job: Job): Promise<unknown> {
  const b = job.body as Record<string, unknown>;
  switch (job.task) {
    case 'search':
      return index!.search(b.q as string, b.options as Record<string, unknown>);
    case 'facets':
      return index!.facets(b.q as string, b.options as Record<string, unknown>);
    case 'document':
      return (await index!.get(b.id as string)) ?? null;
    default:
      return runTask(job.task, job.body);
  }
}

parentPort?.postMessage({ ready: true });
parentPort?.on('message', (job: Job) => {
  run(job).then(
    (result) => parentPort!.postMessage({ id: job.id, ok: true, json: JSON.stringify(result) }),
    (error: unknown) => {
      const e = error as Error;
      parentPort!.postMessage({ id: job.id, ok: false, name: e?.name ?? 'Error', message: e?.message ?? String(error) });
    },
  );
});
