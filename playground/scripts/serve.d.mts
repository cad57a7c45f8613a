export declare const defaultDist: string;
export declare function serveStatic(
  dir?: string,
  opts?: { port?: number; host?: string },
): Promise<{ url: string; close(): Promise<void> }>;
