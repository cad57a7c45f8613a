import { sampleDossier } from '@govforms/core';
import { describe, expect, it } from 'vitest';
import { MAX_REVIEW_FILE_BYTES, pickedFile, readPickedFiles, reasonIn, type PickedFile } from './read-files.js';

const file = (name: string, text: string): PickedFile => {
  const bytes = new TextEncoder().encode(text);
  return { name, size: () => bytes.byteLength, bytesUpTo: async (max) => (bytes.byteLength > max ? undefined : bytes) };
};
const dossier = (name: string) => {
  const d = sampleDossier() as unknown as { application: { projectName: string } };
  d.application.projectName = name;
  return JSON.stringify(d);
};

describe('reading the files a reviewer picks', () => {
  it('every file is read or skipped with its reason, by name; none is dropped', async () => {
    const huge: PickedFile = { name: 'huge.json', size: () => MAX_REVIEW_FILE_BYTES + 1, bytesUpTo: async (max) => (MAX_REVIEW_FILE_BYTES + 1 > max ? undefined : new Uint8Array(0)) };
    const r = await readPickedFiles([
      file('a.json', dossier('甲')), file('broken.json', '{\n  "application": {'), file('empty.json', ''),
      file('form.json', JSON.stringify(sampleDossier().application)), file('notes.txt', 'hello'), huge, file('b.json', dossier('乙')),
    ], [], 'zh-CN');
    expect(r.loaded.map((l) => l.file)).toEqual(['a.json', 'b.json']);
    expect(Object.fromEntries(r.skipped.map((s) => [s.file, reasonIn(s, 'zh-CN')]))).toEqual({
      'broken.json': expect.stringMatching(/^不是有效的 JSON（第 2 行第 \d+ 列附近有语法错误）$/),
      'empty.json': '文件为空',
      'form.json': expect.stringMatching(/^不是一份材料：其中没有任何材料分项/),
      'notes.txt': '不是 .json 文件，未读取',
      'huge.json': '文件过大（20.1 MB），上限为 20 MB，未读取',
    });
  });

  it('a skipped file’s reason is kept in every language the page offers', async () => {
    const r = await readPickedFiles([file('empty.json', ' ')], [], 'zh-CN');
    expect(r.skipped[0]!.reasons).toMatchObject({ 'zh-CN': '文件为空', en: 'the file is empty' });
    expect(reasonIn(r.skipped[0]!, 'en')).toBe('the file is empty');
  });

  it('the same dossier twice (in one pick, or picked again later) is counted once, naming the first', async () => {
    const first = await readPickedFiles([file('a.json', dossier('甲')), file('copy of a.json', dossier('甲'))], [], 'en');
    expect(first.loaded).toHaveLength(1);
    expect(reasonIn(first.skipped[0]!, 'en')).toBe('the same dossier as "a.json": not counted twice');
    const again = await readPickedFiles([file('a.json', dossier('甲'))], first.loaded, 'zh-CN');
    expect(again.loaded).toHaveLength(0);
    expect(reasonIn(again.skipped[0]!, 'zh-CN')).toBe('与“a.json”内容相同，未重复计入');
  });
});

describe('a picked File', () => {
  it('is read as a stream, whole up to the limit, and not past it', async () => {
    const text = JSON.stringify(sampleDossier());
    const size = new TextEncoder().encode(text).byteLength;
    const f = pickedFile(new File([text.slice(0, 100), text.slice(100)], 'a.json'));
    expect(new TextDecoder().decode(await f.bytesUpTo(size))).toBe(text);
    expect(await f.bytesUpTo(size - 1)).toBeUndefined();
    expect(f.size()).toBe(size);
  });
});
