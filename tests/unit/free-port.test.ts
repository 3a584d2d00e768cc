import { distinctPort, freePort } from "../support/free-port";

describe("free ports for the tests' own servers", () => {
  it("never hands out the same port twice, though the system offers it again", async () => {
    const offered = [7001, 7001, 7001, 7002];
    const next = () => Promise.resolve(offered.shift()!);
    const handedOut = new Set<number>();
    expect([await distinctPort(next, handedOut), await distinctPort(next, handedOut)]).toEqual([7001, 7002]);
  });

  it("gives ports the system has free, each once", async () => {
    const ports = [await freePort(), await freePort(), await freePort()];
    expect(new Set(ports).size).toBe(3);
    for (const port of ports) expect(port).toBeGreaterThan(0);
  });
});
