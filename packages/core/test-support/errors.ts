// Test helpers: the GovformsError a call throws or a promise rejects with, for tests that check
// its code and zh-CN message. Anything else thrown fails the test as it is.
import { GovformsError } from '../src/errors.js';

export function govformsErrorOf(run: () => unknown): GovformsError {
  try {
    run();
  } catch (e) {
    if (e instanceof GovformsError) return e;
    throw e;
  }
  throw new Error('expected a GovformsError');
}

export async function govformsRejectionOf(p: Promise<unknown>): Promise<GovformsError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof GovformsError) return e;
    throw e;
  }
  throw new Error('expected a GovformsError');
}
