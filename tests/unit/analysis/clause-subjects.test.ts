// Judgements attributed by sentence structure (predications.ts, subjectCues in aspects.ts), in
// invented wording: the subject of a clause takes what its predicate says, with no cue word needed.
import { analyze, judged, SALT_ROAD } from "./film";
import { splitSentences } from "../../../src/ingest/analysis/sentences";
import { predications } from "../../../src/ingest/analysis/predications";

const LANTERN = {
  title: "The Lantern Keeper",
  year: 2021,
  directors: ["Ines Marlow"],
  writers: ["Ines Marlow"],
  cast: [
    { person: "Dora Quill", character: "Maud" },
    { person: "Felix Amory", character: "Owen" },
    { person: "Petra Vandeleur", character: "Aunt Sil" },
  ],
};
const judge = (text: string) => judged(analyze(text, LANTERN));

/** "[subject] => predicate" of each predication of a one-sentence text. */
function parsed(text: string): string[] {
  const { tokens } = splitSentences(text)[0]!;
  const words = (a: number, b: number) => tokens.slice(a, b + 1).map((t) => t.text).join(" ");
  return predications(tokens).map((p) => `[${words(p.subjectFirst, p.subjectLast)}] => ${words(p.verb, p.last)}`);
}

describe("the subject and predicate of each clause", () => {
  it("sets aside an apposition and an opening phrase, and ends a subordinate clause at its comma", () => {
    expect(parsed("Felix Amory, as the lodger Owen, is nearly as good.")).toEqual(["[Felix Amory] => is nearly as good ."]);
    expect(parsed("From the first scene to the last, she holds the screen.")).toEqual(["[she] => holds the screen ."]);
    expect(parsed("While Quill shows real intensity, Petra Vandeleur is merely pleasant.")).toEqual([
      "[Quill] => shows real intensity",
      "[Petra Vandeleur] => is merely pleasant .",
    ]);
  });

  it("sets aside a relative clause after an insertion ('X, the lodger, who ..., gives ...')", () => {
    expect(parsed("Petra Vandeleur's aunt, Aunt Sil, who befriends Maud over the radio, gives the film a warm heart.")).toEqual([
      "[Petra Vandeleur 's aunt] => gives the film a warm heart .",
    ]);
    expect(judge("Petra Vandeleur's aunt, Aunt Sil, who befriends Maud over the radio, gives the film a warm heart.")).toEqual(["supporting performance:POSITIVE"]);
  });

  it("keeps a hyphenated name or compound whole in the subject ('Cho Yeo-jeong is hilarious')", () => {
    expect(parsed("Cho Yeo-jeong is hilarious as his wife.")).toEqual(["[Cho Yeo - jeong] => is hilarious as his wife ."]);
    expect(parsed("Lee Sun-kyun, as the father, is politely monstrous.")).toEqual(["[Lee Sun - kyun] => is politely monstrous ."]);
    // A dash set apart by spaces still ends the subject.
    expect(parsed("Felix Amory - as ever - is good.")).toEqual([]);
  });

  it("keeps adverbs, adjectives and participles listed before the subject's noun in the subject", () => {
    expect(parsed("But this absurdly long, occasionally miscast thriller lacks much mystery.")).toEqual([
      "[this absurdly long , occasionally miscast thriller] => lacks much mystery .",
    ]);
    expect(parsed("This gorgeous, moving film is about grief.")).toEqual(["[This gorgeous , moving film] => is about grief ."]);
    expect(parsed("Ruth Okafor's sly, knowing Maud is the best thing in it.")).toEqual(["[Ruth Okafor 's sly , knowing Maud] => is the best thing in it ."]);
  });

  it("marks what is said under a condition", () => {
    const { tokens } = splitSentences("If the film has a flaw, it is the ending.")[0]!;
    expect(predications(tokens).map((p) => p.conditional)).toEqual([true, false]);
  });
});

describe("the film judged by the adjectives of the subject that names it, and by a modal verdict", () => {
  it("reads the film's own adjectives as the verdict on the whole", () => {
    expect(judge("But this absurdly long, occasionally miscast thriller lacks much mystery.").sort()).toEqual(["overall:NEGATIVE", "screenplay:NEGATIVE"]);
  });

  it("reads 'it' after 'there's a ...' as the thing introduced, not the film", () => {
    expect(judge("There's a bomb, it's on a bus.")).toEqual([]);
    expect(judge("There is a lot going on, but it is a mess.")).toEqual(["overall:NEGATIVE"]);
  });

  it("reads 'this should've been better', 'it could have been great' as a verdict", () => {
    expect(judge("The worms are cool, but this should've been so much better.")).toEqual(["overall:NEGATIVE"]);
    expect(judge("It could have been great.")).toEqual(["overall:NEGATIVE"]);
  });
});

describe("a judgement with no cue word, attributed to the subject of its clause", () => {
  it("gives what an actor's clause says of them to the performance, whatever the verb", () => {
    expect(judge("Dora Quill does a superb job with very little.")).toEqual(["performance:POSITIVE"]);
    expect(judge("Dora Quill plays Maud beautifully.")).toEqual(["performance:POSITIVE"]);
  });

  it("reads 'he'/'she' opening a sentence as the actor the previous sentence named, with their billing", () => {
    expect(judge("Petra Vandeleur turns up late in the story. She makes every minute memorable.")).toEqual(["supporting performance:POSITIVE"]);
    expect(judge("Petra Vandeleur turns up late in the story. She is wonderful.")).toEqual(["supporting performance:POSITIVE"]);
  });

  it("keeps the actor as the antecedent when the sentence also names the character they play", () => {
    expect(judge("Petra Vandeleur turns up late as Aunt Sil. She is wonderful.")).toEqual(["supporting performance:POSITIVE"]);
  });

  it("reads a noun of the part after an actor's copula as the part, not a fault ('a marvellous villain')", () => {
    expect(judge("Petra Vandeleur is a marvellous villain.")).toEqual(["supporting performance:POSITIVE"]);
    expect(judge("Petra Vandeleur turns up late as Aunt Sil. She is the best screen villain in years.")).toEqual(["supporting performance:POSITIVE"]);
  });

  it("gives what a clause says of an aspect noun to that aspect ('the villains are dull')", () => {
    expect(judge("The villains are dull and interchangeable.")).toEqual(["characterization:NEGATIVE"]);
  });

  it("reads what a character is as the characterization, and what a character does as the story", () => {
    expect(judge("Maud is sharper and warmer than anyone around her.")).toEqual(["characterization:POSITIVE"]);
    expect(judge("Maud leaves the village and finds a good job in a mill.")).toEqual([]);
    // "interesting", "engaging", "relatable" are critics' words for a character as written, not feelings.
    expect(judge("Unfortunately, Maud isn't very interesting.")).toEqual(["characterization:NEGATIVE"]);
  });

  it("reads the film, 'it' or 'nothing' before a verb of judging as a verdict on the whole", () => {
    expect(judge("Nothing works here.")).toEqual(["overall:NEGATIVE"]);
    expect(judge("It ultimately works because it makes you care.")).toEqual(["overall:POSITIVE"]);
    // "X's debut" is the film, not its director.
    expect(judge("Marlow's debut is remarkable.")).toEqual(["overall:POSITIVE"]);
  });

  it("reads what a director's clause says of the film they make as both the direction and the film", () => {
    expect(judge("Ines Marlow delivers a stylish and gripping drama.")).toEqual(["direction:POSITIVE", "overall:POSITIVE"]);
  });

  it("reads a craft critics name to praise, described as the subject with nothing against it, as praise; not a passive", () => {
    expect(judge("The cinematography is all wet slate and lamplight.")).toEqual(["cinematography:POSITIVE"]);
    expect(judge("The score was recorded in Prague.")).toEqual([]);
  });
});

describe("what an actor gives the part, and acting words said of a craft", () => {
  it("reads the qualities an actor brings or gives as the acting ('brings a wry intelligence to the role')", () => {
    expect(judge("Dora Quill brings a wry intelligence to the role.")).toEqual(["performance:POSITIVE"]);
    expect(judge("Felix Amory lends Owen a gentle warmth.")).toEqual(["performance:POSITIVE"]);
  });

  it("reads a bad feeling in the manner an actor plays with as the character's ('plays Maud with a trembling hand')", () => {
    expect(judge("Dora Quill plays Maud with a trembling hand and a weariness, and it is one of the finest things she has done.")).toEqual(["performance:POSITIVE"]);
    expect(judge("Dora Quill plays Maud with clumsy emphasis.")).toEqual(["performance:NEGATIVE"]);
  });

  it("leaves what an actor's character has to the story", () => {
    expect(judge("Dora Quill has a wry intelligence.")).toEqual([]);
  });

  it("gives an acting word said of a craft's subject to the craft, though the subject names actors ('the scenes, with X, are flat')", () => {
    expect(judge("The harbour scenes, with Dora Quill and Felix Amory as the sisters, are a little flat.")).toEqual(["screenplay:NEGATIVE"]);
    expect(judge("Dora Quill is a little flat.")).toEqual(["performance:NEGATIVE"]);
  });
});

describe("polarity in the subject's predicate", () => {
  it("reads words of a genre's effect in their praising sense when they judge acting, in any film", () => {
    expect(judge("Felix Amory is eerie as the lodger.")).toEqual(["performance:POSITIVE"]);
  });

  it("gives a booster no valence of its own before a judging word", () => {
    // "truly" (AFINN +2) outweighed "horrible" when the adjective was lost to "horror".
    expect(judge("This truly horrible horror movie should not exist.")).toEqual(["overall:NEGATIVE"]);
  });

  it("keeps a negation in the predicate it stands in", () => {
    expect(judge("Dora Quill does not do a good job here.")).toEqual(["performance:NEGATIVE"]);
    expect(judge("The villains are not dull.")).toEqual(["characterization:POSITIVE"]);
  });

  it("gives each side of a contrast to its own subject", () => {
    expect(judge("Felix Amory is stiff, but Petra Vandeleur does a lovely job.")).toEqual(["performance:NEGATIVE", "supporting performance:POSITIVE"]);
    expect(judge("Although the villains are dull, Dora Quill does a superb job.")).toEqual(["characterization:NEGATIVE", "performance:POSITIVE"]);
  });
});

describe("sentences that end on 'in.'", () => {
  const split = (text: string) => splitSentences(text).map((s) => s.tokens.map((t) => t.text).join(" "));

  it("reads 'in.' at a sentence's end as the particle and a full stop, and ends the sentence there", () => {
    expect(split("He phones it in. The film is good.")).toEqual(["He phones it in .", "The film is good ."]);
    expect(split("She fits in. Fine.")).toEqual(["She fits in .", "Fine ."]);
  });

  it("keeps 'in.' as a unit inside a sentence", () => {
    expect(split("It is 5 in. wide and fine.")).toEqual(["It is 5 in. wide and fine ."]);
  });
});

describe("a clause after a comma or 'and' with its own subject, or with its verb left out (gapping)", () => {
  it("ends the first predicate where a new subject and verb begin", () => {
    expect(parsed("The score is lovely, the editing is choppy.")).toEqual(["[The score] => is lovely", "[the editing] => is choppy ."]);
    expect(judge("The score is lovely, the editing is choppy.")).toEqual(expect.arrayContaining(["music:POSITIVE", "editing:NEGATIVE"]));
  });

  it("reads each noun phrase of a gapped list with its own judgement", () => {
    const found = judge("The story is sophomoric, the special effects second rate and the acting equally unimpressive.");
    expect(found).toEqual(expect.arrayContaining(["screenplay:NEGATIVE", "performance:NEGATIVE", "production design:NEGATIVE"]));
    expect(judge("The score is lovely, the editing choppy.")).toEqual(expect.arrayContaining(["music:POSITIVE", "editing:NEGATIVE"]));
  });

  it("keeps a list of objects in one predicate", () => {
    expect(parsed("Maud meets the keeper next door and the dog.")).toEqual(["[Maud] => meets the keeper next door and the dog ."]);
  });
});

describe("a word of concession and its comma before the subject", () => {
  it("leaves the clause's subject to judge: 'Sure, it looks great', 'True, the script sags'", () => {
    expect(judged(analyze("Sure, it looks great."))).toEqual(["cinematography:POSITIVE"]);
    expect(judged(analyze("True, the script sags in the middle."))).toEqual(["screenplay:NEGATIVE"]);
  });
});

describe("a clause opened by 'as' with its own subject", () => {
  it("reads the story it tells as no judgement of the craft before it", () => {
    expect(judged(analyze("The score creates an eerie atmosphere, as this family faces a spiritual threat.", SALT_ROAD))).toEqual(["music:POSITIVE"]);
  });

  it("still reads ', as the part,' after an actor as the part", () => {
    expect(judged(analyze("Dario Venn, as the grown-up Amos, a pilot racing to save the ferry, does it with fierce conviction.", SALT_ROAD))).toEqual(["performance:POSITIVE"]);
    expect(judged(analyze("Dario Venn, as a shivering pilot pulled from the sea, is haunting.", SALT_ROAD))).toEqual(["performance:POSITIVE"]);
  });
});
