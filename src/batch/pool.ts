/**
 * A small pool of worker threads (node's own worker_threads, no dependency). Each task goes to the
 * worker with the fewest tasks in flight; replies are matched by `seq`. Callers keep their own
 * ordered window of promises, so the pool never buffers more than they submitted.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { WorkerInit, WorkerReply, WorkerTask } from './protocol';

type Pending = { resolve: (reply: WorkerReply) => void; reject: (err: Error) => void };
type Slot = { worker: Worker; inFlight: Map<number, Pending> };

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
  private seq = 0;
  private closed = false;

  constructor(
    private readonly size: number,
    private readonly init: WorkerInit,
    private readonly workerPath: string = defaultWorkerPath(),
  ) {}

  /** Workers start lazily, so a batch of one item costs one worker at most. */
  private pick(): Slot {
    let best: Slot | undefined;
    for (const s of this.slots) if (!best || s.inFlight.size < best.inFlight.size) best = s;
    if (best && (best.inFlight.size === 0 || this.slots.length >= this.size)) return best;
    return this.spawn();
  }

  private spawn(): Slot {
    const worker = new Worker(this.workerPath, { workerData: this.init });
    const slot: Slot = { worker, inFlight: new Map() };
    worker.on('message', (reply: WorkerReply) => {
      const p = slot.inFlight.get(reply.seq);
      if (!p) return;
      slot.inFlight.delete(reply.seq);
      p.resolve(reply);
    });
    const failAll = (err: Error) => {
      for (const p of slot.inFlight.values()) p.reject(err);
      slot.inFlight.clear();
      const i = this.slots.indexOf(slot);
      if (i >= 0) this.slots.splice(i, 1);
    };
    worker.on('error', (err) => failAll(err instanceof Error ? err : new Error(String(err))));
    worker.on('exit', (code) => {
      if (slot.inFlight.size > 0) failAll(new Error(`vn-extract: worker exited with code ${code}`));
    });
    this.slots.push(slot);
    return slot;
  }

  run(task: TaskBody): Promise<WorkerReply> {
    if (this.closed) return Promise.reject(new Error('vn-extract: worker pool is closed'));
    const slot = this.pick();
    const seq = ++this.seq;
    return new Promise<WorkerReply>((resolve, reject) => {
      slot.inFlight.set(seq, { resolve, reject });
      slot.worker.postMessage({ ...task, seq });
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    const slots = this.slots.splice(0);
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }
}
