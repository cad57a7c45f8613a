/**
 * A form that fails while rendering shows why, in words (zh-CN first), instead of leaving an
 * empty box; the draft and the data are untouched. The built-in forms need no eval (their
 * validators are precompiled); compiling a schema in the page on one whose Content Security
 * Policy forbids 'unsafe-eval' is refused by core with a GovformsError 'needs-eval', whose
 * message already says what to do: it is shown as it is.
 */
import { GovformsError } from '@govforms/core';
import { Component, type ReactNode } from 'react';
import type { EmbedMessages } from './messages.js';

interface Props { t: EmbedMessages; onError(message: string, cause: unknown): void; children: ReactNode }

export function describeRenderError(e: unknown, t: EmbedMessages): string {
  if (e instanceof GovformsError && e.code === 'needs-eval') return e.message;
  return t.unexpected({ problem: e instanceof Error ? e.message : String(e) });
}

export class FormErrorBoundary extends Component<Props, { failed: boolean; error: unknown }> {
  override state = { failed: false, error: undefined as unknown };

  static getDerivedStateFromError(error: unknown): { failed: boolean; error: unknown } {
    return { failed: true, error };
  }

  override componentDidCatch(error: unknown): void {
    this.props.onError(describeRenderError(error, this.props.t), error);
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return <p className="gf-notice gf-notice--error" role="alert" data-gfe-notice="error:render">{describeRenderError(this.state.error, this.props.t)}</p>;
  }
}
