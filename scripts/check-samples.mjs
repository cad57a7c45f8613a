// `npm start` (until the playground exists): checks the sample dossier assembled from every
// form's sample.json with the CLI, as an applicant would run it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sampleDossier } from '@govforms/core';

const file = join(mkdtempSync(join(tmpdir(), 'govforms-sample-')), 'sample-dossier.json');
writeFileSync(file, JSON.stringify(sampleDossier(), null, 2));
console.log(`样例材料（由 forms/*/sample.json 组成）：${file}\n`);
const cli = new URL('../packages/cli/bin/govforms.js', import.meta.url).pathname;
const { status } = spawnSync(process.execPath, [cli, 'check', file, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exitCode = status ?? 1;
