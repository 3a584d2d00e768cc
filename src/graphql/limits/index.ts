import type { ApolloServerPlugin } from "@apollo/server";
import type { ParseOptions, ValidationRule } from "graphql";
import type { OperationLimits } from "../../config";
import { costLimitPlugin } from "./cost";
import { shapeLimits } from "./shape-limits";

/**
 * Everything ApolloServer needs to refuse an operation over a limit before it runs (docs/limits.md):
 * tokens while parsing (graphql-js's `maxTokens`), fragment explosions (Apollo's recursive selection
 * limit), depth, aliases and directives while validating (graphql-armor), and the estimated cost
 * once the operation is known (graphql-query-complexity). Spread it into the ApolloServer options.
 */
export function operationLimits(
  limits: OperationLimits,
  o: { development: boolean },
): { parseOptions: ParseOptions; maxRecursiveSelections: true; validationRules: ValidationRule[]; plugins: ApolloServerPlugin[] } {
  const shape = shapeLimits(limits, { blockFieldSuggestions: !o.development });
  return {
    parseOptions: { maxTokens: limits.tokens },
    maxRecursiveSelections: true,
    validationRules: shape.validationRules,
    plugins: [...shape.plugins, costLimitPlugin(limits)],
  };
}
