import type { Finding, ValidationError } from '@govforms/core';
import { render, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { act, startTransition, useState } from 'react';
import { flushSync } from 'react-dom';
import { useFormData, useReportChanges, type FormData } from './form-data.js';

const stale: ValidationError[] = [{ path: '/old', keyword: 'required', label: '旧', message: '旧的错误' }];
const fresh: ValidationError[] = [{ path: '/name', keyword: 'required', label: '名称', message: '必填' }];
const noFindings: Finding[] = [];

describe('useReportChanges', () => {
  it('tells the parent about a change at once, with errors of that data, while the shown checks still lag', () => {
    const onChange = vi.fn();
    const checkData = vi.fn(() => ({ errors: fresh, findings: noFindings }));
    const { result, rerender } = renderHook(({ checking }) => {
      const form = useFormData({ name: '甲' });
      useReportChanges(form, { checking, errors: stale, findings: noFindings, checkData }, onChange);
      return form;
    }, { initialProps: { checking: false } });
    expect(onChange).not.toHaveBeenCalled();

    const next = { name: '' };
    result.current.onJsonFormsChange({ data: next });
    rerender({ checking: true });
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(onChange).toHaveBeenLastCalledWith(next, fresh, noFindings);
    expect(checkData).toHaveBeenCalledWith(next);

    rerender({ checking: false });
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('uses the shown errors when they already describe the data', () => {
    const onChange = vi.fn();
    const checkData = vi.fn(() => ({ errors: fresh, findings: noFindings }));
    const { result, rerender } = renderHook(() => {
      const form = useFormData({});
      useReportChanges(form, { checking: false, errors: stale, findings: noFindings, checkData }, onChange);
      return form;
    });
    result.current.onJsonFormsChange({ data: { name: '乙' } });
    rerender();
    expect(onChange).toHaveBeenLastCalledWith({ name: '乙' }, stale, noFindings);
    expect(checkData).not.toHaveBeenCalled();
  });

  it('reports a change with its data when another render commits first, without it (a slow PC: the deferred checks finish before the typed data)', () => {
    // On the page: the deferred render of the checks is under way when JSON Forms' debounced
    // onChange arrives; React finishes that render (a transition, not interrupted by a default
    // update) and commits it with the data before. Here the same order, by lane: the typed data
    // comes as a transition and the render of the checks catching up is synchronous.
    const onChange = vi.fn();
    const checkData = vi.fn(() => ({ errors: fresh, findings: noFindings }));
    const shown = { name: '甲' };
    let form!: FormData;
    let catchUp!: (checked: object) => void;
    function Harness() {
      // The data the shown errors describe: none yet after the first render, as with the deferred checks.
      const [checked, setChecked] = useState<object>();
      catchUp = setChecked;
      form = useFormData(shown);
      useReportChanges(form, { checking: checked !== form.current, errors: stale, findings: noFindings, checkData }, onChange);
      return null;
    }
    render(<Harness />);
    const typed = { name: '宿迁市数据局' };
    act(() => {
      startTransition(() => form.onJsonFormsChange({ data: typed }));
      flushSync(() => catchUp(shown));
      expect(form.current).toBe(shown);
      expect(onChange).not.toHaveBeenCalled();
    });
    expect(form.current).toBe(typed);
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(onChange).toHaveBeenLastCalledWith(typed, fresh, noFindings);
  });
});

describe('useFormData', () => {
  it('ignores JSON Forms echoing, late (its onChange is debounced), data it was given and that was replaced since', () => {
    const first = {};
    const { result } = renderHook(() => useFormData(first));
    const fromPage = { unit: '宿迁市数据局' };
    act(() => result.current.replace(fromPage));
    act(() => result.current.onJsonFormsChange({ data: first }));
    expect(result.current.current).toBe(fromPage);
    expect(result.current.pending.current).toBe(false);
    const typed = { unit: '宿迁市数据局（大数据中心）' };
    act(() => result.current.onJsonFormsChange({ data: typed }));
    expect(result.current.current).toBe(typed);
    expect(result.current.pending.current).toBe(typed);
  });
});
