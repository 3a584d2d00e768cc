/** Counts of one category: true positives, false positives, false negatives, and the scores. */
export interface CategoryScore {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
  f1: number;
}

export function score(truePositives: number, falsePositives: number, falseNegatives: number): CategoryScore {
  // With nothing to find and nothing found, the analysis is right.
  const precision = truePositives + falsePositives === 0 ? 1 : truePositives / (truePositives + falsePositives);
  const recall = truePositives + falseNegatives === 0 ? 1 : truePositives / (truePositives + falseNegatives);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { truePositives, falsePositives, falseNegatives, precision, recall, f1 };
}

export function sumScores(scores: CategoryScore[]): CategoryScore {
  return score(
    scores.reduce((n, s) => n + s.truePositives, 0),
    scores.reduce((n, s) => n + s.falsePositives, 0),
    scores.reduce((n, s) => n + s.falseNegatives, 0),
  );
}
