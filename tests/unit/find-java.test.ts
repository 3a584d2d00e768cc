import { findJava, MIN_JAVA_MAJOR, parseJavaMajor } from "../../src/db/embedded/find-java";

describe("parseJavaMajor", () => {
  it.each([
    ['openjdk version "17.0.15" 2025-04-15\nOpenJDK Runtime Environment (build 17.0.15+6-Debian-1deb12u1)', 17],
    ['openjdk version "25.0.3" 2026-04-21 LTS\nOpenJDK Runtime Environment Temurin-25.0.3+9 (build 25.0.3+9-LTS)', 25],
    ['openjdk version "21" 2023-09-19', 21],
    ['java version "1.8.0_351"\nJava(TM) SE Runtime Environment (build 1.8.0_351-b10)', 8],
  ])("reads the major version of %p", (output, major) => {
    expect(parseJavaMajor(output)).toBe(major);
  });

  it.each(["", "command not found: java", "version 17", 'openjdk version "abc"'])(
    "is undefined for %p",
    (output) => {
      expect(parseJavaMajor(output)).toBeUndefined();
    },
  );
});

describe("findJava", () => {
  it("skips a JAVA_HOME that does not exist and still finds a usable runtime", () => {
    const java = findJava({ JAVA_HOME: "/nonexistent/film-graph-jdk", PATH: process.env.PATH });
    if (java !== undefined) {
      expect(java.major).toBeGreaterThanOrEqual(MIN_JAVA_MAJOR);
      expect(java.executable).not.toContain("/nonexistent/");
    }
  });
});
