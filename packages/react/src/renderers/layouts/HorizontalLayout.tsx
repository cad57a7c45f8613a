import { rankWith, uiTypeIs, type LayoutProps, type RankedTester } from '@jsonforms/core';
import { withJsonFormsLayoutProps } from '@jsonforms/react';
import { LayoutChildren } from './LayoutChildren.js';

export const horizontalLayoutTester: RankedTester = rankWith(1, uiTypeIs('HorizontalLayout'));

/** Side by side where there is room; stacked on narrow screens (CSS grid, no media query). */
export function HorizontalLayout(props: LayoutProps) {
  if (!props.visible) return null;
  return <div className="gf-horizontal"><LayoutChildren {...props} /></div>;
}

export const HorizontalLayoutRenderer = withJsonFormsLayoutProps(HorizontalLayout);
