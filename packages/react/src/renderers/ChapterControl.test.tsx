import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { input, openStep, renderForm, sample } from '../test-support/setup.js';
import { countCharacters } from './ChapterControl.js';

const chapter = () => screen.getByLabelText(/数据共享需求分析/) as HTMLTextAreaElement;

describe('ChapterControl', () => {
  it('is a labelled textarea with a live character count against the limit', () => {
    renderForm({ form: 'construction-plan', data: { ...sample('construction-plan'), dataSharingAnalysis: '共享' } });
    openStep('独立篇章（数据共享、网络安全）');
    expect(chapter().tagName).toBe('TEXTAREA');
    expect(screen.getAllByText('已输入 2 字（上限 200,000 字）').length).toBe(1);
    fireEvent.change(chapter(), { target: { value: '共享需求' } });
    expect(screen.getByText('已输入 4 字（上限 200,000 字）')).toBeTruthy();
  });

  it('a 100,000-character chapter is kept whole and counted', async () => {
    const { last } = renderForm({ form: 'construction-plan', data: sample('construction-plan') });
    openStep('独立篇章（数据共享、网络安全）');
    const long = '数'.repeat(100_000);
    fireEvent.change(chapter(), { target: { value: long } });
    expect(chapter().value.length).toBe(100_000);
    expect(screen.getByText('已输入 100,000 字（上限 200,000 字）')).toBeTruthy();
    await waitFor(() => expect(last()?.data.dataSharingAnalysis).toBe(long));
  });

  it('over the limit: nothing is cut, the count and the error say by how much', async () => {
    renderForm({ form: 'construction-plan', data: sample('construction-plan') });
    openStep('独立篇章（数据共享、网络安全）');
    fireEvent.change(chapter(), { target: { value: 'a'.repeat(200_003) } });
    expect(chapter().value.length).toBe(200_003);
    expect(screen.getByText(/超出上限 3 字，请精简/)).toBeTruthy();
    await waitFor(() => expect(screen.getByText('不能超过 200000 个字')).toBeTruthy());
  });

  it('counts characters as the schema does (𠮷 is one)', () => {
    expect(countCharacters('𠮷野家')).toBe(3);
  });

  it('an emptied chapter is removed from the data and reported as missing', async () => {
    const { last } = renderForm({ form: 'construction-plan', data: sample('construction-plan') });
    openStep('背景与必要性');
    fireEvent.change(input(/建设背景依据/), { target: { value: '' } });
    await waitFor(() => expect(last()?.data).not.toHaveProperty('background'));
    expect(last()!.errors).toContainEqual(expect.objectContaining({ path: '/background', keyword: 'required' }));
  });
});
