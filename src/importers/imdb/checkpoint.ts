import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/** Where an interrupted import stopped in one file: the last line of its last committed batch. */
interface FileMark {
  size: number;
  mtimeMs: number;
  committedLine: number;
}

/**
 * The progress of an import of one folder, kept in `<stateDir>/imdb-import/<hash of the folder>.json`
 * after every committed batch, so a re-run after an interruption skips the batches already
 * written. A file whose size or modification time changed starts over. Removed when the import
 * completes (a later run then checks every row again, and changes nothing).
 */
export class Checkpoint {
  private readonly marks: Record<string, FileMark>;

  private constructor(readonly file: string) {
    let marks: Record<string, FileMark> = {};
    try {
      marks = (JSON.parse(fs.readFileSync(file, "utf8")) as { files?: Record<string, FileMark> }).files ?? {};
    } catch {
      // No checkpoint (or an unreadable one): start from the beginning.
    }
    this.marks = marks;
  }

  static forFolder(stateDir: string, folder: string): Checkpoint {
    const key = createHash("sha256").update(path.resolve(folder)).digest("hex").slice(0, 16);
    return new Checkpoint(path.join(stateDir, "imdb-import", `${key}.json`));
  }

  /** The last committed line of `dataFile`, or 0 when it is new or changed since. */
  committedLine(dataFile: string): number {
    const mark = this.marks[path.basename(dataFile)];
    const stat = fs.statSync(dataFile);
    return mark && mark.size === stat.size && mark.mtimeMs === stat.mtimeMs ? mark.committedLine : 0;
  }

  /** Records that every row of `dataFile` up to `line` is committed (written atomically). */
  commit(dataFile: string, line: number): void {
    const stat = fs.statSync(dataFile);
    this.marks[path.basename(dataFile)] = { size: stat.size, mtimeMs: stat.mtimeMs, committedLine: line };
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    const temp = `${this.file}.tmp`;
    fs.writeFileSync(temp, JSON.stringify({ files: this.marks }, null, 1));
    fs.renameSync(temp, this.file);
  }

  /** The import completed: nothing to resume. */
  clear(): void {
    fs.rmSync(this.file, { force: true });
  }
}
