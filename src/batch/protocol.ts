/**
 * Messages between the main thread and `worker.ts`. Work goes in batches (many JSONL lines or
 * items per message): one message per short text would wake the main thread thousands of times a
 * second, and on a machine with as many workers as cores every wake-up preempts a worker.
 */
import type { BatchDefaults, BatchOutput, JobOutput } from './jobs';

export type WorkerTask =
  | { seq: number; op: 'lines'; lines: string[]; lineNos: number[]; where: string }
  | { seq: number; op: 'file'; path: string }
  | { seq: number; op: 'items'; items: unknown[]; firstIndex: number };

export type WorkerReply =
  | { seq: number; op: 'lines' | 'file'; outs: JobOutput[] }
  | { seq: number; op: 'items'; outs: BatchOutput[] };

/** What a worker starts with (`workerData`). */
export interface WorkerInit {
  defaults: BatchDefaults;
}
