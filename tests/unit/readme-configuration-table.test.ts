import { configSchema } from "../../src/config";
import { readReadme, tableAfterHeading } from "../support/readme";

// The README's configuration table and src/config.ts name the same variables with the same defaults.

const rows = tableAfterHeading(readReadme(), "## Configuration");
const documented = new Map(rows.map(([name, fallback]) => [(name ?? "").replace(/`/g, ""), fallback ?? ""]));
const schema = configSchema.shape;

describe("README configuration table", () => {
  it("lists exactly the variables src/config.ts reads", () => {
    expect([...documented.keys()].sort()).toEqual(Object.keys(schema).sort());
  });

  it.each(Object.keys(schema))("gives %s the default config.ts applies", (name) => {
    const parsed: unknown = schema[name as keyof typeof schema].parse(undefined);
    const cell = documented.get(name);
    if (parsed === undefined) {
      // Unset, or a default computed at run time (say, under HOME) that the table describes.
      expect(cell).toBeDefined();
      return;
    }
    expect(cell).toBe(`\`${String(parsed)}\``);
  });
});
