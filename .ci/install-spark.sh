#!/usr/bin/env bash
# Installs what the Spark example (examples/spark/) and its test
# (tests/spark.rs) need: a Java runtime (17 or later) and PySpark.
#
# Idempotent and non-interactive: what is already there is left alone.
# Run from anywhere; needs root (or sudo) for apt-get.
set -euo pipefail

as_root() {
  if [ "$(id -u)" -eq 0 ]; then
    "$@"
  else
    sudo "$@"
  fi
}

java_major() {
  java -version 2>&1 | awk -F'"' '/version/ { split($2, v, "."); print (v[1] == "1" ? v[2] : v[1]); exit }'
}

# Spark 4 runs on Java 17 or 21.
if ! command -v java >/dev/null 2>&1 || [ "$(java_major)" -lt 17 ]; then
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends \
    openjdk-17-jre-headless >/dev/null
fi

python="${PYTHON:-python3}"
if ! "$python" -c "import pyspark" >/dev/null 2>&1; then
  "$python" -m pip install --quiet --disable-pip-version-check pyspark
fi

java -version 2>&1 | head -n 1
"$python" -c "import pyspark; print('pyspark', pyspark.__version__)"
