import {
  checkDossier, findForm, findFormForDossierKey, formTitle, getForm, listForms, sampleDossier, SOURCE_LOCALE, validateForm, words,
  type Dossier, type DossierKey, type Locale,
} from '@govforms/core';
import { GovForm, sectionOf, type GovFormHandle } from '@govforms/react';
import { useEffect, useRef, useState } from 'react';
import { DataTools } from './DataTools.js';
import { applyImport, readImport, type ImportResult } from './dossier-io.js';
import { download } from './download.js';
import { ExportPanel } from './ExportPanel.js';
import { FormNav, type FormStatus } from './FormNav.js';
import { PageHeader } from './PageHeader.js';
import { messagesFor } from './messages.js';
import { loadDossier, saveDossier } from './storage.js';

/** How long a done-notice (and its 撤销) stays when nothing else dismisses it. */
const NOTICE_SECONDS = 20;

type Notice = { kind: 'ok' | 'error'; text: string; undo?: Dossier; action?: { label: string; run(): void } } | null;

function formStatuses(dossier: Dossier, locale: Locale): FormStatus[] {
  const findings = checkDossier(dossier, { locale });
  return listForms().map((f) => ({
    form: f,
    issues: validateForm(f.id, dossier[f.dossierKey] ?? {}, { locale }).errors.length,
    findings: findings.filter((x) => sectionOf(x.path) === f.dossierKey && x.severity !== 'info').length,
  }));
}

/** The form of the route `#/<form-id>`; the first form for any other address. */
const formFromHash = () => {
  const id = decodeURIComponent(location.hash.replace(/^#\/?/, ''));
  return findForm(id) ? id : listForms()[0]!.id;
};

/** What an import brought in, in words: the forms' titles ("项目申报表、预算明细"). */
function importedWhat(result: Extract<ImportResult, { ok: true }>, locale: Locale): string {
  const keys = result.kind === 'dossier' ? Object.keys(result.sections) : [result.key];
  return keys.map((k) => {
    const form = findFormForDossierKey(k);
    return form ? formTitle(form, locale) : k;
  }).join(words(locale).listSeparator());
}

export function App() {
  const [locale, setLocale] = useState<Locale>(SOURCE_LOCALE);
  const [dossier, setDossier] = useState<Dossier>(loadDossier);
  const [formId, setFormId] = useState(formFromHash);
  const [notice, setNotice] = useState<Notice>(null);
  const [pendingFocus, setPendingFocus] = useState<string | null>(null);
  const formRef = useRef<GovFormHandle>(null);
  const t = messagesFor(locale);
  const form = findForm(formId)!;
  const key: DossierKey = form.dossierKey;
  const title = formTitle(form, locale);

  useEffect(() => setNotice((n) => (n?.kind === 'ok' ? null : n)), [formId]);
  useEffect(() => {
    if (notice?.kind !== 'ok') return;
    const timer = setTimeout(() => setNotice((n) => (n === notice ? null : n)), NOTICE_SECONDS * 1000);
    return () => clearTimeout(timer);
  }, [notice]);
  useEffect(() => {
    const onHash = () => setFormId(formFromHash());
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);
  useEffect(() => {
    const timer = setTimeout(() => saveDossier(dossier), 300);
    return () => clearTimeout(timer);
  }, [dossier]);
  useEffect(() => {
    if (pendingFocus && formRef.current?.focusPath(pendingFocus)) setPendingFocus(null);
  }, [pendingFocus, formId]);
  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = t.pageTitle();
  }, [locale, t]);

  // The other forms' states are checked after the form is on screen (and not on every keystroke),
  // so checking every form never delays the first paint or typing.
  const [statuses, setStatuses] = useState<FormStatus[]>(() => listForms().map((f) => ({ form: f, issues: 0, findings: 0 })));
  useEffect(() => {
    const timer = setTimeout(() => setStatuses(formStatuses(dossier, locale)), 150);
    return () => clearTimeout(timer);
  }, [dossier, locale]);

  const replace = (next: Dossier, text: string) => {
    const before = dossier;
    setDossier(next);
    setNotice({ kind: 'ok', text, undo: before });
  };
  const importText = (text: string) => {
    const result = readImport(text, form, locale);
    if (result.ok) {
      replace(applyImport(dossier, result), t.data.didImport({ what: importedWhat(result, locale) }));
      return;
    }
    const elsewhere = result.elsewhere;
    const owner = elsewhere && findFormForDossierKey(elsewhere.key);
    setNotice({
      kind: 'error', text: result.message,
      action: elsewhere && owner ? {
        label: t.data.importInto({ form: formTitle(owner, locale) }),
        run: () => {
          replace({ ...dossier, [elsewhere.key]: elsewhere.data }, t.data.didImport({ what: formTitle(owner, locale) }));
          location.hash = `#/${owner.id}`;
        },
      } : undefined,
    });
  };

  return (
    <div className="pg-app">
      <PageHeader t={t} locale={locale} onLocale={setLocale} linksLabel={t.review.title()} links={(
        <>
          <a href="#/review">{t.review.link()}</a>
          <a href="#/designer">{t.designerLink()}</a>
        </>
      )} />
      <FormNav forms={statuses} current={form.id} locale={locale} t={t} />
      <main className="pg-main">
        <div className="pg-main-head">
          <h1>{title}</h1>
          <DataTools
            t={t}
            onReset={() => replace(sampleDossier(), t.data.didReset())}
            onClear={() => replace({ ...dossier, [key]: {} }, t.data.didClear({ form: title }))}
            onImport={importText}
            onExport={() => download(JSON.stringify(dossier, null, 2), t.data.dossierFile(), 'application/json')}
          />
        </div>
        <div className={`pg-notice pg-notice--${notice?.kind ?? 'none'}`} role={notice?.kind === 'error' ? 'alert' : 'status'}>
          {notice ? (
            <>
              <span>{notice.text}</span>
              {notice.action ? <button type="button" className="pg-button" onClick={notice.action.run}>{notice.action.label}</button> : null}
              {notice.undo ? (
                <button type="button" className="pg-button" onClick={() => { setDossier(notice.undo!); setNotice(null); }}>{t.data.undo()}</button>
              ) : null}
              <button type="button" className="pg-button pg-button--quiet" onClick={() => setNotice(null)}>{t.data.closeNotice()}</button>
            </>
          ) : null}
        </div>
        <GovForm
          key={form.id} ref={formRef} form={form.id} data={dossier[key] ?? {}} dossier={dossier} locale={locale} showTimeline
          onChange={(data) => {
            setDossier((d) => ({ ...d, [key]: data }));
            // Typing again answers "已清空…撤销": the offer goes; an error stays until it is closed or replaced.
            setNotice((n) => (n?.kind === 'ok' ? null : n));
          }}
          onNavigate={(path) => {
            const owner = findFormForDossierKey(sectionOf(path));
            if (!owner) return;
            setPendingFocus(path);
            location.hash = `#/${owner.id}`;
          }}
        />
        <ExportPanel
          dossier={dossier} locale={locale} t={t}
          onBudgetImport={(budget, file) => replace({ ...dossier, [getForm('budget').dossierKey]: budget }, t.budgetImport.applied({ file }))}
        />
        <p className="pg-footnote">{t.data.saved()}</p>
      </main>
    </div>
  );
}
