import fs from "node:fs";
import path from "node:path";

/** The README's text, read from the repository root. */
export const README_PATH = path.join(__dirname, "..", "..", "README.md");

export function readReadme(): string {
  return fs.readFileSync(README_PATH, "utf8");
}

export interface FencedBlock {
  /** The info string after the opening fence (`graphql`, `sh` ...). */
  language: string;
  /** The block's content, without the fences. */
  text: string;
  /** 1-based line of the opening fence in the file. */
  line: number;
}

/** Every fenced code block (```lang ... ```) of a Markdown text, in order. */
export function fencedBlocks(markdown: string): FencedBlock[] {
  const blocks: FencedBlock[] = [];
  const lines = markdown.split("\n");
  let open: { language: string; line: number; body: string[] } | undefined;
  lines.forEach((line, index) => {
    const fence = /^```(\S*)\s*$/.exec(line);
    if (!open && fence) {
      open = { language: fence[1] ?? "", line: index + 1, body: [] };
    } else if (open && /^```\s*$/.test(line)) {
      blocks.push({ language: open.language, text: open.body.join("\n"), line: open.line });
      open = undefined;
    } else if (open) {
      open.body.push(line);
    }
  });
  return blocks;
}

/** The rows of the first Markdown table after a heading, as arrays of trimmed cells. */
export function tableAfterHeading(markdown: string, heading: string): string[][] {
  const lines = markdown.split("\n");
  const start = lines.findIndex((l) => l.trim() === heading);
  if (start === -1) throw new Error(`README has no heading "${heading}"`);
  const rows: string[][] = [];
  for (const line of lines.slice(start + 1)) {
    if (/^#{1,6} /.test(line)) break;
    if (line.startsWith("|")) {
      rows.push(
        line
          .trim()
          .replace(/^\||\|$/g, "")
          .split("|")
          .map((c) => c.trim()),
      );
    } else if (rows.length > 0) {
      break;
    }
  }
  // Drop the header row and the --- separator.
  return rows.slice(2);
}
