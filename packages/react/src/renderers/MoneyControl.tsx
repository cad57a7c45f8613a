import { and, isControl, rankWith, schemaMatches, type ControlProps, type RankedTester } from '@jsonforms/core';
import { withJsonFormsControlProps } from '@jsonforms/react';
import { formatFenAsWan, yuanToFen } from '@govforms/core';
import { describedBy, FieldShell } from './FieldShell.js';
import { moneyKind } from './numeric-kinds.js';
import { useNumericField } from './use-numeric-text.js';

/** Money in 元 (`{"type":"number","format":"yuan"}`). */
// (JSON Forms' formatIs() only matches strings, so the format is checked here.)
export const moneyControlTester: RankedTester = rankWith(10, and(isControl, schemaMatches((s) => s.type === 'number' && s.format === 'yuan')));

/**
 * A money field in 元: accepts "1,234,567.89", shows thousands separators after editing and
 * the amount in 万元 beside it; text with a third decimal, "万" or letters stays visible with
 * a message while the data holds no amount.
 */
export function MoneyControl(props: ControlProps) {
  const { label, required, enabled, visible, description } = props;
  const { field, num } = useNumericField(props, moneyKind);
  if (!visible) return null;
  const fen = num.parsed.ok && num.parsed.value !== undefined ? yuanToFen(num.parsed.value) : undefined;
  const wanId = `${field.inputId}-wan`;
  return (
    <FieldShell
      field={field} label={label} required={!!required} description={description} className="gf-field--money"
      after={<p className="gf-money-wan" id={wanId}>{fen !== undefined ? field.t.money.inWan({ wan: field.w.wan({ amount: formatFenAsWan(fen) }) }) : ''}</p>}
    >
      <div className="gf-input-affix">
        <input
          id={field.inputId} className="gf-input gf-input--money" type="text" inputMode="decimal" autoComplete="off"
          value={num.text} disabled={!enabled} aria-required={required || undefined} aria-invalid={field.invalid || undefined}
          aria-describedby={describedBy(field, !!description, wanId)} data-gf-path={field.pointer}
          onChange={(e) => num.onInput(e.target.value)} onBlur={() => { num.onBlur(); field.touch(); }}
        />
        <span className="gf-affix" aria-hidden="true">{field.t.money.unit()}</span>
      </div>
    </FieldShell>
  );
}

export const MoneyControlRenderer = withJsonFormsControlProps(MoneyControl);
