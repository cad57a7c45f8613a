// @vitest-environment jsdom
// A form that fails while rendering says why in its place, and offers nothing to submit.
import { GovformsError } from '@govforms/core';
import { createElement } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';

const failure = vi.hoisted(() => ({ error: undefined as unknown }));
vi.mock('@govforms/react', async (actual) => {
  const real = await actual<typeof import('@govforms/react')>();
  const { forwardRef } = await import('react');
  const GovForm = forwardRef<unknown, Record<string, unknown>>((props, ref) => {
    if (failure.error) throw failure.error;
    return createElement(real.GovForm as never, { ...props, ref });
  });
  return { ...real, GovForm };
});

const { mount } = await import('./mount.js');

afterEach(() => {
  failure.error = undefined;
  document.body.replaceChildren();
});

function mounted() {
  const el = document.createElement('div');
  document.body.append(el);
  const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
  const handle = mount(el, { form: 'application', drafts: false });
  quiet.mockRestore();
  const shadow = el.firstElementChild!.shadowRoot!;
  const buttons = () => Array.from(shadow.querySelectorAll('button'), (b) => b.textContent);
  return { shadow, handle, buttons };
}

describe('EmbeddedForm', () => {
  it('a form that renders has its 提交 button', () => {
    const { buttons, handle } = mounted();
    expect(buttons()).toContain('提交');
    handle.destroy();
  });

  it('a form that failed to render (CSP refusing eval) shows core\'s message and no stray 提交 button', () => {
    failure.error = new GovformsError("本页面的内容安全策略（CSP）禁止 'unsafe-eval'，无法在浏览器中编译表单“application”的校验规则。", 'needs-eval');
    const { shadow, buttons, handle } = mounted();
    expect(shadow.querySelector('[role=alert]')?.textContent).toBe((failure.error as Error).message);
    expect(buttons()).not.toContain('提交');
    handle.destroy();
  });

  it('data nested 100,000 levels deep gets a zh-CN message, not "Maximum call stack size exceeded"', () => {
    let deep: unknown = '底';
    for (let i = 0; i < 100_000; i++) deep = { deep };
    const el = document.createElement('div');
    document.body.append(el);
    const errors: string[] = [];
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    const handle = mount(el, { form: 'application', drafts: false, data: { deep }, onError: (e) => errors.push(e.message) });
    quiet.mockRestore();
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/嵌套过深（超过 100 层）/);
    expect(errors[0]).not.toMatch(/call stack/i);
    expect(handle.getData()).toEqual({});
    handle.destroy();
  });
});
