import type { Database } from "../../src/db/database";
import { checkReadiness } from "../../src/graphql/observability/readiness";

// Readiness from what the database recorded: a stand-in database answering the applied migrations.

const migration = (id: string, checksum: string) => ({ id, checksum, statements: ["CREATE INDEX x"] });
const answering = (rows: { id: string; checksum: string }[]) => ({ read: async () => rows }) as unknown as Database;

describe("checkReadiness", () => {
  it("is ready when every migration is applied with its checksum", async () => {
    expect(await checkReadiness(answering([{ id: "001-a", checksum: "a" }]), [migration("001-a", "a")])).toEqual({
      ready: true,
      status: "ready",
    });
  });

  it("is not ready with a pending or an edited migration", async () => {
    const result = await checkReadiness(answering([{ id: "001-a", checksum: "old" }]), [migration("001-a", "a"), migration("002-b", "b")]);
    expect(result).toEqual({ ready: false, status: "migrations not applied", pending: ["002-b"], changed: ["001-a"] });
  });

  it("is not ready while the plan warm-up runs, once the database and migrations are", async () => {
    expect(await checkReadiness(answering([{ id: "001-a", checksum: "a" }]), [migration("001-a", "a")], false)).toEqual({
      ready: false,
      status: "warming up",
    });
  });
});
