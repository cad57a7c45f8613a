import { rankWith, uiTypeIs, type LayoutProps, type RankedTester } from '@jsonforms/core';
import { withJsonFormsLayoutProps } from '@jsonforms/react';
import { useId } from 'react';
import { LayoutChildren } from './LayoutChildren.js';

export const groupLayoutTester: RankedTester = rankWith(1, uiTypeIs('Group'));

/** A titled section of a step ("单位信息", "联系方式"): a heading screen readers can jump to. */
export function GroupLayout(props: LayoutProps) {
  const id = useId();
  if (!props.visible) return null;
  const label = typeof props.label === 'string' ? props.label : (props.uischema as { label?: string }).label;
  return (
    <section className="gf-group" aria-labelledby={label ? id : undefined}>
      {label ? <h3 className="gf-group-title" id={id}>{label}</h3> : null}
      <LayoutChildren {...props} />
    </section>
  );
}

export const GroupLayoutRenderer = withJsonFormsLayoutProps(GroupLayout);
