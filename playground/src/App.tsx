import { findForm, listForms, sampleDossier, validateForm, checkDossier, type Dossier, type DossierKey, type Locale } from '@govforms/core';
import { GovForm, sectionOf, type GovFormHandle } from '@govforms/react';
import { useEffect, useRef, useState } from 'react';
import { DataTools } from './DataTools.js';
import { applyImport, readImport } from './dossier-io.js';
import { download } from './download.js';
import { ExportPanel } from './ExportPanel.js';
import { FormNav, type FormStatus } from './FormNav.js';
import { playgroundMessages } from './messages.js';
import { loadDossier, saveDossier } from './storage.js';

type Notice = { kind: 'ok' | 'error'; text: string; undo?: Dossier; action?: { label: string; run(): void } } | null;

function formStatuses(dossier: Dossier, locale: Locale): FormStatus[] {
  const findings = checkDossier(dossier, { locale });
  return listForms().map((f) => ({
    form: f,
    issues: validateForm(f.id, dossier[f.dossierKey as DossierKey] ?? {}, { locale }).errors.length,
    findings: findings.filter((x) => sectionOf(x.path) === f.dossierKey && x.severity !== 'info').length,
  }));
}

const formFromHash = () => {
  const id = decodeURIComponent(location.hash.replace(/^#\/?/, ''));
  return findForm(id) ? id : 'application';
};

export function App() {
  const [locale, setLocale] = useState<Locale>('zh-CN');
  const [dossier, setDossier] = useState<Dossier>(loadDossier);
  const [formId, setFormId] = useState(formFromHash);
  const [notice, setNotice] = useState<Notice>(null);
  const [pendingFocus, setPendingFocus] = useState<string | null>(null);
  const formRef = useRef<GovFormHandle>(null);
  const t = playgroundMessages(locale);
  const form = findForm(formId)!;
  const key = form.dossierKey as DossierKey;

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
  useEffect(() => { document.documentElement.lang = locale; }, [locale]);

  // The other forms' states are checked after the form is on screen (and not on every keystroke),
  // so compiling six validators never delays the first paint or typing.
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
      const what = result.kind === 'dossier'
        ? Object.keys(result.sections).map((k) => listForms().find((f) => f.dossierKey === k)?.[locale === 'en' ? 'titleEn' : 'title'] ?? k).join('、')
        : locale === 'en' ? form.titleEn : form.title;
      replace(applyImport(dossier, result), t.didImport(what));
      return;
    }
    const elsewhere = result.elsewhere;
    const owner = elsewhere && listForms().find((f) => f.dossierKey === elsewhere.key);
    setNotice({
      kind: 'error', text: result.message,
      action: elsewhere && owner ? {
        label: t.importInto(locale === 'en' ? owner.titleEn : owner.title),
        run: () => { replace({ ...dossier, [elsewhere.key]: elsewhere.data }, t.didImport(owner.title)); location.hash = `#/${owner.id}`; },
      } : undefined,
    });
  };

  return (
    <div className="pg-app">
      <header className="pg-header">
        <div>
          <p className="pg-title">{t.title}</p>
          <p className="pg-subtitle">{t.subtitle}</p>
        </div>
        <button type="button" className="pg-button pg-locale" lang={locale === 'en' ? 'zh-CN' : 'en'}
          onClick={() => setLocale(locale === 'en' ? 'zh-CN' : 'en')}>{t.switchLocale}</button>
      </header>
      <FormNav forms={statuses} current={form.id} locale={locale} t={t} />
      <main className="pg-main">
        <div className="pg-main-head">
          <h1>{locale === 'en' ? form.titleEn : form.title}</h1>
          <DataTools
            t={t}
            onReset={() => replace(sampleDossier(), t.didReset)}
            onClear={() => replace({ ...dossier, [key]: {} }, t.didClear(locale === 'en' ? form.titleEn : form.title))}
            onImport={importText}
            onExport={() => download(JSON.stringify(dossier, null, 2), t.dossierFile, 'application/json')}
          />
        </div>
        <div className={`pg-notice pg-notice--${notice?.kind ?? 'none'}`} role={notice?.kind === 'error' ? 'alert' : 'status'}>
          {notice ? (
            <>
              <span>{notice.text}</span>
              {notice.action ? <button type="button" className="pg-button" onClick={notice.action.run}>{notice.action.label}</button> : null}
              {notice.undo ? (
                <button type="button" className="pg-button" onClick={() => { setDossier(notice.undo!); setNotice(null); }}>{t.undo}</button>
              ) : null}
            </>
          ) : null}
        </div>
        <GovForm
          key={form.id} ref={formRef} form={form.id} data={dossier[key] ?? {}} dossier={dossier} locale={locale}
          onChange={(data) => setDossier((d) => ({ ...d, [key]: data }))}
          onNavigate={(path) => {
            const owner = listForms().find((f) => f.dossierKey === sectionOf(path));
            if (!owner) return;
            setPendingFocus(path);
            location.hash = `#/${owner.id}`;
          }}
        />
        <ExportPanel dossier={dossier} locale={locale} t={t} />
        <p className="pg-footnote">{t.saved}</p>
      </main>
    </div>
  );
}
