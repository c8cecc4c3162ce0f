/**
 * Errors the simulator throws, shaped like Office.js's: `OfficeExtension.Error` has `code`, `message`
 * and `debugInfo`; reading an unloaded property throws `PropertyNotLoaded` with Excel's own sentence.
 */

/** Excel on the web refuses requests and responses above this size (bytes). */
export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;
/** Excel refuses value/formula/number-format reads and writes of ranges above this many cells. */
export const RANGE_CELL_LIMIT = 5_000_000;

export type SimErrorCode =
  | 'AccessDenied'
  | 'ApiNotFound'
  | 'GeneralException'
  | 'InvalidArgument'
  | 'InvalidOperation'
  | 'InvalidReference'
  | 'ItemAlreadyExists'
  | 'ItemNotFound'
  | 'NotImplemented'
  | 'RangeExceedsLimit'
  | 'RequestPayloadSizeLimitExceeded'
  | 'ResponsePayloadSizeLimitExceeded';

export class SimError extends Error {
  readonly code: SimErrorCode;
  readonly debugInfo: { code: SimErrorCode; message: string; errorLocation?: string };
  /** The `context.trace()` messages of the failed batch that ran before the failure (as `OfficeExtension.Error`). */
  traceMessages: string[] = [];

  constructor(code: SimErrorCode, message: string, errorLocation?: string) {
    super(message);
    this.name = 'RichApi.Error';
    this.code = code;
    this.debugInfo = { code, message, ...(errorLocation ? { errorLocation } : {}) };
  }
}

export class PropertyNotLoadedError extends Error {
  readonly code = 'PropertyNotLoaded';

  constructor(property: string) {
    super(
      `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    );
    this.name = 'PropertyNotLoadedError';
  }
}

/** Thrown when a test reaches for a part of the API the simulator does not model. */
export function notModelled(what: string): SimError {
  return new SimError('NotImplemented', `The Excel simulator does not model ${what}.`);
}
