// One cold call in a fresh process: import, compile the validators, validate and check the sample.
const t0 = performance.now();
const core = await import('@govforms/core');
const t1 = performance.now();
const d = core.sampleDossier();
for (const f of core.listForms()) core.validateForm(f.id, d[f.dossierKey]);
core.checkDossier(d, { today: '2026-11-25' });
const t2 = performance.now();
console.log(JSON.stringify({ importMs: t1 - t0, firstCallMs: t2 - t1 }));
