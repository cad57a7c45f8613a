/**
 * A random id for a store (a tab). crypto.getRandomValues works in insecure contexts too,
 * unlike crypto.randomUUID, and portals are not all served over HTTPS.
 */
export function randomWriterId(): string {
  const bytes = new Uint8Array(12);
  if (globalThis.crypto?.getRandomValues) globalThis.crypto.getRandomValues(bytes);
  else for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(Math.random() * 256);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
