import type { Dossier, Locale } from '@govforms/core';
import { useRef, useState } from 'react';
import { download, DOCX_TYPE, XLSX_TYPE } from './download.js';
import { budgetWorkbook, DOCUMENTS, isMissingGenerator, previewDocx, wordDocument, type DocumentId } from './generators.js';
import type { PlaygroundMessages } from './messages.js';

type Status = { kind: 'busy' | 'done' | 'error'; text: string } | null;

/** Buttons that generate the budget workbook and the Word documents in the browser, and a Word preview. */
export function ExportPanel({ dossier, locale, t }: { dossier: Dossier; locale: Locale; t: PlaygroundMessages }) {
  const [status, setStatus] = useState<Status>(null);
  const [previewing, setPreviewing] = useState<string | null>(null);
  const previewRef = useRef<HTMLDivElement>(null);
  const name = (d: (typeof DOCUMENTS)[number]) => (locale === 'en' ? d.en : d.zh);

  const run = async (done: string, make: () => Promise<Uint8Array>, after: (bytes: Uint8Array) => Promise<void> | void) => {
    setStatus({ kind: 'busy', text: t.generating });
    try {
      const bytes = await make();
      await after(bytes);
      setStatus({ kind: 'done', text: done });
    } catch (e) {
      const why = isMissingGenerator(e) ? t.generatorMissing : e instanceof Error ? e.message : String(e);
      setStatus({ kind: 'error', text: t.generateFailed(why) });
    }
  };
  const xlsxFile = locale === 'en' ? 'budget.xlsx' : '预算明细表.xlsx';
  return (
    <section className="pg-exports" aria-labelledby="pg-exports-title">
      <h2 id="pg-exports-title" className="pg-exports-title">{t.exports}</h2>
      <ul className="pg-export-list">
        <li>
          <span>{t.xlsx}</span>
          <button type="button" className="pg-button" data-export="budget-xlsx" aria-label={`${t.download} ${t.xlsx}`}
            onClick={() => run(t.generated(xlsxFile), () => budgetWorkbook(dossier), (b) => download(b, xlsxFile, XLSX_TYPE))}>{t.download}</button>
        </li>
        {DOCUMENTS.map((d) => {
          const file = `${name(d)}.docx`;
          const make = () => wordDocument(d.id as DocumentId, dossier);
          return (
            <li key={d.id}>
              <span>{name(d)}（Word）</span>
              <button type="button" className="pg-button" data-export={d.id} aria-label={`${t.download} ${name(d)}`}
                onClick={() => run(t.generated(file), make, (b) => download(b, file, DOCX_TYPE))}>{t.download}</button>
              <button type="button" className="pg-button" data-preview={d.id} aria-label={`${t.preview} ${name(d)}`}
                onClick={() => run(t.previewed(name(d)), make, async (b) => {
                  setPreviewing(name(d));
                  await new Promise(requestAnimationFrame);
                  if (previewRef.current) await previewDocx(b, previewRef.current);
                })}>{t.preview}</button>
            </li>
          );
        })}
      </ul>
      <p className={`pg-status pg-status--${status?.kind ?? 'idle'}`} role="status" aria-live="polite">{status?.text ?? ''}</p>
      <div className="pg-preview" hidden={!previewing}>
        <div className="pg-preview-head">
          <h2>{previewing ? t.previewTitle(previewing) : ''}</h2>
          <button type="button" className="pg-button" onClick={() => setPreviewing(null)}>{t.closePreview}</button>
        </div>
        <div ref={previewRef} className="pg-preview-body" />
      </div>
    </section>
  );
}
