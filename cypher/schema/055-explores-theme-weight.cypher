// A theme's films, most strongly first, as an ordered index read with a limit, whatever the number
// of films exploring the theme (docs/performance.md: a theme page, and the candidates of a film's
// similar films): each EXPLORES link keeps its theme's id (`themeId`, set by the review writes with
// the link's weight); the data step 056 back-fills existing links.
CREATE INDEX explores_theme_id_weight IF NOT EXISTS FOR ()-[e:EXPLORES]-() ON (e.themeId, e.weight);
