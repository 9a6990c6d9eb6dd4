import { createWorkerHost } from './host';
import type { WorkerRequest, WorkerResponse } from './protocol';

// The search engine off the main thread: the index builds and queries run here, so typing
// never waits for them. See client.ts for the other side. (`self` is typed as a
// window here, whose postMessage(message, { transfer }) has the same shape as a worker's.)
const host = createWorkerHost((message, transfer = []) => self.postMessage(message, { transfer }));
self.onmessage = (event: MessageEvent<WorkerRequest>) => host.receive(event.data);
self.postMessage({ type: 'listening' } satisfies WorkerResponse);
