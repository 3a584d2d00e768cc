import { requestLogLevel } from "../../src/graphql/observability/request-log";

describe("requestLogLevel", () => {
  it("logs the probes at debug whatever they answer: a 503 from /ready while plans warm is a state, not a fault", () => {
    expect(requestLogLevel("/ready", 503)).toBe("debug");
    expect(requestLogLevel("/health", 200)).toBe("debug");
    expect(requestLogLevel("/metrics", 500)).toBe("debug");
  });

  it("logs other requests by status: 5xx or a thrown error at error, 4xx at warn, else info", () => {
    expect(requestLogLevel("/graphql", 503)).toBe("error");
    expect(requestLogLevel("/graphql", 200, new Error("boom"))).toBe("error");
    expect(requestLogLevel("/graphql", 400)).toBe("warn");
    expect(requestLogLevel("/graphql", 200)).toBe("info");
    expect(requestLogLevel("/readiness-report", 503)).toBe("error");
  });
});
