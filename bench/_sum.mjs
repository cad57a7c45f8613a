import fs from 'node:fs';
import { sumBudgetFen, checkDossier, projectTimeline } from '../packages/core/dist/index.js';
const docs = fs.readdirSync('/tmp/sumdir').map(f => JSON.parse(fs.readFileSync('/tmp/sumdir/' + f, 'utf8')));
for (const r of [1,2,3]) {
  let t = performance.now(); for (const d of docs) sumBudgetFen(d.budget); const a = performance.now() - t;
  t = performance.now(); for (const d of docs) checkDossier(d, { today: '2026-11-25' }); const b = performance.now() - t;
  t = performance.now(); for (const d of docs) projectTimeline(d, { today: '2026-11-25' }); const c = performance.now() - t;
  console.log('sum', a.toFixed(0), 'check', b.toFixed(0), 'timeline', c.toFixed(0));
}
