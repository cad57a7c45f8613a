/**
 * #/designer: the visual form designer. Steps and fields as a tree (drag, or keyboard: the
 * handle takes Space, then arrows), the selected field's properties, the checks as you go
 * (click one to select its field) and a live <GovForm> of the design. Every edit is a new
 * design (undo/redo), autosaved in IndexedDB; downloads release the next version.
 */
import '@govforms/core/compiler';
import { articleLabel, listForms, registerForm, todayInChina, type FormDefinition } from '@govforms/core';
import { GovForm } from '@govforms/react';
import { DndContext, KeyboardSensor, PointerSensor, closestCenter, useSensor, useSensors, type DragEndEvent } from '@dnd-kit/core';
import { SortableContext, sortableKeyboardCoordinates, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { useEffect, useMemo, useRef, useState } from 'react';
import { download } from '../download.js';
import { loadDesign, saveDesign } from './autosave.js';
import { builtInFolder } from './builtin-folders.js';
import { designerMessages } from './designer-messages.js';
import { folderZip, importDesign, registerJson } from './model/archive.js';
import { checkDesign } from './model/checks.js';
import { openDraft } from './model/draft-check.js';
import { conditionOf } from './model/conditions.js';
import { DesignError } from './model/design-error.js';
import * as edit from './model/edit.js';
import { FIELD_TYPES, optionsOfSchema } from './model/field-types.js';
import { designOf, fieldType, formFiles, newDesign, properties, stepsOf } from './model/folder.js';
import { historyOf, push, redo, undo, type History } from './model/history.js';
import type { Design, FieldType } from './model/types.js';
import { changeWarning, fieldUsage } from './model/usage.js';
import { bumpOf, changesOf, nextVersion, release } from './model/versioning.js';
import './designer.css';

type Locale = 'zh-CN' | 'en';

const openBuiltIn = (id: string) => designOf(builtInFolder(id)!, { replaces: id });

let previewCount = 0;
/** The design as a registered form under an id of its own (GovForm shows registered forms), or undefined while it has problems. */
function previewOf(d: Design): FormDefinition | undefined {
  const n = ++previewCount;
  const files = formFiles(d);
  try {
    // Migration notes in i18n need the migration files, which a registered form does not carry.
    const i18n = Object.fromEntries(Object.entries(files.i18n ?? {}).map(([l, w]) => [l, { ...w, migrations: undefined }]));
    return registerForm({
      ...files, i18n: JSON.parse(JSON.stringify(i18n)) as typeof i18n,
      form: { ...d.folder.form, id: `designer-preview-${n}`, dossierKey: `designerPreview${n}` },
    });
  } catch {
    return undefined;
  }
}

export default function DesignerPage() {
  const [locale, setLocale] = useState<Locale>('zh-CN');
  const t = designerMessages(locale).ui;
  const [history, setHistory] = useState<History<Design>>(() => historyOf(openBuiltIn('annual-report')));
  const [selected, setSelected] = useState<string | undefined>();
  const [notice, setNotice] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const restored = useRef(false);
  const design = history.present;

  useEffect(() => {
    document.title = t.pageTitle();
  }, [t]);
  useEffect(() => {
    void loadDesign().then((saved) => {
      if (saved && !restored.current) {
        setHistory(historyOf(saved));
        setNotice({ kind: 'ok', text: designerMessages(locale).ui.restored() });
      }
      restored.current = true;
    });
  }, []);
  useEffect(() => {
    if (!restored.current) return;
    const timer = setTimeout(() => void saveDesign(history.present), 300);
    return () => clearTimeout(timer);
  }, [history.present]);

  /** Applies an edit; a refused one is shown and changes nothing. */
  const apply = (change: (d: Design) => Design) => {
    try {
      setHistory((h) => push(h, change(h.present)));
      setNotice(null);
    } catch (e) {
      if (e instanceof DesignError) setNotice({ kind: 'error', text: e.text(locale) });
      else throw e;
    }
  };
  const run = (change: (d: Design) => Design) => {
    try {
      const next = change(design);
      setHistory((h) => push(h, next));
      setNotice(null);
      return true;
    } catch (e) {
      if (e instanceof DesignError) {
        setNotice({ kind: 'error', text: e.text(locale) });
        return false;
      }
      throw e;
    }
  };

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey)) return;
      const target = e.target as HTMLElement;
      if (['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)) return;
      if (e.key === 'z' && !e.shiftKey) { e.preventDefault(); setHistory(undo); }
      if (e.key === 'y' || (e.key === 'z' && e.shiftKey)) { e.preventDefault(); setHistory(redo); }
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  }, []);

  const problems = useMemo(() => checkDesign(design, locale), [design, locale]);
  const lastPreview = useRef<FormDefinition | undefined>(undefined);
  const [preview, setPreview] = useState<FormDefinition | undefined>();
  useEffect(() => {
    const timer = setTimeout(() => {
      const next = previewOf(design);
      if (next) lastPreview.current = next;
      setPreview(next ?? lastPreview.current);
    }, 250);
    return () => clearTimeout(timer);
  }, [design]);
  const [previewData, setPreviewData] = useState<object | undefined>();
  const onDraft = async (file: File) => {
    try {
      const opened = openDraft(design, file.name, await file.text(), todayInChina(), locale);
      setPreviewData(opened.data);
      setNotice({ kind: 'ok', text: t.draftOpened({ from: opened.from, version: opened.version, applied: opened.applied.join(' ') }) });
    } catch (e) {
      if (e instanceof DesignError) setNotice({ kind: 'error', text: e.text(locale) });
      else throw e;
    }
  };
  const stale = preview !== undefined && problems.some((p) => p.severity === 'error');

  const bump = design.isNew ? undefined : bumpOf(changesOf(design));
  const steps = stepsOf(design);

  const exportAs = async (kind: 'zip' | 'json') => {
    const { design: released, version } = release(design, todayInChina());
    setHistory((h) => push(h, released));
    const id = released.folder.form.id;
    if (kind === 'zip') download(await folderZip(released), `${id}-${version}.zip`, 'application/zip');
    else download(registerJson(released), `${id}-${version}.json`, 'application/json');
    setNotice({ kind: 'ok', text: t.released({ version }) });
  };

  const onImport = async (file: File) => {
    try {
      const d = importDesign(file.name, new Uint8Array(await file.arrayBuffer()));
      setHistory(historyOf(d));
      setSelected(undefined);
      setNotice({ kind: 'ok', text: t.imported({ title: d.folder.form.title }) });
    } catch (e) {
      if (e instanceof DesignError) setNotice({ kind: 'error', text: e.text(locale) });
      else throw e;
    }
  };

  return (
    <div className="dz-app" lang={locale}>
      <header className="dz-header">
        <div>
          <h1>{t.title()}</h1>
          <p>{t.subtitle()}</p>
        </div>
        <a href="#/">{t.back()}</a>
        <label>
          <span>Language / 语言</span>
          <select aria-label="Language / 语言" value={locale} onChange={(e) => setLocale(e.target.value as Locale)}>
            <option value="zh-CN" lang="zh-CN">中文</option>
            <option value="en" lang="en">English</option>
          </select>
        </label>
      </header>
      <div className="dz-toolbar">
        <label>
          <span>{t.pick()}</span>
          <select aria-label={t.pick()}
            value={design.replaces ?? ''}
            onChange={(e) => { if (e.target.value) { setHistory(historyOf(openBuiltIn(e.target.value))); setSelected(undefined); } }}
          >
            {!design.replaces && <option value="">{design.folder.form.title}</option>}
            {listForms().filter((f) => f.builtIn).map((f) => <option key={f.id} value={f.id}>{f.title}（{f.id}）</option>)}
          </select>
        </label>
        <NewFormForm t={t} onCreate={(id, title) => {
          const key = id.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
          setHistory(historyOf(newDesign({ id, title, dossierKey: key })));
          setSelected(undefined);
          setNotice({ kind: 'ok', text: t.created({ title }) });
        }} />
        <button type="button" onClick={() => setHistory(undo)} disabled={!history.past.length}>{t.undo()}</button>
        <button type="button" onClick={() => setHistory(redo)} disabled={!history.future.length}>{t.redo()}</button>
        <button type="button" onClick={() => void exportAs('zip')}>{t.exportZip()}</button>
        <button type="button" onClick={() => void exportAs('json')}>{t.exportJson()}</button>
        <label className="dz-file">
          <span>{t.importFile()}</span>
          <input type="file" accept=".zip,.json,application/json,application/zip" onChange={(e) => { const f = e.target.files?.[0]; if (f) void onImport(f); e.target.value = ''; }} />
        </label>
        <span className="dz-version">
          {t.version({ version: design.folder.form.version })} · {bump ? t.nextVersion({ version: nextVersion(design.base.version, bump) }) : t.noChange()}
        </span>
      </div>
      {notice && <p className={`dz-notice dz-${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'}>{notice.text}</p>}
      <main className="dz-main">
        <section className="dz-tree" aria-labelledby="dz-tree-title">
          <h2 id="dz-tree-title">{t.tree()}</h2>
          {steps.map((step, index) => (
            <StepBox
              key={`${index}-${step.label}`} index={index} label={step.label} fields={step.fields} design={design} selected={selected} locale={locale}
              stepCount={steps.length} onSelect={setSelected} run={run}
              onMove={(key, to) => apply((d) => edit.moveField(d, key, index, to))}
            />
          ))}
          <AddStepForm t={t} onAdd={(label) => run((d) => edit.addStep(d, label))} />
        </section>
        <section className="dz-props" aria-labelledby="dz-props-title">
          <h2 id="dz-props-title">{t.properties()}</h2>
          {selected && Object.hasOwn(properties(design.folder), selected)
            ? <FieldPanel key={selected} design={design} field={selected} locale={locale} run={run} onRenamed={setSelected} onRemoved={() => setSelected(undefined)} />
            : <p>{t.noSelection()}</p>}
        </section>
        <section className="dz-side">
          <h2 id="dz-problems-title">{t.problems()}</h2>
          {problems.length === 0 ? <p className="dz-ok">{t.noProblems()}</p> : (
            <ul className="dz-problems" aria-labelledby="dz-problems-title">
              {problems.map((p, i) => (
                <li key={i} className={`dz-problem dz-${p.severity}`}>
                  {p.field ? <button type="button" className="dz-link" onClick={() => setSelected(p.field)}>{p.message}</button> : p.message}
                </li>
              ))}
            </ul>
          )}
          <h2>{t.preview()}</h2>
          {stale && <p className="dz-notice dz-error">{t.previewStale()}</p>}
          <label className="dz-file">
            <span>{t.openDraft()}</span>
            <input type="file" accept=".json,application/json" onChange={(e) => { const f = e.target.files?.[0]; if (f) void onDraft(f); e.target.value = ''; }} />
          </label>
          <div className="dz-preview" data-testid="designer-preview">
            {preview && <GovForm key={preview.id} form={preview.id} data={previewData} locale={locale} showFindings={false} />}
          </div>
        </section>
      </main>
    </div>
  );
}

type Run = (change: (d: Design) => Design) => boolean;
type Ui = ReturnType<typeof designerMessages>['ui'];

function NewFormForm({ t, onCreate }: { t: Ui; onCreate(id: string, title: string): void }) {
  const [id, setId] = useState('');
  const [title, setTitle] = useState('');
  return (
    <form className="dz-inline" onSubmit={(e) => { e.preventDefault(); if (id && title) onCreate(id.trim(), title.trim()); }}>
      <fieldset>
        <legend>{t.newForm()}</legend>
        <label><span>{t.newId()}</span><input value={id} onChange={(e) => setId(e.target.value)} pattern="[a-z][a-z0-9]*(-[a-z0-9]+)*" required /></label>
        <label><span>{t.newTitle()}</span><input value={title} onChange={(e) => setTitle(e.target.value)} required /></label>
        <button type="submit">{t.create()}</button>
      </fieldset>
    </form>
  );
}

function AddStepForm({ t, onAdd }: { t: Ui; onAdd(label: string): boolean }) {
  const [label, setLabel] = useState('');
  return (
    <form className="dz-inline" onSubmit={(e) => { e.preventDefault(); if (onAdd(label)) setLabel(''); }}>
      <label><span>{t.stepName()}</span><input value={label} onChange={(e) => setLabel(e.target.value)} /></label>
      <button type="submit">{t.addStep()}</button>
    </form>
  );
}

interface StepProps {
  index: number; label: string; fields: ReturnType<typeof stepsOf>[number]['fields']; design: Design; selected?: string; locale: Locale;
  stepCount: number; onSelect(key: string): void; run: Run; onMove(key: string, to: number): void;
}

function StepBox({ index, label, fields, design, selected, locale, stepCount, onSelect, run, onMove }: StepProps) {
  const m = designerMessages(locale);
  const t = m.ui;
  const sensors = useSensors(useSensor(PointerSensor), useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }));
  const ids = fields.map((f) => f.key);
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    const from = ids.indexOf(String(active.id));
    const to = ids.indexOf(String(over.id));
    // Before the field now at `to` when moving up; after it (before the next) when moving down.
    onMove(String(active.id), from < to ? to + 1 : to);
  };
  const [name, setName] = useState(label);
  return (
    <div className="dz-step" role="group" aria-label={label || t.tree()}>
      <div className="dz-step-head">
        <label><span className="dz-sr">{t.stepName()}</span>
          <input value={name} onChange={(e) => setName(e.target.value)} onBlur={() => { if (name !== label && !run((d) => edit.renameStep(d, index, name))) setName(label); }} />
        </label>
        <button type="button" onClick={() => run((d) => edit.moveStep(d, index, index - 1))} disabled={index === 0}>{t.moveUp()}</button>
        <button type="button" onClick={() => run((d) => edit.moveStep(d, index, index + 1))} disabled={index === stepCount - 1}>{t.moveDown()}</button>
        <button type="button" onClick={() => run((d) => edit.removeStep(d, index))}>{t.removeStep()}</button>
      </div>
      <DndContext sensors={sensors} collisionDetection={closestCenter} onDragEnd={onDragEnd}
        accessibility={{ screenReaderInstructions: { draggable: t.dragHandle({ field: '' }) } }}>
        <SortableContext items={ids} strategy={verticalListSortingStrategy}>
          <ul className="dz-fields">
            {fields.map((f) => <FieldRow key={f.key} design={design} field={f} selected={selected === f.key} locale={locale} onSelect={onSelect} />)}
          </ul>
        </SortableContext>
      </DndContext>
      <AddFieldForm locale={locale} onAdd={(key, type, fieldLabel) => run((d) => edit.addField(d, index, { key, type, label: fieldLabel }))} />
    </div>
  );
}

function FieldRow({ design, field, selected, locale, onSelect }: { design: Design; field: { key: string; type: FieldType; title: string; required: boolean }; selected: boolean; locale: Locale; onSelect(key: string): void }) {
  const m = designerMessages(locale);
  const { attributes, listeners, setNodeRef, transform, transition } = useSortable({ id: field.key });
  const usage = fieldUsage(design, field.key);
  return (
    <li ref={setNodeRef} style={{ transform: CSS.Transform.toString(transform), transition }} className={selected ? 'dz-field dz-selected' : 'dz-field'}>
      <button type="button" className="dz-handle" {...attributes} {...listeners} aria-label={m.ui.dragHandle({ field: field.title })}>⠿</button>
      <button type="button" className="dz-field-name" aria-pressed={selected} onClick={() => onSelect(field.key)}>
        {field.title}{field.required ? ' *' : ''} <small>{m.types[field.type]()} · {field.key}</small>
      </button>
      <span className="dz-badges">
        {usage.articles.map((a) => <span key={a} className="dz-badge" title={m.ui.articles()}>{articleLabel(a, locale)}</span>)}
        {usage.tags.length > 0 && <span className="dz-badge dz-badge-tag" title={usage.tags.map((x) => `${x.template} ${x.tag}`).join('\n')}>Word×{usage.tags.length}</span>}
      </span>
    </li>
  );
}

function AddFieldForm({ locale, onAdd }: { locale: Locale; onAdd(key: string, type: FieldType, label: string): boolean }) {
  const m = designerMessages(locale);
  const [key, setKey] = useState('');
  const [label, setLabel] = useState('');
  const [type, setType] = useState<FieldType>('text');
  return (
    <form className="dz-inline dz-add-field" onSubmit={(e) => { e.preventDefault(); if (onAdd(key.trim(), type, label)) { setKey(''); setLabel(''); } }}>
      <label><span>{m.ui.fieldLabel()}</span><input value={label} onChange={(e) => setLabel(e.target.value)} /></label>
      <label><span>{m.ui.fieldKey()}</span><input value={key} onChange={(e) => setKey(e.target.value)} /></label>
      <label><span>{m.ui.fieldType()}</span>
        <select aria-label={m.ui.fieldType()} value={type} onChange={(e) => setType(e.target.value as FieldType)}>
          {FIELD_TYPES.map((ty) => <option key={ty} value={ty}>{m.types[ty]()}</option>)}
        </select>
      </label>
      <button type="submit">{m.ui.addField()}</button>
    </form>
  );
}

const lines = (text: string) => text.split('\n').map((l) => l.trim()).filter(Boolean).map((l) => l.split('=').map((s) => s.trim()));

function FieldPanel({ design, field, locale, run, onRenamed, onRemoved }: { design: Design; field: string; locale: Locale; run: Run; onRenamed(key: string): void; onRemoved(): void }) {
  const m = designerMessages(locale);
  const t = m.ui;
  const node = properties(design.folder)[field]!;
  const type = fieldType(design.folder, field);
  const en = (section: string) => ((design.folder.i18n.en?.[section] ?? {}) as Record<string, string>)[field] ?? '';
  const [key, setKey] = useState(field);
  const usage = fieldUsage(design, field);
  const condition = conditionOf(design.folder, field);
  const sources = stepsOf(design).flatMap((s) => s.fields).filter((f) => f.key !== field && (f.type === 'boolean' || f.type === 'choice'));
  const valuesOf = (k: string): [string, string][] => (fieldType(design.folder, k) === 'boolean'
    ? [['true', t.yes()], ['false', t.no()]]
    : optionsOfSchema(properties(design.folder)[k]!).map((o) => [o.value, o.label]));
  const risky = (change: 'remove' | 'rename' | 'retype') => {
    const warning = changeWarning(design, field, change, locale);
    return !warning || confirm(warning);
  };
  const text = (name: 'label' | 'help') => (name === 'label' ? String(node.title ?? '') : String(node.description ?? ''));
  const limit = (name: 'minLength' | 'maxLength' | 'minimum' | 'maximum') => (
    <label key={name}><span>{t[name]()}</span>
      <input type="number" defaultValue={typeof node[name] === 'number' ? String(node[name]) : ''}
        onBlur={(e) => run((d) => edit.setFieldProps(d, field, { [name]: e.target.value === '' ? null : Number(e.target.value) }))} />
    </label>
  );
  return (
    <div className="dz-panel">
      <form className="dz-inline" onSubmit={(e) => { e.preventDefault(); if (key !== field && risky('rename') && run((d) => edit.renameField(d, field, key.trim()))) onRenamed(key.trim()); }}>
        <label><span>{t.key()}</span><input value={key} onChange={(e) => setKey(e.target.value)} /></label>
        <button type="submit">{t.rename()}</button>
      </form>
      <label><span>{t.fieldType()}</span>
        <select aria-label={t.fieldType()} value={type} onChange={(e) => { const next = e.target.value as FieldType; if (risky('retype')) run((d) => edit.setFieldType(d, field, next)); }}>
          {FIELD_TYPES.map((ty) => <option key={ty} value={ty}>{m.types[ty]()}</option>)}
          {!FIELD_TYPES.includes(type as never) && <option value={type}>{m.types[type]()}</option>}
        </select>
      </label>
      <label><span>{t.labelZh()}</span><input defaultValue={text('label')} onBlur={(e) => e.target.value !== text('label') && run((d) => edit.setFieldProps(d, field, { label: e.target.value }))} /></label>
      <label><span>{t.labelEn()}</span><input defaultValue={en('fields')} onBlur={(e) => e.target.value !== en('fields') && run((d) => edit.setFieldProps(d, field, { labelEn: e.target.value }))} /></label>
      <label><span>{t.helpZh()}</span><textarea defaultValue={text('help')} onBlur={(e) => e.target.value !== text('help') && run((d) => edit.setFieldProps(d, field, { help: e.target.value }))} /></label>
      <label><span>{t.helpEn()}</span><textarea defaultValue={en('descriptions')} onBlur={(e) => e.target.value !== en('descriptions') && run((d) => edit.setFieldProps(d, field, { helpEn: e.target.value }))} /></label>
      <label className="dz-check">
        <input type="checkbox" checked={design.folder.schema.required instanceof Array && (design.folder.schema.required as string[]).includes(field) || condition?.required === true}
          onChange={(e) => run((d) => edit.setFieldProps(d, field, { required: e.target.checked }))} />
        <span>{t.required()}</span>
      </label>
      {(type === 'text' || type === 'chapter') && <div className="dz-row">{limit('minLength')}{limit('maxLength')}</div>}
      {(type === 'number' || type === 'money') && <div className="dz-row">{limit('minimum')}{limit('maximum')}</div>}
      {(type === 'choice' || type === 'multi') && (
        <label><span>{t.options()}</span>
          <textarea rows={4} defaultValue={optionsOfSchema(node).map((o) => `${o.value}=${o.label}=${((design.folder.i18n.en?.options ?? {}) as Record<string, string>)[`${field}.${o.value}`] ?? ''}`).join('\n')}
            onBlur={(e) => run((d) => edit.setFieldProps(d, field, { options: lines(e.target.value).map(([value = '', label = '', labelEn]) => ({ value, label, ...(labelEn ? { labelEn } : {}) })) }))} />
        </label>
      )}
      {type === 'table' && (
        <label><span>{t.columns()}</span>
          <textarea rows={4}
            defaultValue={Object.entries(((node.items as Record<string, unknown>)?.properties ?? {}) as Record<string, Record<string, unknown>>).map(([k, v]) => `${k}=${String(v.title ?? k)}=${fieldType({ ...design.folder, schema: { properties: { x: v } }, uischema: { type: 'VerticalLayout', elements: [] } }, 'x')}`).join('\n')}
            onBlur={(e) => run((d) => edit.setFieldProps(d, field, { columns: lines(e.target.value).map(([k = '', label = '', ty = 'text']) => ({ key: k, label, type: ty as FieldType })) }))} />
        </label>
      )}
      <fieldset className="dz-condition">
        <legend>{t.condition()}</legend>
        <label><span>{t.conditionWhen()}</span>
          <select aria-label={t.conditionWhen()} value={condition?.when ?? ''} onChange={(e) => {
            const when = e.target.value;
            if (!when) return void run((d) => edit.setCondition(d, field, undefined));
            const first = valuesOf(when)[0]?.[0] ?? 'true';
            run((d) => edit.setCondition(d, field, { when, equals: first === 'true' ? true : first === 'false' ? false : first, effect: condition?.effect ?? 'show' }));
          }}>
            <option value="">{t.noCondition()}</option>
            {condition && !sources.some((s) => s.key === condition.when) && <option value={condition.when}>{condition.when}</option>}
            {sources.map((s) => <option key={s.key} value={s.key}>{s.title}</option>)}
          </select>
        </label>
        {condition && (
          <>
            <label><span>{t.conditionEquals()}</span>
              <select aria-label={t.conditionEquals()} value={String(condition.equals)} onChange={(e) => {
                const v = e.target.value;
                run((d) => edit.setCondition(d, field, { ...condition, equals: v === 'true' ? true : v === 'false' ? false : v }));
              }}>
                {valuesOf(condition.when).map(([v, label]) => <option key={v} value={v}>{label}</option>)}
              </select>
            </label>
            <label><span>{t.conditionEffect()}</span>
              <select aria-label={t.conditionEffect()} value={condition.effect} onChange={(e) => run((d) => edit.setCondition(d, field, { ...condition, effect: e.target.value as 'show' | 'require' }))}>
                <option value="show">{t.effectShow()}</option>
                <option value="require">{t.effectRequire()}</option>
              </select>
            </label>
          </>
        )}
      </fieldset>
      <dl className="dz-usage">
        <dt>{t.articles()}</dt>
        <dd>{usage.articles.length ? usage.articles.map((a) => articleLabel(a, locale)).join(m.usage.separator()) : t.none()}</dd>
        <dt>{t.tags()}</dt>
        <dd>{usage.tags.length ? usage.tags.map((x) => `${x.template} ${x.tag}`).join(m.usage.separator()) : t.none()}</dd>
      </dl>
      <button type="button" className="dz-danger" onClick={() => { if (risky('remove') && run((d) => edit.removeField(d, field))) onRemoved(); }}>{t.removeField()}</button>
    </div>
  );
}
