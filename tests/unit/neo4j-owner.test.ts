import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { currentProcessOwner, ownerFileOf, ownerIsAlive, readOwner, writeOwner } from "../../src/db/embedded/neo4j-owner";

// Who answers for a running embedded Neo4j: the next start reuses it only while its owner lives.

const home = fs.mkdtempSync(path.join(os.tmpdir(), "film-graph-owner-"));
beforeAll(() => fs.mkdirSync(path.join(home, "run")));
afterAll(() => fs.rmSync(home, { recursive: true, force: true }));

/** The pid of a process that has ended. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"]);
  return Number(child.stdout.toString());
}

it("keeps this process as the owner, with its start time, and finds it alive", () => {
  const me = currentProcessOwner();
  expect(me).toMatchObject({ kind: "process", pid: process.pid });
  writeOwner(home, me);
  expect(readOwner(home)).toEqual(me);
  expect(ownerIsAlive(me)).toBe(true);
});

it("finds an owner whose process has ended gone", () => {
  const gone = { kind: "process" as const, pid: deadPid() };
  expect(ownerIsAlive(gone)).toBe(false);
});

it("takes a live pid with another start time for another process (the pid was reused)", () => {
  const me = currentProcessOwner();
  if (me.kind !== "process" || me.startTime === undefined) return; // no /proc here
  expect(ownerIsAlive({ ...me, startTime: String(Number(me.startTime) - 1) })).toBe(false);
});

it("a Neo4j left running by `film-graph db start` has no owner to outlive", () => {
  writeOwner(home, { kind: "detached" });
  expect(fs.readFileSync(ownerFileOf(home), "utf8")).toBe("detached\n");
  expect(readOwner(home)).toEqual({ kind: "detached" });
  expect(ownerIsAlive({ kind: "detached" })).toBe(true);
});

it("no owner file, or a damaged one, is no owner", () => {
  fs.writeFileSync(ownerFileOf(home), "not a pid\n");
  expect(readOwner(home)).toBeUndefined();
  fs.rmSync(ownerFileOf(home));
  expect(readOwner(home)).toBeUndefined();
});
