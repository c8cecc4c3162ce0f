/** How the write's last sync tells a refused print setup (a note) from a failed write. */
import { PRINT_MARKER, failedAfterMarker } from '../../src/excel/writeSheets';

test('a failure after the print marker, or located on a page-layout object, is the print setup’s', () => {
  expect(failedAfterMarker({ code: 'InvalidOperation', traceMessages: [PRINT_MARKER], debugInfo: { errorLocation: 'PageLayout.zoom' } })).toBe(true);
  // A host that reports no trace messages: the error location still says where it failed.
  expect(failedAfterMarker({ code: 'InvalidOperation', debugInfo: { errorLocation: 'HeaderFooter.centerFooter' } })).toBe(true);
  expect(failedAfterMarker({ code: 'NotImplemented', debugInfo: { errorLocation: 'PageLayout.setPrintTitleRows' } })).toBe(true);
});

test('anything else failed the write itself', () => {
  expect(failedAfterMarker({ code: 'GeneralException', traceMessages: [], debugInfo: { errorLocation: 'Worksheet.name' } })).toBe(false);
  expect(failedAfterMarker({ code: 'RequestPayloadSizeLimitExceeded', traceMessages: [] })).toBe(false);
  expect(failedAfterMarker(new Error('network'))).toBe(false);
  expect(failedAfterMarker(undefined)).toBe(false);
});
