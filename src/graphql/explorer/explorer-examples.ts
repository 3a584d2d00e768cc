/**
 * Variables for the contract operations that have required arguments without defaults, so every
 * tab of the explorer runs as it opens (mutations also need the Authorization header).
 */
export const exampleVariables: Record<string, Record<string, unknown>> = {
  NodeLookup: { id: "Film:sound-of-metal-2019" },
  UpsertFilm: {
    input: {
      title: "Sound of Metal",
      year: 2019,
      directors: ["Darius Marder"],
      cast: [{ person: "Riz Ahmed", character: "Ruben Stone" }],
    },
  },
  IngestReview: {
    input: {
      filmId: "Film:sound-of-metal-2019",
      text: "Riz Ahmed is astonishing as Ruben, though the pacing drags in the third act.",
      author: "Explorer example",
    },
  },
  DeleteReview: { id: "Review:sound-of-metal-2019/review-0000000000000000" },
};
