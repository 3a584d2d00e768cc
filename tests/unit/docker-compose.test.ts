import fs from "node:fs";
import path from "node:path";
import dockerignore from "@balena/dockerignore";
import { parse } from "yaml";
import { configSchema, LOCAL_NEO4J_PASSWORD } from "../../src/config";
import { NEO4J_VERSION } from "../../src/db/neo4j-version";

const root = path.join(__dirname, "../..");
const composePath = path.join(root, "docker-compose.yml");
const configNames = new Set(Object.keys(configSchema.shape));

type Dict = Record<string, unknown>;

function isDict(value: unknown): value is Dict {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function dict(value: unknown, what: string): Dict {
  if (!isDict(value)) throw new Error(`${what} should be a mapping, got ${JSON.stringify(value)}`);
  return value;
}

/** Compose allows `environment` as a mapping or as a list of KEY=VALUE strings. */
function environmentOf(service: Dict): Record<string, string> {
  const env = service.environment;
  if (Array.isArray(env)) {
    return Object.fromEntries(
      env.map((entry) => {
        const s = String(entry);
        const eq = s.indexOf("=");
        return eq === -1 ? [s, ""] : [s.slice(0, eq), s.slice(eq + 1)];
      }),
    );
  }
  return Object.fromEntries(Object.entries(dict(env, "environment")).map(([k, v]) => [k, v == null ? "" : String(v)]));
}

/**
 * What Compose makes of a value when none of the referenced variables is set in the shell:
 * `${X:-default}` / `${X-default}` become the default, `${X}` / `$X` become "", `$$` becomes "$".
 */
function interpolateWithDefaults(value: string): string {
  return value.replace(/\$\$|\$\{([A-Za-z_][A-Za-z0-9_]*)(?::?-([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g, (match, _braced, fallback) =>
    match === "$$" ? "$" : ((fallback as string | undefined) ?? ""),
  );
}

/** Container-side port numbers of a service's `ports` (short or long syntax). */
function containerPorts(service: Dict): number[] {
  const ports = service.ports;
  if (!Array.isArray(ports)) return [];
  return ports.map((p) => {
    if (isDict(p)) return Number(p.target);
    const spec = String(p).split("/")[0] ?? "";
    return Number(spec.split(":").pop());
  });
}

const text = fs.readFileSync(composePath, "utf8");
const compose = dict(parse(text), "docker-compose.yml");
const services = dict(compose.services, "services");
const neo4j = dict(services.neo4j, "services.neo4j");
const api = dict(services.api, "services.api");

describe("docker-compose.yml", () => {
  it("parses to a document with the neo4j and api services", () => {
    expect(Object.keys(services).sort()).toEqual(["api", "neo4j"]);
  });

  it("pins the Neo4j image to the exact release the project runs", () => {
    expect(NEO4J_VERSION).toMatch(/^\d+\.\d+\.\d+$/);
    const image = String(neo4j.image);
    const match = /^neo4j:(\d+\.\d+\.\d+)(-community)?$/.exec(image);
    expect(match).not.toBeNull();
    expect(match?.[1]).toBe(NEO4J_VERSION);
    expect(image).not.toMatch(/latest/);
  });

  it("publishes Neo4j's HTTP and Bolt ports and keeps its data in a declared named volume", () => {
    expect(containerPorts(neo4j)).toEqual(expect.arrayContaining([7474, 7687]));

    const volumes = neo4j.volumes;
    expect(Array.isArray(volumes)).toBe(true);
    const dataMount = (volumes as unknown[])
      .map((v) => (isDict(v) ? { source: String(v.source), target: String(v.target) } : { source: String(v).split(":")[0], target: String(v).split(":")[1] }))
      .find((m) => m.target === "/data");
    expect(dataMount).toBeDefined();
    const source = dataMount?.source ?? "";
    // A named volume, not a bind mount of a host path.
    expect(source).toMatch(/^[a-zA-Z0-9][a-zA-Z0-9._-]*$/);
    expect(Object.keys(dict(compose.volumes, "volumes"))).toContain(source);
  });

  it("sets Neo4j's password from the same default the API uses", () => {
    const env = environmentOf(neo4j);
    expect(interpolateWithDefaults(env.NEO4J_AUTH ?? "")).toBe(`neo4j/${LOCAL_NEO4J_PASSWORD}`);
    expect(interpolateWithDefaults(environmentOf(api).NEO4J_PASSWORD ?? "")).toBe(LOCAL_NEO4J_PASSWORD);
    // The same variable drives both, so overriding it keeps them in step.
    expect(env.NEO4J_AUTH).toContain("${NEO4J_PASSWORD");
    expect(environmentOf(api).NEO4J_PASSWORD).toContain("${NEO4J_PASSWORD");
  });

  it("gives Neo4j a healthcheck that queries the database", () => {
    const hc = dict(neo4j.healthcheck, "services.neo4j.healthcheck");
    expect(hc.disable).not.toBe(true);
    const test = hc.test;
    const command = Array.isArray(test) ? test.map(String) : [String(test)];
    expect(["CMD", "CMD-SHELL"]).toContain(command[0]);
    const line = command.slice(1).join(" ");
    // Either Bolt (cypher-shell) or HTTP on Neo4j's own ports: not a check that always passes.
    expect(line).toMatch(/cypher-shell[^|&;]*RETURN 1|(wget|curl)[^|&;]*localhost:7474/);
    // `$$` in compose is a literal `$`; a lone `$` would be interpolated on the host instead.
    expect(line).not.toMatch(/(^|[^$])\$\{?NEO4J_AUTH/);
    for (const key of ["interval", "timeout", "start_period"]) {
      expect(String(hc[key])).toMatch(/^\d+(ms|s|m|h)$/);
    }
    expect(Number(hc.retries)).toBeGreaterThan(0);
  });

  it("starts the API only once Neo4j is healthy", () => {
    const dependsOn = dict(api.depends_on, "services.api.depends_on");
    expect(dict(dependsOn.neo4j, "depends_on.neo4j").condition).toBe("service_healthy");
  });

  it("sets on the API only variables src/config.ts reads", () => {
    const env = environmentOf(api);
    const names = Object.keys(env);
    expect(names.filter((n) => !configNames.has(n))).toEqual([]);
    expect(names).toEqual(expect.arrayContaining(["NEO4J_URI", "NEO4J_USERNAME", "NEO4J_PASSWORD"]));
  });

  it("gives the API values its config schema accepts", () => {
    const env = Object.fromEntries(Object.entries(environmentOf(api)).map(([k, v]) => [k, interpolateWithDefaults(v)]));
    const parsed = configSchema.safeParse(env);
    expect(parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`)).toEqual([]);
  });

  it("points NEO4J_URI at the neo4j service's Bolt port", () => {
    const uri = new URL(environmentOf(api).NEO4J_URI ?? "");
    expect(uri.protocol).toMatch(/^(bolt|neo4j):$/);
    expect(uri.hostname).toBe("neo4j");
    expect(Number(uri.port)).toBe(7687);
    expect(containerPorts(neo4j)).toContain(Number(uri.port));
  });

  it("publishes the port the API listens on", () => {
    const port = Number(interpolateWithDefaults(environmentOf(api).PORT ?? "4000"));
    expect(containerPorts(api)).toContain(port);
  });

  it("publishes every port on 127.0.0.1 only", () => {
    for (const [name, service] of [["neo4j", neo4j], ["api", api]] as const) {
      const ports = service.ports as unknown[];
      expect(ports.length).toBeGreaterThan(0);
      for (const port of ports) {
        const hostIp = isDict(port) ? String(port.host_ip) : interpolateWithDefaults(String(port)).split(":")[0];
        expect({ service: name, hostIp }).toEqual({ service: name, hostIp: "127.0.0.1" });
      }
    }
  });

  it("builds the API on the current Node LTS image, with codegen at build time and not at start", () => {
    const build = dict(api.build, "services.api.build");
    expect(build.dockerfile).toBeUndefined();
    const dockerfile = String(build.dockerfile_inline);
    const instructions = dockerfile
      .split("\n")
      .map((l) => l.trim())
      .filter((l) => l !== "" && !l.startsWith("#"));
    // Node 26: Active LTS since 2026-10-28 (nodejs/Release schedule); its images default to Debian 13.
    expect(instructions[0]).toMatch(/^FROM node:26[.\d]*-(trixie|alpine)[\w.-]*$/);
    expect(instructions).toContain("WORKDIR /app");
    const ci = instructions.findIndex((l) => /^RUN npm ci\b/.test(l));
    const copyManifests = instructions.findIndex((l) => /^COPY package\.json package-lock\.json/.test(l));
    const copyRest = instructions.findIndex((l) => /^COPY .*\. \.$/.test(l));
    const codegen = instructions.findIndex((l) => /^RUN npm run codegen\b/.test(l));
    expect(copyManifests).toBeGreaterThan(-1);
    expect(ci).toBeGreaterThan(copyManifests);
    expect(copyRest).toBeGreaterThan(ci);
    // Codegen needs the sources and the dev dependencies: after both, before any prune.
    expect(codegen).toBeGreaterThan(copyRest);
    expect(instructions[ci]).not.toMatch(/--omit|--only|--production/);
    expect(instructions).toContain("EXPOSE 4000");
    const cmd = instructions[instructions.length - 1] ?? "";
    expect(cmd.startsWith("CMD ")).toBe(true);
    const command = JSON.parse(cmd.slice("CMD ".length)) as string[];
    // `npm start` would run codegen again (prestart) at every container start.
    expect(command).not.toEqual(["npm", "start"]);
    expect(command.slice(-2)).toEqual(["tsx", "src/main.ts"]);
  });

  it("keeps dependencies, local state, git history and generated code out of the build context", () => {
    const ignored = dockerignore().add(fs.readFileSync(path.join(root, ".dockerignore"), "utf8"));
    for (const excluded of ["node_modules/graphql/index.js", ".local/neo4j/data/x", ".git/HEAD", "src/generated/graphql.ts"]) {
      expect({ path: excluded, ignored: ignored.ignores(excluded) }).toEqual({ path: excluded, ignored: true });
    }
    for (const needed of ["package.json", "package-lock.json", "src/main.ts", "schema/film.graphql", "cypher/read/search.cypher", "codegen.yml", "tsconfig.json"]) {
      expect({ path: needed, ignored: ignored.ignores(needed) }).toEqual({ path: needed, ignored: false });
    }
  });

  it("does not rely on a top-level Dockerfile", () => {
    expect(fs.existsSync(path.join(root, "Dockerfile"))).toBe(false);
  });
});
