#!/usr/bin/env bash
# Submits Parallax to a cluster with the Spark installation's own spark-submit.
#
#   jobs/spark-submit.sh --master yarn --deploy-mode cluster -- \
#     run --input hdfs:///corpora/news/ --output hdfs:///reports/parallax/latest
#
# Everything before "--" goes to spark-submit (--master, --deploy-mode, --conf, --num-executors, ...);
# everything after it goes to Parallax. Spark settings given with --conf win over Parallax's defaults.
# In cluster deploy mode a --config file must reach the driver: add "--files my.yaml" before "--"
# and pass "--config my.yaml" after it.
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar=$(ls "$home"/target/parallax-*.jar 2>/dev/null | grep -v -e original -e sources | head -n 1 || true)
if [[ -z "$jar" ]]; then
  (cd "$home" && mvn -B -q -DskipTests package)
  jar=$(ls "$home"/target/parallax-*.jar | grep -v -e original -e sources | head -n 1)
fi
submit_args=()
while [[ $# -gt 0 && "$1" != "--" ]]; do submit_args+=("$1"); shift; done
[[ "${1:-}" == "--" ]] && shift
exec "${SPARK_HOME:+$SPARK_HOME/bin/}spark-submit" --class org.parallax.Main "${submit_args[@]}" "$jar" "$@"
