// GovForms.exportBudgetXlsx takes a whole dossier or just the budget form's data.
import { sampleDossier } from '@govforms/core';
import { describe, expect, it } from 'vitest';
import { asDossier, createExportApi, type ExportModule } from './export-api.js';

describe('export API', () => {
  it('wraps the budget form’s data as a dossier, and passes a dossier through', () => {
    const d = sampleDossier();
    expect(asDossier(d.budget)).toEqual({ budget: d.budget });
    expect(asDossier(d)).toBe(d);
    expect(asDossier({ application: d.application })).toEqual({ application: d.application });
  });

  it('loads the generators only when first asked', async () => {
    let loads = 0;
    const calls: unknown[] = [];
    const module: ExportModule = {
      buildBudgetWorkbook: async (dossier) => { calls.push(dossier); return new Uint8Array([1]); },
      readBudgetWorkbook: async (bytes, opts) => { calls.push([bytes, opts]); return { items: [], dataResources: [] }; },
      renderDocument: async (id) => { calls.push(id); return new Uint8Array([2]); },
    };
    const api = createExportApi(async () => { loads++; return module; });
    expect(loads).toBe(0);
    expect(await api.exportBudgetXlsx({ items: [] })).toEqual(new Uint8Array([1]));
    expect(await api.renderDocument('application-form', {})).toEqual(new Uint8Array([2]));
    expect(await api.importBudgetXlsx(new Uint8Array([3]), { locale: 'en' })).toEqual({ items: [], dataResources: [] });
    expect(calls).toEqual([{ budget: { items: [] } }, 'application-form', [new Uint8Array([3]), { locale: 'en' }]]);
  });
});
