/** Messages between the main thread and `worker.ts`. Kept tiny: only strings and plain objects cross. */
import type { BatchDefaults, BatchOutput, JobOutput } from './jobs';

export type WorkerTask =
  | { seq: number; op: 'line'; line: string; lineNo: number; where: string }
  | { seq: number; op: 'file'; path: string }
  | { seq: number; op: 'text'; text: string; label: string }
  | { seq: number; op: 'item'; item: unknown; index: number };

export type WorkerReply =
  | { seq: number; op: 'line' | 'file' | 'text'; out: JobOutput }
  | { seq: number; op: 'item'; out: BatchOutput };

/** What a worker starts with (`workerData`). */
export interface WorkerInit {
  defaults: BatchDefaults;
}
