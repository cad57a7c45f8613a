import { useRef, useState } from 'react';
import type { PlaygroundMessages } from './messages.js';

export interface DataToolsProps {
  t: PlaygroundMessages;
  onReset(): void;
  onClear(): void;
  onImport(text: string): void;
  onExport(): void;
}

/** Reset, clear, import and export of the dossier as JSON. */
export function DataTools({ t, onReset, onClear, onImport, onExport }: DataToolsProps) {
  const d = t.data;
  const file = useRef<HTMLInputElement>(null);
  // On a phone the four buttons wait behind one (材料数据), so the form starts on the first screen.
  const [open, setOpen] = useState(false);
  return (
    <div className={`pg-tools pg-data-tools${open ? ' pg-tools--open' : ''}`} role="group" aria-label={d.label()}>
      <button type="button" className="pg-button pg-tools-toggle" aria-expanded={open} onClick={() => setOpen(!open)}>{d.label()}</button>
      <button type="button" className="pg-button" onClick={onReset}>{d.resetSample()}</button>
      <button type="button" className="pg-button" onClick={onClear}>{d.clearForm()}</button>
      <button type="button" className="pg-button" onClick={() => file.current?.click()}>{d.importJson()}</button>
      <input
        ref={file} type="file" accept="application/json,.json" className="pg-hidden" aria-label={d.importLabel()} tabIndex={-1}
        onChange={async (e) => {
          const chosen = e.target.files?.[0];
          e.target.value = '';
          if (chosen) onImport(await chosen.text());
        }}
      />
      <button type="button" className="pg-button" onClick={onExport}>{d.exportJson()}</button>
    </div>
  );
}
