import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { ensureChromium } from "../support/ensure-chromium";

// The decisions of ensure-chromium (the real install runs in tests/e2e/explorer.test.ts on a fresh machine).
const missing = path.join(os.tmpdir(), `no-chromium-${process.pid}`);

it("uses the browser that is there without installing anything", () => {
  const run = jest.fn();
  const present = fs.mkdtempSync(path.join(os.tmpdir(), "chromium-"));
  expect(ensureChromium({ path: present, run, log: () => {} })).toBe(present);
  expect(run).not.toHaveBeenCalled();
  fs.rmSync(present, { recursive: true });
});

it("installs Debian's chromium with apt-get when it is missing and we are root", () => {
  const commands: string[] = [];
  const lines: string[] = [];
  expect(() =>
    ensureChromium({ path: missing, isRoot: true, hasAptGet: true, run: (c, a) => commands.push([c, ...a].join(" ")), log: (l) => lines.push(l) }),
  ).toThrow(`apt-get installed chromium but ${missing} is still missing.`);
  expect(commands).toEqual(["apt-get update", "apt-get install -y --no-install-recommends chromium"]);
  expect(lines[0]).toContain("installing Debian's chromium package");
});

it("fails with one sentence when it cannot install", () => {
  const run = jest.fn();
  expect(() => ensureChromium({ path: missing, isRoot: false, hasAptGet: true, run })).toThrow(
    /^Chromium is not installed at .* and cannot be installed here \(not root\): install Debian's chromium package/,
  );
  expect(() => ensureChromium({ path: missing, isRoot: true, hasAptGet: false, run })).toThrow(/\(no apt-get\)/);
  expect(run).not.toHaveBeenCalled();
});
