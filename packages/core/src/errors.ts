/** An error whose message is meant for the user (zh-CN first), never a stack trace. */
export class GovformsError extends Error {
  override name = 'GovformsError';
  constructor(
    message: string,
    /** Stable machine-readable code, e.g. 'unknown-form'. */
    readonly code: string,
    /** JSON Pointer of the offending value, when there is one. */
    readonly path?: string,
  ) {
    super(message);
  }
}
