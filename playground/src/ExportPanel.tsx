import type { Dossier, Locale } from '@govforms/core';
import { useEffect, useRef, useState, type RefObject } from 'react';
import { BudgetImport } from './BudgetImport.js';
import { download, DOCX_TYPE, XLSX_TYPE } from './download.js';
import { budgetWorkbook, isMissingGenerator, loadWordDocuments, previewDocx, wordDocument, type Generated, type WordDocument } from './generators.js';
import type { PlaygroundMessages } from './messages.js';

type Status = { kind: 'busy' | 'done' | 'draft' | 'error'; text: string } | null;
type WordDocuments = { state: 'waiting' } | { state: 'ready'; titled(locale: Locale): WordDocument[] } | { state: 'failed'; error: unknown };

/**
 * The Word documents docx registers, read when the panel comes near the screen: the docx
 * chunk is then on its way before a button is pressed, yet never part of the first download.
 */
function useWordDocuments(panel: RefObject<HTMLElement | null>): WordDocuments {
  const [documents, setDocuments] = useState<WordDocuments>({ state: 'waiting' });
  useEffect(() => {
    const el = panel.current;
    if (!el) return;
    let live = true;
    const observer = new IntersectionObserver((entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      observer.disconnect();
      loadWordDocuments().then(
        (titled) => { if (live) setDocuments({ state: 'ready', titled }); },
        (error: unknown) => { if (live) setDocuments({ state: 'failed', error }); },
      );
    }, { rootMargin: '0px 0px 200px 0px' });
    observer.observe(el);
    return () => { live = false; observer.disconnect(); };
  }, [panel]);
  return documents;
}

export interface ExportPanelProps {
  dossier: Dossier;
  locale: Locale;
  t: PlaygroundMessages;
  /** An edited budget workbook was imported and its changes accepted: the budget to put in the dossier. */
  onBudgetImport(budget: object, file: string): void;
}

/**
 * Buttons that generate the budget workbook and the Word documents in the browser, a Word
 * preview, and beside the workbook's download its import back.
 */
export function ExportPanel({ dossier, locale, t, onBudgetImport }: ExportPanelProps) {
  const m = t.exports;
  const [status, setStatus] = useState<Status>(null);
  const [previewing, setPreviewing] = useState<string | null>(null);
  const panelRef = useRef<HTMLElement>(null);
  const previewRef = useRef<HTMLDivElement>(null);
  const documents = useWordDocuments(panelRef);
  const titled = documents.state === 'ready' ? documents.titled(locale) : [];
  const previewTitle = titled.find((d) => d.id === previewing)?.title;
  const failure = (e: unknown) => (isMissingGenerator(e) ? m.generatorMissing() : e instanceof Error ? e.message : String(e));

  /** `done(gaps)`: what to say after; gaps > 0 when the file was made as a draft. */
  const run = async (done: (gaps: number) => string, make: () => Promise<Generated>, after: (bytes: Uint8Array) => Promise<void> | void) => {
    setStatus({ kind: 'busy', text: m.generating() });
    try {
      const { bytes, gaps } = await make();
      await after(bytes);
      setStatus({ kind: gaps > 0 ? 'draft' : 'done', text: done(gaps) });
    } catch (e) {
      setStatus({ kind: 'error', text: m.failed({ why: failure(e) }) });
    }
  };
  const xlsxFile = m.budgetFile();
  const saved = (file: string) => (gaps: number) => (gaps ? m.generatedDraft({ file, gaps }) : m.generated({ file }));
  return (
    <section ref={panelRef} className="pg-exports" aria-labelledby="pg-exports-title">
      <h2 id="pg-exports-title" className="pg-exports-title">{m.title()}</h2>
      <ul className="pg-export-list" aria-busy={documents.state === 'waiting'}>
        <li>
          <span>{m.budgetWorkbook()}</span>
          <button type="button" className="pg-button" data-export="budget-xlsx" aria-label={m.downloadNamed({ name: m.budgetWorkbook() })}
            onClick={() => run(saved(xlsxFile), () => budgetWorkbook(dossier), (b) => download(b, xlsxFile, XLSX_TYPE))}>{m.download()}</button>
          <BudgetImport budget={dossier.budget} locale={locale} t={t} onApply={onBudgetImport} />
        </li>
        {documents.state === 'ready' ? titled.map(({ id, title }) => {
          const file = m.wordFile({ title });
          const make = () => wordDocument(id, dossier);
          return (
            <li key={id}>
              <span>{m.wordDocument({ title })}</span>
              <button type="button" className="pg-button" data-export={id} aria-label={m.downloadNamed({ name: title })}
                onClick={() => run(saved(file), make, (b) => download(b, file, DOCX_TYPE))}>{m.download()}</button>
              <button type="button" className="pg-button" data-preview={id} aria-label={m.previewNamed({ name: title })}
                onClick={() => run((gaps) => (gaps ? m.previewedDraft({ name: title, gaps }) : m.previewed({ name: title })), make, async (b) => {
                  setPreviewing(id);
                  await new Promise(requestAnimationFrame);
                  if (previewRef.current) await previewDocx(b, previewRef.current);
                })}>{m.preview()}</button>
            </li>
          );
        }) : (
          <li className={`pg-export-note pg-export-note--${documents.state}`}>
            {documents.state === 'failed' ? m.failed({ why: failure(documents.error) }) : m.loadingDocuments()}
          </li>
        )}
      </ul>
      <p className={`pg-status pg-status--${status?.kind ?? 'idle'}`} role="status" aria-live="polite">{status?.text ?? ''}</p>
      <div className="pg-preview" hidden={!previewing}>
        <div className="pg-preview-head">
          <h2>{previewTitle ? m.previewTitle({ name: previewTitle }) : ''}</h2>
          <button type="button" className="pg-button" onClick={() => setPreviewing(null)}>{m.closePreview()}</button>
        </div>
        <div ref={previewRef} className="pg-preview-body" />
      </div>
    </section>
  );
}
