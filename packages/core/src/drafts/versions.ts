/** Form versions are major.minor.patch; drafts remember the version they were saved under. */
const VERSION = /^(0|[1-9]\d{0,8})\.(0|[1-9]\d{0,8})\.(0|[1-9]\d{0,8})$/;

export function isFormVersion(v: unknown): v is string {
  return typeof v === 'string' && VERSION.test(v);
}

/** Negative when a is older than b, 0 when equal, positive when newer. Both must be valid. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
