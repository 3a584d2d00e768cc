import { analyze, judged, SALT_ROAD } from "./film";

const read = (text: string) => analyze(text, SALT_ROAD);

// Found on a private development set of ten real critics' reviews (realR, 2.90.0, docs/analysis.md):
// six of its humour judgements were comic books, their fans or comedians.
describe("'comic' in another sense than the film's humour (A4)", () => {
  it.each([
    "For both film and comic book fans, there are several references to past creations that will be left for audiences to discover.",
    "The story itself is nothing special, and comic fans will probably be annoyed by the retcon.",
    "Amos, working as a clown-for-hire, has dreams of becoming a stand-up comic in the city.",
    "Dario Venn isn't exactly known for comedic roles.",
  ])("%s", (text) => {
    expect(judged(read(text)).filter((j) => j.startsWith("humour"))).toEqual([]);
  });

  it.each([
    ["The comic timing is superb.", "humour:POSITIVE"],
    ["The comic relief is a welcome touch.", "humour:POSITIVE"],
    ["The comedy is broad and tiresome.", "humour:NEGATIVE"],
  ])("%s is still the humour", (text, judgement) => {
    expect(judged(read(text))).toContain(judgement);
  });
});
