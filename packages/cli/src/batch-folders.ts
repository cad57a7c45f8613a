/**
 * The folder inside `-o` that each dossier's documents go to: the file's name without .json,
 * made safe and unique. A name can never leave `-o` nor be `-o` itself ("...json" would be
 * "..", "..json" would be "."), and two dossiers never share a folder ("a.json" and "A.JSON",
 * "a?.json" and "a_.json"). Deterministic: the same file names give the same folders.
 */

/** Characters no folder name should hold on any system we write to: separators, Windows' reserved ones, controls. */
const UNSAFE = /[/\\:*?"<>|\p{Cc}]/gu;

/** One dossier file name's folder, before uniqueness: "项目 A.json" → "项目 A", "..json" → "_". */
export function folderName(fileName: string): string {
  const name = fileName
    .replace(/\.json$/i, '')
    .replace(UNSAFE, '_')
    // A leading dot hides the folder (and "." and ".." are not folders of their own); Windows drops trailing dots and spaces.
    .replace(/^\.+/, (dots) => '_'.repeat(dots.length))
    .replace(/[. ]+$/, (tail) => '_'.repeat(tail.length));
  return name === '' ? '_' : name;
}

/** The folders of the dossier files, in the same order: later duplicates get "-2", "-3", … (compared ignoring case). */
export function dossierFolders(fileNames: readonly string[]): string[] {
  const taken = new Set<string>();
  const key = (name: string) => name.normalize('NFC').toLowerCase();
  return fileNames.map((fileName) => {
    const base = folderName(fileName);
    let name = base;
    for (let n = 2; taken.has(key(name)); n++) name = `${base}-${n}`;
    taken.add(key(name));
    return name;
  });
}
