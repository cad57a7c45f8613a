// Bundled for Chromium by browser.test.ts: the public API, run in a real page.
import { sampleDossier } from '@govforms/core';
import { buildBudgetWorkbook, buildProjectsSummaryWorkbook, readBudgetWorkbook } from '@govforms/xlsx';

async function run() {
  const d = sampleDossier();
  const bytes = await buildBudgetWorkbook(d);
  const back = await readBudgetWorkbook(bytes);
  let badFile = '';
  await readBudgetWorkbook(new TextEncoder().encode('不是工作簿')).catch((e: Error) => { badFile = e.message; });
  let badCell = '';
  const edited = structuredClone(d);
  (edited.budget as { items: { amount: unknown }[] }).items[0]!.amount = -1;
  await buildBudgetWorkbook(edited).catch((e: Error) => { badCell = e.message; });
  const summary = await buildProjectsSummaryWorkbook([d, d], { today: '2026-11-25' });
  return {
    summaryZipMagic: summary instanceof Uint8Array ? String.fromCharCode(summary[0] ?? 0, summary[1] ?? 0) : '',
    isUint8Array: bytes instanceof Uint8Array && bytes.constructor === Uint8Array,
    zipMagic: String.fromCharCode(bytes[0] ?? 0, bytes[1] ?? 0),
    same: JSON.stringify(back) === JSON.stringify(d.budget),
    badFile,
    badCell,
    hasNodeBuffer: typeof (globalThis as { Buffer?: unknown }).Buffer !== 'undefined',
  };
}

(globalThis as { runXlsx?: typeof run }).runXlsx = run;
