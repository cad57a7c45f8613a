import { rankWith, type RankedTester, type UISchemaElement } from '@jsonforms/core';
import { useGovForm } from '../runtime.js';

/** Lowest rank: anything no other renderer takes says so in words, instead of vanishing. */
export const unknownRendererTester: RankedTester = rankWith(0, () => true);

export function UnknownRenderer({ uischema }: { uischema: UISchemaElement }) {
  const { t } = useGovForm();
  const el = uischema as { label?: unknown; scope?: unknown; type: string };
  const label = typeof el.label === 'string' ? el.label : typeof el.scope === 'string' ? el.scope.split('/').pop() ?? el.type : el.type;
  return <p className="gf-unknown" role="note">{t.form.unknownField({ label })}</p>;
}
