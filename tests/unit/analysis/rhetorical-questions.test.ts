// Questions that find fault (rhetorical-questions.ts): invented wording.
import { analyze, judged } from "./film";
import { tokenize } from "../../../src/ingest/analysis/tokens";
import { asksInReproach } from "../../../src/ingest/analysis/rhetorical-questions";

const reproaches = (text: string) => asksInReproach(tokenize(text).tokens);

describe("a question that finds fault (asksInReproach)", () => {
  it("reads a negated modal or 'do' as reproach, whatever stands before it", () => {
    expect(reproaches("Regarding the score, shouldn’t someone have told the composer to stop?")).toBe(true);
    expect(reproaches("As for the drumming, does director Damien Chazelle not know what jazz is?")).toBe(true);
    expect(reproaches("Couldn't the editor have cut twenty minutes?")).toBe(true);
  });

  it("reads openings of reproach", () => {
    expect(reproaches("And back to directing, what’s with all the close-ups?")).toBe(true);
    expect(reproaches("But, did it have to be so cheap and tidy in the end?")).toBe(true);
    expect(reproaches("How many different ways can one shoot a drum kit?")).toBe(true);
  });

  it("leaves real questions, praise and statements alone", () => {
    expect(reproaches("Is it worth seeing?")).toBe(false);
    expect(reproaches("Is there a more purely thrilling film than Whiplash?")).toBe(false);
    expect(reproaches("Who wouldn't want to see it again?")).toBe(false);
    expect(reproaches("The director does not know when to stop.")).toBe(false);
  });

  it("makes the aspects the question names faults", () => {
    expect(judged(analyze("As for the drumming, does director Damien Chazelle not know that the score is meant to be beautiful?"))).toContain("direction:NEGATIVE");
    expect(judged(analyze("Regarding the cinematography, shouldn't someone have made the club look lovely?"))).toEqual(["cinematography:NEGATIVE"]);
  });
});
