// Word lists of the generated catalog. Names are built from an index so that distinct indexes give
// distinct names (and so distinct keys): people `<first> <initial>. <last>`, films `The <adjective> <noun>`.
export const FIRST_NAMES = (
  "Ada Abel Agnes Alan Alba Alma Amos Anna Arlo Asha Aron Bea Ben Bert Bess Blair Boris Bram Cara Carl Cleo Cole Cora Dale Dana Dara Dean Dora Drew Edda Eli Ella Emil Enzo Erin Esme Ezra Faye Felix Fern Finn Flora Ford Gale Gil Gina Greta Hana Hal Hugo Ida Igor Ines Iris Ivan Jade Jan Joel Jon Juno Kai Kara Kit Lars Lea Leon Lila Liv Lou Luca Mae Max Mila Milo Nell Nico Nina Noor Odin Olga Omar Otto Pam Paz Pia Raul Rhea Rosa Rudy Sami Sara Saul Tara Teo Uma Vera Wren Yara Zane"
).split(" ");
export const LAST_NAMES = (
  "Abbott Acosta Alder Ames Arden Ashby Bain Barlow Baxter Beale Birch Blake Bloom Boyd Brandt Brook Byrne Cain Carver Chase Cobb Cole Conti Crane Cruz Dale Dunn Early Ellis Esper Falk Farrow Fenn Ford Frost Gale Garza Gray Hale Hart Haze Holt Hume Hyde Ibsen Irving Jarvis Kane Keel Kent Kidd Lamb Lane Lark Lowe Lund Marsh Mayer Moss Nash Noble Novak Oakes Orr Owen Page Park Pike Poole Quill Rand Reed Rhodes Rook Ross Sage Salas Shaw Stone Swift Tate Thorn Toms Trent Vale Vance Wade Ward Weir Wells West Wilde Winter Wolfe Wren Yates York Young Zeller"
).split(" ");
export const INITIALS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ".split("");
export const ADJECTIVES = (
  "Silent Broken Golden Hidden Last Long Lost Quiet Red Secret Burning Cold Dark Distant Empty Endless Final Forgotten Gentle Hollow Iron Little Lonely Midnight Northern Pale Restless Scarlet Shattered Shining Sleeping Small Southern Stolen Strange Sudden Sweet Tender Twisted Velvet Wandering Wild Winter Wooden Yellow Bitter Bright Crimson Crooked Dusty Eastern Falling Fragile Frozen Glass Grey Heavy High Invisible Lucky Narrow Open Painted Paper Perfect Proud Rising Rusty Savage Second Silver Slow Steel Stone Summer Thin Violent Warm Western White Wicked"
).split(" ");
export const NOUNS = (
  "Road River Harbour House Garden Mountain City Island Bridge Station Letter Song Winter Summer Mirror Window Shadow Storm Train Door Field Forest Hotel Kingdom Machine Night Ocean Orchard Palace Prison Promise Rain Room Season Sky Street Tide Tower Valley Voice Wall Wedding Wind Year Alley Anchor Archive Border Canyon Carnival Cathedral Circus Coast Comet Crossing Desert Diary Dream Engine Empire Feather Fire Frontier Gate Harvest Horizon Journey Lantern Lighthouse Map Meadow Moon Museum Parade Passage Portrait Quarry Ranch Reef Refuge Ritual Saint Signal Siren Stranger"
).split(" ");
export const CHARACTER_NAMES = (
  "Ruth Amos Clara Dmitri Elena Frank Greta Hector Ilse Jonah Karin Luis Marta Nils Opal Pavel Quinn Rosa Simon Tilde Ulla Victor Willa Xavier Yusuf Zelda Agatha Bruno Celia Dario Edith Fabio Gemma Henrik Irma Jasper Klara Lorenzo Magda Nestor"
).split(" ");
export const SOURCES = ["The Daily Reel", "Screen Notes", "Film Quarterly Online", "The Critic's Desk", "Projection Weekly", "Frame by Frame", "The Balcony", "Cinema Journal"];
