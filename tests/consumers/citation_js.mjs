// Parses an opcit reference file with citation.js (the parser behind many
// reference tools) and prints the CSL data it read plus a rendered APA
// bibliography, as JSON.
//
// usage: node citation_js.mjs csl|bibtex|ris FILE
import { readFileSync } from "node:fs";
import { Cite, plugins } from "@citation-js/core";
import "@citation-js/plugin-bibtex";
import "@citation-js/plugin-ris";
import "@citation-js/plugin-csl";

const [mode, path] = process.argv.slice(2);
const text = readFileSync(path, "utf8");
const forceType = { csl: "@csl/list+object", bibtex: "@bibtex/text", ris: "@ris/file" }[mode];
if (!forceType) {
  throw new Error(`unknown mode ${mode}`);
}
const input = mode === "csl" ? JSON.parse(text) : text;
const cite = new Cite(input, { forceType });
const out = {
  count: cite.data.length,
  titles: cite.data.map((d) => d.title ?? null),
  types: cite.data.map((d) => d.type ?? null),
  authors: cite.data.map((d) => (d.author ?? []).map((a) => a.literal ?? [a.family, a.given].filter(Boolean).join(", "))),
  bibliography: cite.format("bibliography", { format: "text", template: "apa", lang: "en-US" }),
};
void plugins;
process.stdout.write(JSON.stringify(out));
