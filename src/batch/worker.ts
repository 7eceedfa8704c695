/**
 * The worker thread behind `vn-extract --jobs N` and `extractMany({ concurrency })`: runs one unit of
 * work per message and replies with its output, tagged with the same `seq`.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { runFile, runItem, runJsonlLine, runText } from './jobs';
import type { WorkerInit, WorkerReply, WorkerTask } from './protocol';

function run(task: WorkerTask, init: WorkerInit): WorkerReply {
  switch (task.op) {
    case 'line':
      return { seq: task.seq, op: task.op, out: runJsonlLine(task.line, task.lineNo, init.defaults, task.where) };
    case 'file':
      return { seq: task.seq, op: task.op, out: runFile(task.path, init.defaults) };
    case 'text':
      return { seq: task.seq, op: task.op, out: runText(task.text, task.label, init.defaults) };
    case 'item':
      return { seq: task.seq, op: task.op, out: runItem(task.item, task.index, init.defaults) };
  }
}

if (parentPort) {
  const port = parentPort;
  const init = (workerData ?? { defaults: {} }) as WorkerInit;
  port.on('message', (task: WorkerTask) => port.postMessage(run(task, init)));
}
