import { ANALYTICS_DIR, analyticsNames, loadAnalytics } from "../analytics/analytics-files";
import { GUIDE_SLIDES, type GuideSlide } from "./guide-slides";

/** `// :param name => literal` lines of an analytics header, as written (the literal kept as text). */
const PARAM_LINE = /^\s*\/\/\s*:param\s+([A-Za-z_]\w*)\s*=>\s*(.+?)\s*$/;

const escapeHtml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/**
 * One slide per analytics file of cypher/analytics: its description, a runnable `:param` line per
 * default of its header, and the query itself (which reads them).
 */
export function analyticsSlides(dir: string = ANALYTICS_DIR): GuideSlide[] {
  return analyticsNames(dir).map((name) => {
    const query = loadAnalytics(name, dir);
    const literals = query.text
      .split(/\r?\n/)
      .map((line) => PARAM_LINE.exec(line))
      .filter((match): match is RegExpExecArray => match !== null)
      .map((match) => `:param ${match[1]} => ${match[2]}`);
    const body = query.text
      .split(/\r?\n/)
      .filter((line) => !line.trim().startsWith("//"))
      .join("\n")
      .trim();
    const description = query.description.filter((line) => !/^Parameters\b/.test(line.trim()));
    return {
      title: `Analytics: ${name}`,
      text: [description.join(" "), `The file is cypher/analytics/${name}.cypher; \`film-graph analytics ${name}\` runs it from a shell.`],
      queries: [
        // `:param x => 10` keeps 10 an integer (LIMIT needs one); `:params {x: 10}` would send a float.
        ...literals.map((line) => ({ caption: "First set this parameter (run each)", cypher: line })),
        { caption: "Then run it", cypher: body },
      ],
    };
  });
}

function renderSlide(slide: GuideSlide): string {
  const text = slide.text.map((p) => `<p>${escapeHtml(p)}</p>`).join("\n      ");
  const queries = slide.queries
    .map(
      (q) => `<figure>
        <pre class="pre-scrollable code runnable">${escapeHtml(q.cypher)}</pre>
        <figcaption>${escapeHtml(q.caption)}</figcaption>
      </figure>`,
    )
    .join("\n      ");
  return `  <slide class="row-fluid">
    <div class="col-sm-3">
      <h3>${escapeHtml(slide.title)}</h3>
    </div>
    <div class="col-sm-9">
      ${text}
      ${queries}
    </div>
  </slide>`;
}

/**
 * The Neo4j Browser guide (`:play http://localhost:4000/browser/guide.html`): an HTML fragment in
 * Neo4j Browser's guide format (`<article class="guide">` with a `<carousel>` of `<slide>`s whose
 * `pre.runnable` blocks fill the editor on a click; neo4j-contrib/neo4j-guides documents it).
 */
export function renderGuide(slides: GuideSlide[] = [...GUIDE_SLIDES, ...analyticsSlides()]): string {
  return `<article class="guide">
<carousel class="deck container-fluid">
${slides.map(renderSlide).join("\n")}
</carousel>
</article>
`;
}
