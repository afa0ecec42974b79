"""Parses an opcit RIS file with rispy and prints the records as JSON.

usage: read_ris.py FILE
"""
import json
import sys

import rispy


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        entries = rispy.load(f)
    json.dump({"entries": entries}, sys.stdout, ensure_ascii=False, default=str)


main()
