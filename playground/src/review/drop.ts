/**
 * The files of a drop: plain files, and every file inside a dropped folder (read through the
 * entries API, webkitGetAsEntry, which browsers give only while the drop event runs).
 */
import { pickedFile, type PickedFile } from './read-files.js';

const fileOf = (entry: FileSystemFileEntry) => new Promise<File>((resolve, reject) => entry.file(resolve, reject));

/** A directory's entries: readEntries hands them out in batches until it returns none. */
async function entriesOf(dir: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> {
  const reader = dir.createReader();
  const all: FileSystemEntry[] = [];
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (batch.length === 0) return all;
    all.push(...batch);
  }
}

async function filesIn(entry: FileSystemEntry, into: PickedFile[]): Promise<void> {
  if (entry.isFile) {
    const file = await fileOf(entry as FileSystemFileEntry);
    into.push({ ...pickedFile(file), name: entry.fullPath.replace(/^\//, '') });
  } else if (entry.isDirectory) {
    for (const child of await entriesOf(entry as FileSystemDirectoryEntry)) await filesIn(child, into);
  }
}

/** Every file a drop brings, folders walked; call while the drop event is being handled. */
export async function droppedFiles(data: DataTransfer): Promise<PickedFile[]> {
  const entries = Array.from(data.items).filter((item) => item.kind === 'file').map((item) => item.webkitGetAsEntry());
  if (entries.some((e) => e === null)) return Array.from(data.files, pickedFile);
  const files: PickedFile[] = [];
  for (const entry of entries) await filesIn(entry!, files);
  return files;
}
