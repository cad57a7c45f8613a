import type { Layout, LayoutProps } from '@jsonforms/core';
import { JsonFormsDispatch } from '@jsonforms/react';

/** Renders a layout's elements with the same schema, path and renderer set. */
export function LayoutChildren({ uischema, schema, path, enabled, renderers, cells }: LayoutProps) {
  const elements = (uischema as Layout).elements ?? [];
  return (
    <>
      {elements.map((el, i) => (
        <JsonFormsDispatch key={`${path}-${i}`} uischema={el} schema={schema} path={path} enabled={enabled} renderers={renderers} cells={cells} />
      ))}
    </>
  );
}
