#!/usr/bin/env bash
# Installs the programs that the export tests feed opcit's output to
# (tests/export_consumers.rs): Graphviz and a CJK font, Python readers
# (networkx, jsonschema, citeproc-py, bibtexparser, rispy) and the npm
# packages in tests/consumers (Cytoscape.js, citation.js).
#
# Idempotent and non-interactive: what is already there is left alone.
# Run from anywhere; needs root (or sudo) for apt-get.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

as_root() {
  if [ "$(id -u)" -eq 0 ]; then
    "$@"
  else
    sudo "$@"
  fi
}

# Graphviz renders DOT; Noto CJK lets it draw Hangul in docs/img/sources.png.
if ! command -v dot >/dev/null 2>&1 || ! fc-list 2>/dev/null | grep -qi 'Noto Sans CJK'; then
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends \
    graphviz fonts-noto-cjk >/dev/null
fi

# Node.js runs Cytoscape.js and citation.js.
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends \
    nodejs npm >/dev/null
fi

# Python readers.
python="${PYTHON:-python3}"
missing=()
for module in networkx jsonschema citeproc bibtexparser.middlewares rispy; do
  if ! "$python" -c "import $module" >/dev/null 2>&1; then
    missing+=("$module")
  fi
done
# node_link_graph reads `edges` by default only from networkx 3.6 on.
if ! "$python" -c "import networkx, sys; sys.exit(tuple(map(int, networkx.__version__.split('.')[:2])) < (3, 6))" >/dev/null 2>&1; then
  missing+=("networkx>=3.6")
fi
if [ "${#missing[@]}" -gt 0 ]; then
  "$python" -m pip install --quiet --disable-pip-version-check \
    'networkx>=3.6' jsonschema citeproc-py 'bibtexparser>=2.0.0b1' rispy
fi

# npm packages, exactly as locked.
cd "$repo/tests/consumers"
if ! node -e "require.resolve('cytoscape'); require.resolve('@citation-js/core')" >/dev/null 2>&1; then
  npm ci --no-audit --no-fund --loglevel=error
fi
