// @vitest-environment jsdom
// A form that fails while rendering says why in its place. Core's refusal to compile on a page
// whose CSP forbids 'unsafe-eval' (GovformsError 'needs-eval') already says what to do: it is
// shown as it is, not as an unexpected error.
import { cleanup, render, screen } from '@testing-library/react';
import { GovformsError } from '@govforms/core';
import { createElement } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FormErrorBoundary } from './FormErrorBoundary.js';
import { messagesFor } from './messages.js';

afterEach(cleanup);

function renderFailing(error: unknown) {
  const Failing = () => {
    throw error;
  };
  cleanup();
  const reported: string[] = [];
  const quiet = vi.spyOn(console, 'error').mockImplementation(() => {}); // React logs what a boundary caught
  render(createElement(FormErrorBoundary, { t: messagesFor('zh-CN'), onError: (message: string) => reported.push(message), children: createElement(Failing) }));
  quiet.mockRestore();
  return { shown: screen.getByRole('alert').textContent, reported };
}

describe('FormErrorBoundary', () => {
  it('shows core’s needs-eval message as it is, and reports it', () => {
    const needsEval = new GovformsError("本页面的内容安全策略（CSP）禁止 'unsafe-eval'，无法在浏览器中编译表单“survey”的校验规则。", 'needs-eval');
    const { shown, reported } = renderFailing(needsEval);
    expect(shown).toBe(needsEval.message);
    expect(reported).toEqual([needsEval.message]);
  });

  it('any other failure is an unexpected error that says the data and the draft are safe', () => {
    const { shown, reported } = renderFailing(new GovformsError('别的问题', 'unknown-form'));
    expect(shown).toBe('表单出现意外错误，已填写的内容和草稿未受影响：别的问题');
    expect(reported).toEqual([shown]);
    expect(renderFailing(new EvalError('Refused to evaluate a string as JavaScript')).shown)
      .toBe('表单出现意外错误，已填写的内容和草稿未受影响：Refused to evaluate a string as JavaScript');
  });
});
