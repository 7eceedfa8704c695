/**
 * The worker thread behind `vn-extract --jobs N` and `extractMany({ concurrency })`: runs one batch
 * of work per message and replies with the outputs, in order, tagged with the same `seq`.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { runFile, runItem, runJsonlLine } from './jobs';
import type { WorkerInit, WorkerReply, WorkerTask } from './protocol';

function run(task: WorkerTask, init: WorkerInit): WorkerReply {
  switch (task.op) {
    case 'lines':
      return { seq: task.seq, op: task.op, outs: task.lines.map((line, i) => runJsonlLine(line, task.lineNos[i], init.defaults, task.where)) };
    case 'file':
      return { seq: task.seq, op: task.op, outs: [runFile(task.path, init.defaults)] };
    case 'items':
      return { seq: task.seq, op: task.op, outs: task.items.map((item, i) => runItem(item, task.firstIndex + i, init.defaults)) };
  }
}

if (parentPort) {
  const port = parentPort;
  const init = (workerData ?? { defaults: {} }) as WorkerInit;
  port.on('message', (task: WorkerTask) => port.postMessage(run(task, init)));
}
