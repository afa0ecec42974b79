"""Reads an opcit graph with networkx and prints what networkx saw, as JSON.

usage: read_graph.py node-link|graphml|gexf FILE

Uses networkx's own readers with their default arguments, the way a user
would: json.load + node_link_graph, read_graphml, read_gexf.
"""
import json
import sys

import networkx as nx


def main():
    fmt, path = sys.argv[1], sys.argv[2]
    if fmt == "node-link":
        with open(path, encoding="utf-8") as f:
            g = nx.node_link_graph(json.load(f))
    elif fmt == "graphml":
        g = nx.read_graphml(path)
    elif fmt == "gexf":
        g = nx.read_gexf(path)
    else:
        sys.exit(f"unknown format {fmt}")
    out = {
        "directed": g.is_directed(),
        "multigraph": g.is_multigraph(),
        "nodes": {
            str(n): {k: v for k, v in d.items() if k != "viz"} for n, d in g.nodes(data=True)
        },
        "edges": [[str(u), str(v), d] for u, v, d in g.edges(data=True)],
        "weakly_connected_components": nx.number_weakly_connected_components(g)
        if g.number_of_nodes()
        else 0,
    }
    json.dump(out, sys.stdout, ensure_ascii=False)


main()
