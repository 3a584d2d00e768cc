import fs from "node:fs";
import { TextDecoder } from "node:util";

/** A file that cannot be read as text: the sentence says which file and why. */
export class TextFileError extends Error {
  override readonly name = "TextFileError";
}

/** Byte order marks, the one declaration of an encoding a plain text file carries (Unicode §23.8). */
const BOMS: { bytes: number[]; encoding: string }[] = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: "utf-8" },
  { bytes: [0xff, 0xfe], encoding: "utf-16le" },
  { bytes: [0xfe, 0xff], encoding: "utf-16be" },
];

/** How many bytes a UTF-8 sequence starting with this byte has (1 for anything but a lead byte). */
const sequenceLength = (byte: number) => (byte > 0xf7 ? 1 : byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1);

/** Where the first byte sequence that is not UTF-8 starts (WHATWG Encoding's decoder decides). */
function firstInvalidByte(bytes: Uint8Array): number {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  for (let at = 0; at < bytes.length; at += 1) {
    try {
      decoder.decode(bytes.subarray(at, at + 1), { stream: true });
    } catch {
      // When the byte breaks a sequence begun before it, the sequence's lead byte is the culprit.
      let lead = at - 1;
      while (lead >= 0 && at - lead < 4 && (bytes[lead]! & 0xc0) === 0x80) lead -= 1;
      return lead >= 0 && sequenceLength(bytes[lead]!) > at - lead ? lead : at;
    }
  }
  try {
    decoder.decode();
  } catch {
    // The text ends inside a sequence: it starts at the last lead byte.
    let lead = bytes.length - 1;
    while (lead > 0 && (bytes[lead]! & 0xc0) === 0x80) lead -= 1;
    return lead;
  }
  return bytes.length;
}

/**
 * Bytes as text. A byte order mark declares the encoding (UTF-8, UTF-16 LE/BE) and is dropped;
 * `encoding` (a WHATWG Encoding label such as `windows-1252` or `iso-8859-1`, given by the user)
 * declares it otherwise; else the text must be UTF-8. Decoding is strict (TextDecoder with
 * `fatal: true`): bytes that are not valid in the encoding throw TextFileError naming the file,
 * the byte offset and the way out, so no replacement character (U+FFFD) is ever stored.
 */
export function decodeText(bytes: Uint8Array, file: string, encoding?: string): string {
  const bom = BOMS.find((b) => b.bytes.every((byte, i) => bytes[i] === byte));
  const declared = bom?.encoding ?? encoding ?? "utf-8";
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(declared, { fatal: true, ignoreBOM: false });
  } catch {
    throw new TextFileError(`cannot read ${file}: unknown encoding "${declared}" (use a WHATWG label such as utf-8 or windows-1252)`);
  }
  try {
    return decoder.decode(bytes);
  } catch {
    if (declared !== "utf-8" || bom) throw new TextFileError(`cannot read ${file}: it is not valid ${declared}`);
    const at = firstInvalidByte(bytes);
    const byte = bytes[at]?.toString(16).toUpperCase().padStart(2, "0") ?? "??";
    throw new TextFileError(
      `cannot read ${file}: it is not valid UTF-8 (byte 0x${byte} at offset ${at}); save it as UTF-8 or name its encoding (--encoding windows-1252)`,
    );
  }
}

/** Why a file could not be opened, in words, for the system errors people meet (POSIX errno names). */
const OPEN_FAILURES: Record<string, string> = {
  ENOENT: "no such file",
  EISDIR: "it is a folder, not a file",
  EACCES: "permission denied",
  EPERM: "permission denied",
};

/** A file's text (see decodeText); a file that cannot be read or decoded throws TextFileError. */
export function readTextFile(file: string, encoding?: string): string {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    throw new TextFileError(`cannot read ${file}: ${(code && OPEN_FAILURES[code]) ?? code ?? message}`);
  }
  return decodeText(bytes, file, encoding);
}
