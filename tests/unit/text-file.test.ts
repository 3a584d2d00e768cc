import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { decodeText, readTextFile, TextFileError } from "../../src/cli/text-file";
import { readReviewFiles } from "../../src/cli/review-files";
import { UsageError } from "../../src/cli/command-database";

// Issue 9, item 13: every file the CLI reads is checked for its encoding; text that is not valid in
// it is refused with the reason, never decoded into replacement characters.

const latin1 = Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6e, 0x6f, 0x69, 0x72]); // "Café noir" in ISO-8859-1

describe("decodeText", () => {
  it("reads UTF-8, with or without a byte order mark", () => {
    expect(decodeText(Buffer.from("Café noir", "utf8"), "a.txt")).toBe("Café noir");
    expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("Café", "utf8")]), "a.txt")).toBe("Café");
  });

  it("refuses bytes that are not UTF-8, saying where and what to do", () => {
    expect(() => decodeText(latin1, "review.txt")).toThrow(TextFileError);
    expect(() => decodeText(latin1, "review.txt")).toThrow(
      /^cannot read review\.txt: it is not valid UTF-8 \(byte 0xE9 at offset 3\); save it as UTF-8 or name its encoding/,
    );
  });

  it("decodes a declared encoding: a UTF-16 byte order mark, or the encoding the user names", () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("Søren", "utf16le")]);
    expect(decodeText(utf16, "a.txt")).toBe("Søren");
    expect(decodeText(latin1, "a.txt", "iso-8859-1")).toBe("Café noir");
    expect(() => decodeText(latin1, "a.txt", "klingon")).toThrow(/unknown encoding "klingon"/);
  });

  it("never returns replacement characters for broken input", () => {
    const truncated = Buffer.from("Zoë", "utf8").subarray(0, 3);
    expect(() => decodeText(truncated, "a.txt")).toThrow(/offset 2/);
  });
});

describe("files the CLI reads", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "text-file-"));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("refuses a non-UTF-8 review file as bad usage (nothing stored), and reads it with --encoding", () => {
    const file = path.join(dir, "latin1.txt");
    fs.writeFileSync(file, latin1);
    expect(() => readReviewFiles([file])).toThrow(UsageError);
    expect(() => readReviewFiles([file])).toThrow(/not valid UTF-8/);
    expect(readReviewFiles([file], "latin1")[0]?.text).toBe("Café noir");
  });

  it("says in words when a file is missing or is a folder, not with the system's error code", () => {
    expect(() => readTextFile(path.join(dir, "none.json"))).toThrow(/cannot read .*none\.json: no such file$/);
    expect(() => readTextFile(dir)).toThrow(/: it is a folder, not a file$/);
  });
});
