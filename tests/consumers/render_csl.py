"""Renders an opcit CSL-JSON file with citeproc-py and prints the
bibliography entries as JSON.

usage: render_csl.py FILE

Uses the Harvard style that citeproc-py ships (harvard-cite-them-right).
"""
import json
import sys
import warnings

from citeproc import Citation, CitationItem, CitationStylesBibliography, CitationStylesStyle
from citeproc import formatter
from citeproc.source.json import CiteProcJSON


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        items = json.load(f)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        source = CiteProcJSON(items)
        style = CitationStylesStyle("harvard-cite-them-right", validate=False)
        bib = CitationStylesBibliography(style, source, formatter.plain)
        for item in items:
            bib.register(Citation([CitationItem(item["id"])]))
        entries = [str(e) for e in bib.bibliography()]
    json.dump({"count": len(items), "entries": entries}, sys.stdout, ensure_ascii=False)


main()
