// Loads an opcit Cytoscape JSON file into Cytoscape.js (headless), runs a
// layout, and prints what Cytoscape.js holds, as JSON.
//
// usage: node read_cytoscape.mjs FILE
import { readFileSync } from "node:fs";
import cytoscape from "cytoscape";

const doc = JSON.parse(readFileSync(process.argv[2], "utf8"));
const cy = cytoscape({ headless: true, styleEnabled: true });
// The whole document, as Cytoscape desktop and cy.json() read it.
cy.json({ elements: doc.elements });
cy.style([
  { selector: "node", style: { label: "data(label)" } },
  { selector: "node.defective", style: { "border-color": "red" } },
]);
cy.layout({ name: "breadthfirst", directed: true }).run();
const out = {
  nodes: Object.fromEntries(cy.nodes().map((n) => [n.id(), n.data("label")])),
  edges: cy.edges().map((e) => [e.source().id(), e.target().id(), e.data("kind")]),
  defective: cy.nodes(".defective").map((n) => n.id()),
  roots: cy.nodes().roots().map((n) => n.id()),
};
cy.destroy();
// Cytoscape.js keeps timers alive; leave once the output is written.
process.stdout.write(JSON.stringify(out), () => process.exit(0));
