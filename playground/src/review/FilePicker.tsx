import { useRef, useState, type DragEvent } from 'react';
import type { PlaygroundMessages } from '../messages.js';
import { droppedFiles } from './drop.js';
import { MAX_REVIEW_FILE_BYTES, pickedFile, type PickedFile } from './read-files.js';

export interface FilePickerProps {
  t: PlaygroundMessages;
  onFiles(files: PickedFile[]): void;
  onClear?: () => void;
}

/** Opening dossiers: several files, a whole folder (webkitdirectory), or files and folders dropped on it. */
export function FilePicker({ t, onFiles, onClear }: FilePickerProps) {
  const w = t.review.files;
  const files = useRef<HTMLInputElement>(null);
  const folder = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const picked = (input: HTMLInputElement) => {
    const chosen = Array.from(input.files ?? [], pickedFile);
    input.value = '';
    if (chosen.length) onFiles(chosen);
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    droppedFiles(e.dataTransfer).then((f) => { if (f.length) onFiles(f); });
  };
  return (
    <div
      className={`pg-review-drop${over ? ' pg-review-drop--over' : ''}`} role="group" aria-label={w.label()}
      onDragOver={(e) => { e.preventDefault(); setOver(true); }} onDragLeave={() => setOver(false)} onDrop={onDrop}
    >
      <div className="pg-tools">
        <button type="button" className="pg-button pg-button--primary" onClick={() => files.current?.click()}>{w.pickFiles()}</button>
        <input ref={files} type="file" multiple accept="application/json,.json" className="pg-hidden" aria-label={w.pickFilesLabel()} tabIndex={-1}
          data-review-input="files" onChange={(e) => picked(e.target)} />
        <button type="button" className="pg-button" onClick={() => folder.current?.click()}>{w.pickFolder()}</button>
        <input ref={folder} type="file" multiple className="pg-hidden" aria-label={w.pickFolderLabel()} tabIndex={-1}
          data-review-input="folder" onChange={(e) => picked(e.target)}
          {...{ webkitdirectory: '' }} />
        {onClear ? <button type="button" className="pg-button" onClick={onClear}>{w.clear()}</button> : null}
      </div>
      <p className="pg-review-drop-hint">{w.drop({ max: MAX_REVIEW_FILE_BYTES / 1024 / 1024 })}</p>
    </div>
  );
}
