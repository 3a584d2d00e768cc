// fold-to-ascii ships no types: a class of static methods (a port of Lucene's ASCIIFoldingFilter).
declare module "fold-to-ascii" {
  export default class ASCIIFolder {
    /** Folds what Lucene folds; other characters are kept. */
    static foldMaintaining(text: string): string;
    /** Folds what Lucene folds; other non-ASCII characters become `replacement`. */
    static foldReplacing(text: string, replacement?: string): string;
  }
}
