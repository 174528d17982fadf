/**
 * A worker thread of the service: runs the text tasks (`tasks.ts`) it is sent and answers with
 * the result already serialized to JSON, so the main thread only copies a string.
 *
 * @module
 */
import { parentPort } from 'node:worker_threads';
import { runTask } from './tasks.js';

interface Job {
  readonly id: number;
  readonly task: string;
  readonly body: Record<string, unknown> & { text: string };
}

parentPort?.postMessage({ ready: true });
parentPort?.on('message', (job: Job) => {
  try {
    const json = JSON.stringify(runTask(job.task, job.body));
    parentPort!.postMessage({ id: job.id, ok: true, json });
  } catch (error) {
    const e = error as Error;
    parentPort!.postMessage({ id: job.id, ok: false, name: e?.name ?? 'Error', message: e?.message ?? String(error) });
  }
});
