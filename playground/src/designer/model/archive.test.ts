import PizZip from 'pizzip';
import { describe, expect, it } from 'vitest';
import { folderFiles, folderZip, importDesign, registerJson } from './archive.js';
import { DesignError } from './design-error.js';
import { addField, renameField, setFieldProps } from './edit.js';
import { designOf, newDesign } from './folder.js';
import { folderFromDisk } from './test-support.js';
import { release } from './versioning.js';

const bytes = (text: string) => new TextEncoder().encode(text);

function refusal(file: string, content: Uint8Array): DesignError {
  try {
    importDesign(file, content);
  } catch (e) {
    if (e instanceof DesignError) return e;
    throw e;
  }
  throw new Error('imported');
}

function design() {
  let d = newDesign({ id: 'archive-survey', title: '归档调查表', dossierKey: 'archiveSurvey', titleEn: 'Archive survey' });
  d = addField(d, 0, { key: 'unitName', type: 'text', label: '单位名称', labelEn: 'Organisation' });
  return setFieldProps(addField(d, 0, { key: 'amount', type: 'money', label: '金额（元）', labelEn: 'Amount (yuan)' }), 'unitName', { required: true });
}

describe('export and import back', () => {
  it('the folder as a zip holds every file under <id>/ and imports back to the same folder', async () => {
    const { design: d } = release(design(), '2026-11-29');
    const zip = await folderZip(d);
    const names = Object.keys(new PizZip(zip).files).sort();
    expect(names).toEqual(['archive-survey/CHANGELOG.md', 'archive-survey/form.json', 'archive-survey/i18n/en.json', 'archive-survey/sample.json',
      'archive-survey/schema.json', 'archive-survey/uischema.json'].sort());
    expect(importDesign('archive-survey.zip', zip).folder).toEqual(d.folder);
  });

  it('a built-in form’s new version, as a folder, imports back as that form’s edit, migrations and all', async () => {
    const edited = release(renameField(designOf(folderFromDisk('annual-report'), { replaces: 'annual-report' }), 'systemName', 'systemTitle'), '2026-11-29').design;
    expect(Object.keys(folderFiles(edited))).toContain('annual-report/migrations/2.0.0-to-3.0.0.json');
    const back = importDesign('annual-report.zip', await folderZip(edited));
    expect(back.replaces).toBe('annual-report');
    expect(back.folder).toEqual(edited.folder);
  });

  it('the registerForm JSON imports back', () => {
    const d = design();
    const back = importDesign('form.json', bytes(registerJson(d)));
    expect(back.folder.schema).toEqual(d.folder.schema);
    expect(back.folder.i18n).toEqual(d.folder.i18n);
  });

  it('broken JSON, a foreign file, a built-in id, a broken form: each a zh-CN message', async () => {
    expect(refusal('form.json', bytes('{ "form": { "id": ')).message).toMatch(/^文件“form.json”不是有效的 JSON（第 1 行第 \d+ 列附近）。设计中的表单未改动。$/);
    expect(refusal('photo.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0xff, 0xfe])).code).toBe('importNotForm');
    expect(refusal('data.json', bytes('{"application": {}}')).message).toContain('不是表单文件');
    const clash = JSON.parse(registerJson(design()));
    clash.form.id = 'application';
    expect(refusal('clash.json', bytes(JSON.stringify(clash))).message).toContain('表单编号“application”与内置表单“项目申报表”相同');
    const broken = JSON.parse(registerJson(design()));
    broken.uischema.elements[0].elements[0].elements.push({ type: 'Control', scope: '#/properties/gone' });
    const e = refusal('broken.json', bytes(JSON.stringify(broken)));
    expect(e.code).toBe('importInvalid');
    expect(e.message).toContain('uischema.json');
    expect(e.text('en')).toContain('1 problem');
    expect(refusal('empty.zip', await new PizZip().generate({ type: 'uint8array' })).code).toBe('importNotForm');
  });
});
