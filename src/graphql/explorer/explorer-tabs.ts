import fs from "node:fs";
import path from "node:path";
import { Kind, type OperationDefinitionNode, parse, print, valueFromASTUntyped } from "graphql";
import { exampleVariables } from "./explorer-examples";

/** The API contract the explorer opens with (a copy of shared/contract kept in the repository). */
export const CONTRACT_DIR = path.resolve(__dirname, "../../../tests/contract");

/** A tab of GraphiQL's `defaultTabs`. */
export interface ExplorerTab {
  query: string;
  variables?: string;
  headers?: string;
}

/** The contract files in reading order: acceptance first, then the others alphabetically. */
function contractFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  const files = fs.readdirSync(dir).filter((f) => f.endsWith(".graphql"));
  return files.sort((a, b) => Number(b === "acceptance.graphql") - Number(a === "acceptance.graphql") || a.localeCompare(b));
}

/** One tab per operation of the contract files, with example variables where an operation needs them. */
export function contractTabs(dir: string = CONTRACT_DIR): ExplorerTab[] {
  const tabs: ExplorerTab[] = [];
  for (const file of contractFiles(dir)) {
    const document = parse(fs.readFileSync(path.join(dir, file), "utf8"));
    for (const definition of document.definitions) {
      if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
      const name = definition.name?.value ?? "";
      const variables = exampleVariables[name] ?? defaultVariables(definition);
      tabs.push({
        query: `# ${file}\n${print(definition)}\n`,
        ...(variables ? { variables: JSON.stringify(variables, null, 2) } : {}),
        ...(definition.operation === "mutation" ? { headers: JSON.stringify({ Authorization: "Bearer <API_TOKEN>" }, null, 2) } : {}),
      });
    }
  }
  return tabs;
}

/** The operation's own defaults (e.g. a `$title` default in the contract), shown in the variables editor to edit. */
function defaultVariables(operation: OperationDefinitionNode): Record<string, unknown> | undefined {
  const entries = (operation.variableDefinitions ?? [])
    .filter((v) => v.defaultValue)
    .map((v) => [v.variable.name.value, valueFromASTUntyped(v.defaultValue!)]);
  return entries.length ? Object.fromEntries(entries) : undefined;
}
