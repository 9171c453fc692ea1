/**
 * CV files: which formats are accepted, how their bytes are checked, and which have their text
 * extracted for search. Only formats readable without native dependencies are parsed: plain text and
 * Markdown (UTF-8). PDF and Word files are stored and can be downloaded by the company, but their text
 * is not extracted (`CvFile.textExtracted` is false) and they are not found by CV search.
 */

/** Content type → a check of the file's first bytes (its signature), and whether its text is extracted. */
const FORMATS: Record<string, { parsed: boolean; signature?: (bytes: Buffer) => boolean }> = {
  'text/plain': { parsed: true },
  'text/markdown': { parsed: true },
  'application/pdf': { parsed: false, signature: (b) => b.subarray(0, 5).toString('latin1') === '%PDF-' },
  'application/msword': { parsed: false, signature: (b) => b.subarray(0, 4).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0])) },
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': {
    parsed: false,
    signature: (b) => b.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04])),
  },
};

export const CV_CONTENT_TYPES = Object.keys(FORMATS);
/** The longest CV text kept (characters); the file itself is kept whole. */
export const CV_TEXT_MAX = 200_000;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
// eslint-disable-next-line no-control-regex
const BINARY = /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/;

/** Why a CV is refused, in words for the `input.cv.*` field named. */
export class CvProblem extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

export interface CheckedCv {
  fileName: string;
  contentType: string;
  bytes: Buffer;
  /** The extracted text, or null for formats that are not parsed. */
  text: string | null;
}

/** Checks and decodes an uploaded CV; throws {@link CvProblem} naming the field at fault. */
export function checkCv(input: { fileName: string; contentType: string; contentBase64: string }, maxBytes: number): CheckedCv {
  const fileName = input.fileName.trim();
  if (!fileName || fileName.length > 200 || /[/\\]/.test(fileName)) {
    throw new CvProblem('input.cv.fileName', 'fileName must be 1 to 200 characters without / or \\.');
  }
  const contentType = input.contentType.split(';')[0]!.trim().toLowerCase();
  const format = FORMATS[contentType];
  if (!format) throw new CvProblem('input.cv.contentType', `contentType must be one of ${CV_CONTENT_TYPES.join(', ')}.`);
  // Bounded before decoding: base64 is 4 characters per 3 bytes.
  const encoded = input.contentBase64.replace(/\s+/g, '');
  if (encoded.length > Math.ceil(maxBytes / 3) * 4 || !BASE64.test(encoded)) {
    throw new CvProblem('input.cv.contentBase64', `The CV must be base64 of at most ${maxBytes.toLocaleString('en')} bytes.`);
  }
  const bytes = Buffer.from(encoded, 'base64');
  if (bytes.length === 0) throw new CvProblem('input.cv.contentBase64', 'The CV file is empty.');
  if (bytes.length > maxBytes)
    throw new CvProblem('input.cv.contentBase64', `The CV must be at most ${maxBytes.toLocaleString('en')} bytes.`);
  if (format.signature && !format.signature(bytes)) {
    throw new CvProblem('input.cv.contentType', `The file is not a ${contentType} file.`);
  }
  let text: string | null = null;
  if (format.parsed) {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      throw new CvProblem('input.cv.contentBase64', 'A text CV must be UTF-8.');
    }
    if (BINARY.test(text)) throw new CvProblem('input.cv.contentBase64', 'The CV looks binary (control bytes); send text.');
    text = text.slice(0, CV_TEXT_MAX);
  }
  return { fileName, contentType, bytes, text };
}
