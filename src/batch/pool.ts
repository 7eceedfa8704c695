/**
 * A small pool of worker threads (node's own worker_threads, no dependency). Tasks wait in one
 * queue and go to whichever worker is free (at most two in flight per worker, so a worker never
 * waits for its next task), and replies are matched by `seq`. Callers keep their own ordered window
 * of promises, so the queue never holds more than they submitted.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { WorkerInit, WorkerReply, WorkerTask } from './protocol';

type Pending = { task: WorkerTask; resolve: (reply: WorkerReply) => void; reject: (err: Error) => void };
type Slot = { worker: Worker; inFlight: Map<number, Pending> };

/** Per worker: one task running and one waiting in its port, so it never idles between tasks. */
const PER_WORKER = 2;

/** Where the built worker lives: next to the bundle that imports this (dist/), else the repo's dist/. */
export function defaultWorkerPath(): string {
  const candidates = [join(__dirname, 'worker.cjs'), join(__dirname, '..', '..', 'dist', 'worker.cjs')];
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error(`vn-extract: worker file not found (looked for ${candidates.join(', ')}); build the package first`);
  return found;
}

type TaskBody = WorkerTask extends infer T ? (T extends WorkerTask ? Omit<T, 'seq'> : never) : never;

export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly waiting: Pending[] = [];
  private seq = 0;
  private closed = false;

  constructor(
    private readonly size: number,
    private readonly init: WorkerInit,
    private readonly workerPath: string = defaultWorkerPath(),
  ) {}

  run(task: TaskBody): Promise<WorkerReply> {
    if (this.closed) return Promise.reject(new Error('vn-extract: worker pool is closed'));
    return new Promise<WorkerReply>((resolve, reject) => {
      this.waiting.push({ task: { ...task, seq: ++this.seq } as WorkerTask, resolve, reject });
      this.dispatch();
    });
  }

  /** Hands waiting tasks to free workers; workers start lazily, so one task costs one worker. */
  private dispatch(): void {
    while (this.waiting.length > 0) {
      let slot: Slot | undefined;
      for (const s of this.slots) if (s.inFlight.size < PER_WORKER && (!slot || s.inFlight.size < slot.inFlight.size)) slot = s;
      if (!slot || (slot.inFlight.size > 0 && this.slots.length < this.size)) slot = this.slots.length < this.size ? this.spawn() : slot;
      if (!slot) return;
      const p = this.waiting.shift()!;
      slot.inFlight.set(p.task.seq, p);
      try {
        slot.worker.postMessage(p.task);
      } catch (err) {
        slot.inFlight.delete(p.task.seq);
        p.reject(err instanceof Error ? err : new Error(String(err))); // e.g. an item that cannot be cloned
      }
    }
  }

  private spawn(): Slot {
    const worker = new Worker(this.workerPath, { workerData: this.init });
    const slot: Slot = { worker, inFlight: new Map() };
    worker.on('message', (reply: WorkerReply) => {
      const p = slot.inFlight.get(reply.seq);
      if (!p) return;
      slot.inFlight.delete(reply.seq);
      p.resolve(reply);
      this.dispatch();
    });
    const failAll = (err: Error) => {
      const i = this.slots.indexOf(slot);
      if (i >= 0) this.slots.splice(i, 1);
      for (const p of slot.inFlight.values()) p.reject(err);
      slot.inFlight.clear();
      if (!this.closed) for (const p of this.waiting.splice(0)) p.reject(err); // a worker that dies is a bug: stop
    };
    worker.on('error', (err) => failAll(err instanceof Error ? err : new Error(String(err))));
    worker.on('exit', (code) => {
      if (slot.inFlight.size > 0) failAll(new Error(`vn-extract: worker exited with code ${code}`));
    });
    this.slots.push(slot);
    return slot;
  }

  async close(): Promise<void> {
    this.closed = true;
    const err = new Error('vn-extract: worker pool is closed');
    for (const p of this.waiting.splice(0)) p.reject(err);
    const slots = this.slots.splice(0);
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }
}
