"""Validates a JSON Graph Format v2 document against the v2 schema
(jgf-v2.schema.json beside this file) and prints its nodes and edges as JSON.

usage: check_jgf.py FILE
"""
import json
import os
import sys

import jsonschema


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "jgf-v2.schema.json"), encoding="utf-8") as f:
        schema = json.load(f)
    with open(sys.argv[1], encoding="utf-8") as f:
        doc = json.load(f)
    jsonschema.validate(doc, schema)
    g = doc["graph"]
    nodes = g["nodes"]
    for e in g["edges"]:
        for end in ("source", "target"):
            if e[end] not in nodes:
                sys.exit(f"edge {e.get('id')} has unknown {end} {e[end]!r}")
    out = {
        "directed": g.get("directed", True),
        "nodes": {k: v.get("label") for k, v in nodes.items()},
        "edges": [[e["source"], e["target"], e["relation"]] for e in g["edges"]],
    }
    json.dump(out, sys.stdout, ensure_ascii=False)


main()
