import { aspectId, creditRoleIds, filmId, personId, reviewId, slug, themeId } from "../graph/ids";
import type { Database } from "./database";

/**
 * Data migration 009: moves a database written before the identity rules of docs/identity.md to
 * them. New keys need the folding of src/graph/text-fold.ts, which Cypher does not have, so this
 * step runs in TypeScript between the Cypher migrations (see src/db/migrations.ts):
 *
 * 1. every film, person, theme, aspect and genre gets the key its title or name gives now (undated
 *    films `<title>-undated`), and a film its new titleKey;
 * 2. a role several people play becomes one role per person (the first credited keeps the plain key
 *    `<film>/<character>`, the others `<film>/<character>/<person>`);
 * 3. nodes whose new keys meet (spellings the old keys kept apart) become one, with every link of
 *    each; reviews whose keys meet (one text stored in NFC and NFD) are one review: the copy already
 *    under the new key (else the earliest stored) stays, the others are deleted with what was
 *    derived from them;
 * 4. every review's key follows its film's new key and its NFC text.
 *
 * Idempotent: run again on a migrated database it changes nothing. Each step is its own write
 * transaction, so a failure leaves the database consistent and the migration unrecorded (it runs
 * again at the next start and carries on).
 */
export const IDENTITY_REKEY_ID = "009-identity-keys";

interface Keyed {
  id: string;
}
interface Snapshot {
  films: (Keyed & { title: string; year: number | null })[];
  people: (Keyed & { name: string })[];
  themes: (Keyed & { name: string })[];
  aspects: (Keyed & { name: string })[];
  genres: (Keyed & { name: string })[];
  roles: (Keyed & { name: string; billing: number | null; filmId: string | null; players: string[] })[];
  reviews: (Keyed & { text: string; filmId: string | null; createdAt: string | null })[];
}

type Label = "Film" | "Person" | "Role" | "Review" | "Theme" | "Aspect" | "Genre";

/** What the re-key changes, computed from a snapshot (pure, so it is tested without a database). */
export interface RekeyPlan {
  splits: { roleId: string; personId: string; newRoleId: string }[];
  /** Per label: nodes that become one, `keep` survives (old keys). */
  merges: Partial<Record<Exclude<Label, "Review">, { keep: string; duplicate: string }[]>>;
  duplicateReviews: string[];
  /** Per label: old key -> new key, for the nodes that remain. */
  changes: Partial<Record<Label, { from: string; to: string }[]>>;
  titleKeys: { id: string; titleKey: string }[];
}

/**
 * Groups old keys by new key: of each group, the node whose key already is the new key is kept
 * (clients know it), else the first by `prefer`; the others are duplicates.
 */
function plan(nodes: { id: string; to: string }[], prefer: (a: string, b: string) => number = (a, b) => a.localeCompare(b)) {
  const groups = new Map<string, string[]>();
  for (const n of nodes) groups.set(n.to, [...(groups.get(n.to) ?? []), n.id]);
  const merges: { keep: string; duplicate: string }[] = [];
  const changes: { from: string; to: string }[] = [];
  for (const [to, ids] of groups) {
    const sorted = [...ids].sort((a, b) => (a === to ? -1 : b === to ? 1 : prefer(a, b)));
    const keep = sorted[0]!;
    for (const duplicate of sorted.slice(1)) merges.push({ keep, duplicate });
    if (keep !== to) changes.push({ from: keep, to });
  }
  return { merges, changes };
}

export function planRekey(s: Snapshot): RekeyPlan {
  const filmKey = new Map(s.films.map((f) => [f.id, filmId(f.title, f.year)]));
  const personKey = new Map(s.people.map((p) => [p.id, personId(p.name)]));

  // Roles: one per (person, character) credit of a film, in billing order.
  const splits: RekeyPlan["splits"] = [];
  const roleTargets: { id: string; to: string }[] = [];
  const rolesByFilm = new Map<string, Snapshot["roles"]>();
  for (const role of s.roles) {
    const film = role.filmId ?? "";
    rolesByFilm.set(film, [...(rolesByFilm.get(film) ?? []), role]);
  }
  for (const [oldFilm, roles] of rolesByFilm) {
    const newFilm = filmKey.get(oldFilm) ?? oldFilm;
    const ordered = [...roles].sort((a, b) => (a.billing ?? 1e9) - (b.billing ?? 1e9) || a.id.localeCompare(b.id));
    const credits = ordered.flatMap((role) => {
      const players = [...role.players].sort();
      return players.length === 0
        ? [{ role, player: null as string | null }]
        : players.map((player) => ({ role, player }));
    });
    const keys = creditRoleIds(
      newFilm,
      credits.map((c) => ({ person: c.player ? (personKey.get(c.player) ?? c.player) : "\u2205", character: c.role.name })),
    ).map((k, i) => (k.firstOfCharacter || credits[i]!.player === null ? k.roleId : k.personRoleId));
    const seen = new Set<string>();
    credits.forEach((credit, i) => {
      if (!seen.has(credit.role.id)) {
        seen.add(credit.role.id);
        roleTargets.push({ id: credit.role.id, to: keys[i]! });
      } else if (credit.player) {
        splits.push({ roleId: credit.role.id, personId: credit.player, newRoleId: keys[i]! });
      }
    });
  }

  const rolePlan = plan(roleTargets);
  const filmPlan = plan(s.films.map((f) => ({ id: f.id, to: filmKey.get(f.id)! })));
  const personPlan = plan(s.people.map((p) => ({ id: p.id, to: personKey.get(p.id)! })));
  const themePlan = plan(s.themes.map((t) => ({ id: t.id, to: themeId(t.name) })));
  const aspectPlan = plan(s.aspects.map((a) => ({ id: a.id, to: aspectId(a.name) })));
  const genrePlan = plan(s.genres.map((g) => ({ id: g.id, to: slug(g.name) })));

  // Reviews: the copy already under the new key stays, else the earliest stored.
  const createdAt = new Map(s.reviews.map((r) => [r.id, r.createdAt ?? ""]));
  const reviewPlan = plan(
    s.reviews.map((r) => ({ id: r.id, to: reviewId(filmKey.get(r.filmId ?? "") ?? r.filmId ?? "", r.text) })),
    (a, b) => (createdAt.get(a) ?? "").localeCompare(createdAt.get(b) ?? "") || a.localeCompare(b),
  );

  return {
    splits,
    merges: {
      Film: filmPlan.merges,
      Person: personPlan.merges,
      Role: rolePlan.merges,
      Theme: themePlan.merges,
      Aspect: aspectPlan.merges,
      Genre: genrePlan.merges,
    },
    duplicateReviews: reviewPlan.merges.map((m) => m.duplicate),
    changes: {
      Film: filmPlan.changes,
      Person: personPlan.changes,
      Role: rolePlan.changes,
      Review: reviewPlan.changes,
      Theme: themePlan.changes,
      Aspect: aspectPlan.changes,
      Genre: genrePlan.changes,
    },
    titleKeys: s.films.map((f) => ({ id: f.id, titleKey: slug(f.title) })),
  };
}

/** A key no node holds while the re-key runs (keys never start with a NUL). */
const temporary = (key: string) => `\u0000rekey:${key}`;

/** Runs data migration 009 (see above) against the database. Returns the plan it carried out. */
export async function rekeyIdentities(db: Database): Promise<RekeyPlan> {
  const [row] = await db.read("identitySnapshot");
  const raw = row as unknown as Snapshot;
  // Integers may come as BigInt (a driver with exactIntegers, the CLI's): years and billings as numbers.
  const num = (n: unknown) => (n == null ? null : Number(n));
  const snapshot: Snapshot = {
    ...raw,
    films: raw.films.map((f) => ({ ...f, year: num(f.year) })),
    roles: raw.roles.map((r) => ({ ...r, billing: num(r.billing) })),
  };
  const p = planRekey(snapshot);
  // Title keys and role splits first: both address nodes by their old keys.
  await db.write((tx) => tx.run("refreshTitleKeys", { films: p.titleKeys }));
  if (p.splits.length > 0) await db.write((tx) => tx.run("splitSharedRole", { splits: p.splits }));
  for (const [label, merges] of Object.entries(p.merges)) {
    if (merges.length > 0) await db.write((tx) => tx.run("mergeDuplicateNodes", { label, merges }));
  }
  if (p.duplicateReviews.length > 0) await db.write((tx) => tx.run("deleteDuplicateReviews", { ids: p.duplicateReviews }));
  for (const [label, changes] of Object.entries(p.changes)) {
    if (changes.length === 0) continue;
    await db.write(async (tx) => {
      await tx.run("rekeyNodes", { label, changes: changes.map((c) => ({ from: c.from, to: temporary(c.to) })) });
      await tx.run("rekeyNodes", { label, changes: changes.map((c) => ({ from: temporary(c.to), to: c.to })) });
    });
  }
  return p;
}
