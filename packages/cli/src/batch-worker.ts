// Worker thread of `govforms batch`: receives dossier files, answers with what it wrote.
import { parentPort, workerData } from 'node:worker_threads';
import { SOURCE_LOCALE, type Locale } from '@govforms/core';
import { runBatchJob, type BatchTask } from './batch-job.js';
import { setCliLocale } from './messages.js';

setCliLocale((workerData as { locale?: Locale } | undefined)?.locale ?? SOURCE_LOCALE);
parentPort?.on('message', async (task: BatchTask) => {
  parentPort!.postMessage(await runBatchJob(task));
});
