// Decoding the bytes of a text input: UTF-8 with or without BOM, UTF-16 (LE or BE) with BOM. Anything else that
// is not valid UTF-8, holds NUL bytes (a binary file) or is empty is refused with a reason the error line names.

export type DecodedText = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly reason: string };

const UTF8_FATAL = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
const UTF16LE_FATAL = new TextDecoder('utf-16le', { fatal: true, ignoreBOM: false });
const UTF16BE_FATAL = new TextDecoder('utf-16be', { fatal: true, ignoreBOM: false });

function hasUtf16Bom(bytes: Uint8Array): 'le' | 'be' | null {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return 'le';
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return 'be';
  return null;
}

/** Decodes a whole text file. The BOM, when there is one, is dropped. */
export function decodeTextBytes(bytes: Uint8Array): DecodedText {
  if (bytes.length === 0) return { ok: false, reason: 'empty file' };
  const utf16 = hasUtf16Bom(bytes);
  if (utf16 !== null) {
    if (bytes.length % 2 !== 0) return { ok: false, reason: 'invalid UTF-16: odd number of bytes' };
    let text: string;
    try {
      text = (utf16 === 'le' ? UTF16LE_FATAL : UTF16BE_FATAL).decode(bytes);
    } catch {
      return { ok: false, reason: `invalid UTF-16${utf16.toUpperCase()}` };
    }
    return checkDecoded(text);
  }
  if (bytes.includes(0)) return { ok: false, reason: 'binary file: contains NUL bytes' };
  let text: string;
  try {
    text = UTF8_FATAL.decode(bytes);
  } catch {
    return { ok: false, reason: `not valid UTF-8 (first bad byte at offset ${firstInvalidUtf8Offset(bytes)})` };
  }
  return checkDecoded(text);
}

/** Refuses decoded text that is blank or holds NUL characters. */
export function checkDecoded(text: string): DecodedText {
  if (text.includes('\u0000')) return { ok: false, reason: 'binary content: contains NUL characters' };
  if (text.trim().length === 0) return { ok: false, reason: 'empty text' };
  return { ok: true, text };
}

/** Decodes one line of a JSONL dump (UTF-8 only, BOM allowed on the first line). */
export function decodeUtf8Line(bytes: Uint8Array): DecodedText {
  try {
    return { ok: true, text: UTF8_FATAL.decode(bytes) };
  } catch {
    return { ok: false, reason: `not valid UTF-8 (first bad byte at offset ${firstInvalidUtf8Offset(bytes)})` };
  }
}

/** Offset of the first byte that breaks UTF-8, for the error message. */
export function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const lead = bytes[index] ?? 0;
    const length = lead < 0x80 ? 1 : lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    if (length === 0 || index + length > bytes.length) return index;
    try {
      UTF8_FATAL.decode(bytes.subarray(index, index + length));
    } catch {
      return index;
    }
    index += length;
  }
  return index;
}
