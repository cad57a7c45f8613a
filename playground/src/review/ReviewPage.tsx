/**
 * `#/review`: a year's dossiers side by side for reviewers (市财政局, 市数据局): open many
 * dossier files, sort the projects, open one read only, export the projects summary workbook
 * and each project's review opinion. Everything happens in this tab; nothing is uploaded, and
 * the dossiers live in memory only.
 */
import { SOURCE_LOCALE, todayInChina, type Locale } from '@govforms/core';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { PageHeader } from '../PageHeader.js';
import { download, DOCX_TYPE, XLSX_TYPE } from '../download.js';
import { isMissingGenerator, projectsSummaryWorkbook, wordDocument } from '../generators.js';
import { messagesFor } from '../messages.js';
import { FilePicker } from './FilePicker.js';
import { ProjectDetail } from './ProjectDetail.js';
import { factsOf, projectRows, selectionTotals, sortRows, type ProjectRow, type Sort, type SortKey } from './project-rows.js';
import { ProjectTable } from './ProjectTable.js';
import { readPickedFiles, reasonIn, type FilesRead, type PickedFile } from './read-files.js';
import { SkippedList } from './SkippedList.js';

type Status = { kind: 'busy' | 'done' | 'error'; text: string } | null;

/** The project of `#/review/<序号>`, if any. */
const openFromHash = () => {
  const m = /^#\/review\/(\d+)$/.exec(location.hash);
  return m ? Number(m[1]) : undefined;
};

/** The dossiers read in this tab: still there after a visit to the forms and back (never stored anywhere). */
let kept: FilesRead = { loaded: [], skipped: [] };

/** A file name from a project's name: no path separators or characters Windows refuses. */
const fileSafe = (name: string) => name.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_').slice(0, 80);

export default function ReviewPage() {
  const [locale, setLocale] = useState<Locale>(SOURCE_LOCALE);
  const [files, setFiles] = useState<FilesRead>(kept);
  const [reading, setReading] = useState<number | null>(null);
  const [sort, setSort] = useState<Sort>({ key: 'index', direction: 'ascending' });
  const [open, setOpen] = useState(openFromHash);
  const [status, setStatus] = useState<Status>(null);
  const openedHere = useRef(false);
  const lastOpened = useRef<number | undefined>(undefined);
  const today = useMemo(() => todayInChina(), []);
  const t = messagesFor(locale);
  const w = t.review;

  useEffect(() => {
    const onHash = () => setOpen(openFromHash());
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);
  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = w.pageTitle();
  }, [locale, w]);

  useEffect(() => { kept = files; }, [files]);
  const rows = useMemo(() => {
    const r = projectRows(files.loaded, { today, locale });
    performance.mark('govforms:review:rows');
    return r;
  }, [files.loaded, today, locale]);
  const sorted = useMemo(() => sortRows(rows, sort), [rows, sort]);
  const totals = useMemo(() => {
    try {
      return selectionTotals(rows);
    } catch {
      return undefined;
    }
  }, [rows]);
  const current = open === undefined ? undefined : rows.find((r) => r.index === open);

  // Back to the table: the browser's back when the project was opened from it, and focus on its row again.
  const back = useCallback(() => {
    if (openedHere.current) {
      openedHere.current = false;
      history.back();
    } else {
      location.hash = '#/review';
    }
  }, []);
  useEffect(() => {
    if (current || lastOpened.current === undefined) return;
    document.querySelector<HTMLElement>(`[data-open="${lastOpened.current}"]`)?.focus();
  }, [current]);

  const addFiles = async (picked: PickedFile[]) => {
    setReading(picked.length);
    try {
      // The table's facts (checks, timeline) are worked out file by file while the rest are still being read.
      const read = await readPickedFiles(picked, files.loaded, locale, (l) => factsOf(l, { today, locale }));
      performance.mark('govforms:review:files-read');
      setFiles((f) => ({ loaded: [...f.loaded, ...read.loaded], skipped: [...f.skipped, ...read.skipped] }));
    } finally {
      setReading(null);
    }
  };
  const run = async (file: string, make: () => Promise<Uint8Array>, type: string) => {
    setStatus({ kind: 'busy', text: w.exports.generating() });
    try {
      download(await make(), file, type);
      setStatus({ kind: 'done', text: w.exports.generated({ file }) });
    } catch (e) {
      const why = isMissingGenerator(e) ? t.exports.generatorMissing() : e instanceof Error ? e.message : String(e);
      setStatus({ kind: 'error', text: w.exports.failed({ why }) });
    }
  };
  const exportWorkbook = () => run(w.exports.workbookFile(),
    () => projectsSummaryWorkbook(rows, { today, locale, skipped: files.skipped.map((s) => ({ file: s.file, reason: reasonIn(s, locale) })) }), XLSX_TYPE);
  const exportOpinion = (row: ProjectRow) => run(w.exports.opinionFile({ name: fileSafe(row.summary.projectName ?? String(row.index)) }),
    async () => (await wordDocument('review-opinion', row.dossier, { today })).bytes, DOCX_TYPE);
  const onSort = (key: SortKey) => setSort((s) => ({
    key, direction: s.key === key ? (s.direction === 'ascending' ? 'descending' : 'ascending') : key === 'index' ? 'ascending' : 'descending',
  }));

  return (
    <div className="pg-app pg-review">
      <PageHeader t={t} locale={locale} onLocale={setLocale} linksLabel={w.title()} links={<a href="#/">{w.back()}</a>} />
      <main className="pg-main">
        {current ? (
          <ProjectDetail row={current} today={today} locale={locale} t={t} onBack={back} onOpinion={exportOpinion} />
        ) : (
          <>
            <div className="pg-main-head">
              <h1>{w.title()}</h1>
              {rows.length ? <button type="button" className="pg-button" data-export="projects-xlsx" onClick={exportWorkbook}>{w.exports.workbook()}</button> : null}
            </div>
            <p>{w.intro()}</p>
            <p className="pg-review-privacy">{w.privacy()}</p>
            <FilePicker t={t} onFiles={addFiles} onClear={rows.length || files.skipped.length ? () => setFiles({ loaded: [], skipped: [] }) : undefined} />
            <p className="pg-review-summary" role="status" aria-live="polite" data-review-summary="">
              {reading !== null ? w.files.reading({ count: reading })
                : rows.length || files.skipped.length ? w.files.summary({ loaded: rows.length, skipped: files.skipped.length }) : w.files.none()}
            </p>
            <SkippedList skipped={files.skipped} locale={locale} t={t} />
            {rows.length ? (
              <>
                <p className="pg-muted">{w.checkedOn({ today })} {w.table.sortHint()}</p>
                {totals ? null : <p className="pg-status--error">{w.table.totalTooLarge()}</p>}
                <ProjectTable rows={sorted} totals={totals} sort={sort} locale={locale} t={t} onSort={onSort}
                  onOpen={(r) => { openedHere.current = true; lastOpened.current = r.index; location.hash = `#/review/${r.index}`; }} />
              </>
            ) : null}
          </>
        )}
        <p className={`pg-status pg-status--${status?.kind ?? 'idle'}`} role="status" aria-live="polite">{status?.text ?? ''}</p>
      </main>
    </div>
  );
}
