import { reviewLanguage } from "../../../src/ingest/analysis/language";
import { analyze } from "./film";

describe("the language of a review", () => {
  it.each([
    ["Une mise en scène lourde, un film trop long : l'ennui s'installe vite devant ce drame médiocre.", "fr"],
    ["Ein großartiger Film mit einer starken Hauptdarstellerin und einer klugen Regie.", "de"],
    ["Mara Okafor has never been better.", "en"],
    ["Whitlock's direction is assured.", "en"],
    // Capsule reviews: few function words, nearly every word in an English dictionary.
    ["riveting stuff: tense, smart, beautifully shot", "en"],
    ["gorgeous, devastating, unmissable", "en"],
    ["Une comédie charmante, drôle et très bien jouée", "fr"],
    ["una película preciosa, conmovedora y muy bien dirigida", "es"],
  ])("%s is %s", (text, language) => {
    expect(reviewLanguage(text)).toBe(language);
  });

  it("a capsule review of English adjectives is read, not set aside as another language", () => {
    const result = analyze("riveting stuff: tense, smart, beautifully shot");
    expect(result.language).toBe("en");
    expect(result.sentiment).toBeGreaterThan(0);
  });

  it("a review the analysis cannot read keeps its language and gets no sentiment and no judgements, not a neutral verdict", () => {
    const result = analyze("Une mise en scène lourde, un film trop long : l'ennui s'installe vite. Médiocre, et J.K. Simmons s'ennuie.");
    expect(result).toMatchObject({ language: "fr", sentiment: null, aspects: [], themes: [], mentions: [] });
  });
});
