import { rankWith, uiTypeIs, type LayoutProps, type RankedTester } from '@jsonforms/core';
import { withJsonFormsLayoutProps } from '@jsonforms/react';
import { LayoutChildren } from './LayoutChildren.js';

export const verticalLayoutTester: RankedTester = rankWith(1, uiTypeIs('VerticalLayout'));

export function VerticalLayout(props: LayoutProps) {
  if (!props.visible) return null;
  return <div className="gf-vertical"><LayoutChildren {...props} /></div>;
}

export const VerticalLayoutRenderer = withJsonFormsLayoutProps(VerticalLayout);
