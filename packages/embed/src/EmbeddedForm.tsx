/**
 * What is rendered inside the shadow root: the draft toolbar (status, export, import), the
 * notices, @govforms/react's GovForm and the submit button.
 */
import type { Locale } from '@govforms/core';
import { GovForm, shownLocale } from '@govforms/react';
import { useRef, useState, useSyncExternalStore, type ChangeEvent } from 'react';
import type { FormController } from './controller.js';
import { FormErrorBoundary } from './FormErrorBoundary.js';
import { formatTime, messagesFor, type EmbedMessages } from './messages.js';
import type { DraftStatus, Notice } from './view-state.js';

function statusText(s: DraftStatus, t: EmbedMessages, locale: Locale): string {
  switch (s.kind) {
    case 'loading': return t.draftLoading();
    case 'saving': return t.draftSaving();
    case 'saved': return s.persisted ? t.draftSaved({ time: formatTime(s.savedAt, locale) }) : t.draftMemoryOnly();
    case 'on-hold': return t.draftOnHold();
    default: return '';
  }
}

function NoticeView({ notice, t, dismiss }: { notice: Notice; t: EmbedMessages; dismiss(): void }) {
  return (
    <div className={`gf-notice gfe-notice gfe-notice--${notice.kind}${notice.kind === 'error' ? ' gf-notice--error' : ''}`}
      role={notice.kind === 'info' ? 'status' : 'alert'} data-gfe-notice={notice.id}>
      <p className="gfe-notice-text">{notice.text}</p>
      {notice.actions?.map((a) => (
        <button key={a.label} type="button" className="gf-button gf-button--small" onClick={a.run}>{a.label}</button>
      ))}
      {notice.dismissible ? <button type="button" className="gf-button gf-button--small" onClick={dismiss}>{t.close()}</button> : null}
      {notice.details?.length ? <ul className="gfe-notice-details">{notice.details.map((d, i) => <li key={i}>{d}</li>)}</ul> : null}
    </div>
  );
}

export function EmbeddedForm({ controller }: { controller: FormController }) {
  const view = useSyncExternalStore(controller.view.subscribe, controller.view.get);
  const fileInput = useRef<HTMLInputElement>(null);
  // A form that failed to render (e.g. core refusing to compile under a CSP without 'unsafe-eval')
  // shows why in its place; nothing is left to submit.
  const [failed, setFailed] = useState(false);
  const t = messagesFor(view.locale);
  const drafts = view.draft.kind !== 'off';
  const status = statusText(view.draft, t, view.locale);

  const onFile = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (file) void controller.importFile(file);
  };

  return (
    <div className="gfe-root" lang={shownLocale(view.locale)}>
      {drafts ? (
        <div className="gfe-toolbar">
          <span className={`gfe-status${view.draft.kind === 'on-hold' ? ' gfe-status--warning' : ''}`} data-gf-draft-status={view.draft.kind}>{status}</span>
          <button type="button" className="gf-button gf-button--small" onClick={() => controller.downloadDraft()} disabled={!view.showForm}>{t.exportDraft()}</button>
          <button type="button" className="gf-button gf-button--small" onClick={() => fileInput.current?.click()} disabled={!view.showForm || view.readOnly}>{t.importDraft()}</button>
          <input ref={fileInput} className="gfe-file" type="file" accept=".json,application/json" aria-label={t.importDraft()} tabIndex={-1} onChange={onFile} />
        </div>
      ) : null}
      <div className="gfe-notices">
        {view.notices.map((n) => <NoticeView key={n.id} notice={n} t={t} dismiss={() => controller.view.dismiss(n.id)} />)}
      </div>
      {view.showForm ? (
        <FormErrorBoundary t={t} onError={(message, cause) => { setFailed(true); controller.report('render', message, cause, false); }}>
          <GovForm ref={controller.formRef} form={controller.definition.id} data={view.data} dossier={view.dossier} locale={view.locale}
            readOnly={view.readOnly} onChange={controller.onFormChange} injectStyles={false}
            showFindings={controller.opts.showFindings !== false} showTimeline={controller.opts.showTimeline === true} today={controller.opts.today} />
        </FormErrorBoundary>
      ) : <p className="gfe-loading">{t.draftLoading()}</p>}
      {view.submitButton && view.showForm && !view.readOnly && !failed ? (
        <div className="gfe-actions">
          <button type="button" className="gf-button gf-button--primary" onClick={() => controller.submit()}>{t.submit()}</button>
        </div>
      ) : null}
    </div>
  );
}
