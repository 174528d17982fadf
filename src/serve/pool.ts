/**
 * A fixed pool of worker threads for the service's CPU-heavy work, so that one big document does
 * not stall the event loop (and `/healthz`). A task that runs past its deadline has its worker
 * terminated and replaced; a task that waited in the queue past its deadline is dropped.
 *
 * @module
 */
import { Worker } from 'node:worker_threads';
import { runTask } from './tasks.js';

/** The task did not finish in time (the service answers 503). */
export class TimeoutError extends Error {
  override name = 'TimeoutError';
}

/** Too many tasks are waiting (the service answers 503). */
export class BusyError extends Error {
  override name = 'BusyError';
}

/** The task threw: `name` is the error's class (`RangeError` for a bad option). */
export class TaskError extends Error {
  constructor(
    override readonly name: string,
    message: string,
  ) {
    super(message);
  }
}

interface Job {
  readonly id: number;
  readonly task: string;
  readonly body: Record<string, unknown>;
  readonly resolve: (json: string) => void;
  readonly reject: (error: Error) => void;
  readonly timer: ReturnType<typeof setTimeout>;
  slot?: Slot;
}

interface Slot {
  worker: Worker;
  job?: Job;
  /** The worker has loaded zman and said so. */
  ready: boolean;
}

type Reply = { id: number; ok: true; json: string } | { id: number; ok: false; name: string; message: string } | { ready: true; id?: undefined };

const FROM_SOURCE = import.meta.url.endsWith('.ts');
const WORKER_URL = new URL(FROM_SOURCE ? './worker.ts' : './worker.js', import.meta.url);

/** A worker thread running `worker.js`; from source (tests under tsx) it first registers tsx. */
function newWorker(workerData: unknown): Worker {
  if (!FROM_SOURCE) return new Worker(WORKER_URL, { workerData });
  const tsx = import.meta.resolve('tsx/esm/api');
  const code = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(WORKER_URL.href)}); });`;
  return new Worker(code, { eval: true, workerData });
}

export interface PoolOptions {
  /** Worker threads (0: run tasks in the calling thread, without timeouts). */
  readonly size: number;
  /** Tasks that may wait for a worker before new ones are refused with {@link BusyError}. */
  readonly maxQueue: number;
  /** A search index location each worker opens read-only, for the `search`, `facets` and `document` tasks. */
  readonly index?: string;
}

export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private nextId = 1;
  private closed = false;
  /** How many workers were replaced after a timeout or a crash. */
  replaced = 0;

  constructor(private readonly options: PoolOptions) {
    for (let i = 0; i < options.size; i++) this.slots.push(this.spawn());
  }

  private spawn(): Slot {
    const slot: Slot = { worker: newWorker({ index: this.options.index }), ready: false };
    slot.worker.unref();
    slot.worker.on('message', (reply: Reply) => {
      if ('ready' in reply) {
        slot.ready = true;
        return;
      }
      const job = slot.job;
      if (!job || job.id !== reply.id) return;
      clearTimeout(job.timer);
      slot.job = undefined;
      if (reply.ok) job.resolve(reply.json);
      else job.reject(new TaskError(reply.name, reply.message));
      this.pump();
    });
    slot.worker.on('error', (error) => this.lost(slot, error));
    slot.worker.on('exit', () => this.lost(slot, new Error('worker exited')));
    return slot;
  }

  /** A worker died (not by our hand): fail its job and put a new worker in its place. */
  private lost(slot: Slot, error: Error): void {
    const i = this.slots.indexOf(slot);
    if (i < 0) return;
    const job = slot.job;
    slot.job = undefined;
    if (job) {
      clearTimeout(job.timer);
      job.reject(new TaskError('Error', `the worker failed: ${error.message}`));
    }
    if (this.closed) return;
    this.replaced++;
    this.slots[i] = this.spawn();
    this.pump();
  }

  private pump(): void {
    for (const slot of this.slots) {
      if (slot.job) continue;
      const job = this.queue.shift();
      if (!job) return;
      slot.job = job;
      job.slot = slot;
      slot.worker.postMessage({ id: job.id, task: job.task, body: job.body });
    }
  }

  /** Runs a task; resolves to its result as JSON text. */
  run(task: string, body: Record<string, unknown>, timeoutMs: number): Promise<string> {
    if (this.closed) return Promise.reject(new BusyError('the service is shutting down'));
    if (this.options.size === 0) {
      try {
        return Promise.resolve(JSON.stringify(runTask(task, body as Record<string, unknown> & { text: string })));
      } catch (error) {
        const e = error as Error;
        return Promise.reject(new TaskError(e.name, e.message));
      }
    }
    if (this.queue.length >= this.options.maxQueue && this.slots.every((s) => s.job)) {
      return Promise.reject(new BusyError(`the service is busy (${this.queue.length} requests waiting); try again shortly`));
    }
    return new Promise<string>((resolve, reject) => {
      const job: Job = {
        id: this.nextId++,
        task,
        body,
        resolve,
        reject,
        timer: setTimeout(() => this.expire(job, timeoutMs), timeoutMs),
      };
      this.queue.push(job);
      this.pump();
    });
  }

  private expire(job: Job, timeoutMs: number): void {
    const error = new TimeoutError(`the request took longer than ${timeoutMs} ms and was stopped`);
    const q = this.queue.indexOf(job);
    if (q >= 0) {
      this.queue.splice(q, 1);
      job.reject(error);
      return;
    }
    const slot = job.slot;
    if (!slot || slot.job !== job) return;
    // the worker is busy with this job: stop it and start a fresh one in its place
    slot.job = undefined;
    const i = this.slots.indexOf(slot);
    if (i >= 0) {
      this.slots[i] = this.spawn();
      this.replaced++;
    }
    void slot.worker.terminate();
    job.reject(error);
    this.pump();
  }

  /** Workers, busy workers and waiting tasks. */
  stats(): { workers: number; ready: number; busy: number; queued: number; replaced: number } {
    return {
      workers: this.slots.length,
      ready: this.slots.filter((s) => s.ready).length,
      busy: this.slots.filter((s) => s.job).length,
      queued: this.queue.length,
      replaced: this.replaced,
    };
  }

  /** Stops every worker; waiting and running tasks are refused. */
  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) {
      clearTimeout(job.timer);
      job.reject(new BusyError('the service is shutting down'));
    }
    const slots = this.slots.splice(0);
    for (const s of slots) {
      if (s.job) {
        clearTimeout(s.job.timer);
        s.job.reject(new BusyError('the service is shutting down'));
      }
    }
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }
}
