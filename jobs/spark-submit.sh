#!/usr/bin/env bash
# Submits Parallax to a cluster with the Spark installation's own spark-submit ($SPARK_HOME/bin/spark-submit,
# or spark-submit on the PATH).
#
#   jobs/spark-submit.sh --master yarn --deploy-mode cluster -- \
#     run --input hdfs:///corpora/news/ --output hdfs:///reports/parallax/latest
#
# Everything before "--" goes to spark-submit (--master, --deploy-mode, --conf, --num-executors, ...);
# everything after it goes to Parallax. What this script adds, each only where the arguments before "--"
# do not set it themselves (spark-submit keeps the last value of a repeated --conf, and ours come first):
#   - the driver's and the executors' Java options from conf/jvm.options (Spark on Java 17 needs them: without
#     them a driver launched by the cluster dies in Kryo with InaccessibleObjectException);
#   - the application name "parallax";
#   - in cluster deploy mode, waiting for the driver to finish (standalone, YARN, Kubernetes), so that the exit
#     status is the driver's: a driver that fails gives a non-zero exit here too, and cron or a scheduler sees it.
# A --config file must reach the driver: in cluster deploy mode give an hdfs://, s3a:// or other Hadoop URI,
# or ship it with "--files my.yaml" before "--" and pass "--config my.yaml" after it.
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

given() {  # given KEY: true when the arguments before "--" set the Spark property KEY
  local a
  for a in "${submit_args[@]+"${submit_args[@]}"}"; do
    [[ "$a" == "$1="* ]] && return 0
  done
  return 1
}
java_opts=$(grep -v '^[[:space:]]*$' "$home/conf/jvm.options" | tr '\n' ' ')
ours=()
given spark.driver.extraJavaOptions || ours+=(--conf "spark.driver.extraJavaOptions=$java_opts")
given spark.executor.extraJavaOptions || ours+=(--conf "spark.executor.extraJavaOptions=$java_opts")
given spark.app.name || [[ " ${submit_args[*]+"${submit_args[*]}"} " == *" --name "* ]] || ours+=(--name parallax)
given spark.standalone.submit.waitAppCompletion || ours+=(--conf spark.standalone.submit.waitAppCompletion=true)
given spark.yarn.submit.waitAppCompletion || ours+=(--conf spark.yarn.submit.waitAppCompletion=true)
given spark.kubernetes.submission.waitAppCompletion || ours+=(--conf spark.kubernetes.submission.waitAppCompletion=true)

submit="${SPARK_HOME:+$SPARK_HOME/bin/}spark-submit"
master="" mode=client
for ((i = 0; i < ${#submit_args[@]}; i++)); do
  case "${submit_args[$i]}" in
    --master) master="${submit_args[$((i + 1))]:-}" ;;
    --deploy-mode) mode="${submit_args[$((i + 1))]:-}" ;;
  esac
done
if [[ "$mode" != cluster || "$master" != spark://* ]]; then
  # Client mode runs the driver inside spark-submit, whose exit status is the driver's; YARN's client exits
  # non-zero when the application fails.
  exec "$submit" --class org.parallax.Main "${ours[@]}" "${submit_args[@]+"${submit_args[@]}"}" "$jar" "$@"
fi
# Standalone cluster mode: spark-submit exits 0 whatever becomes of the driver. It logs the driver's last
# state ("State of driver driver-... is FAILED"): copy its log through to stderr and exit by that state.
log=$(mktemp "${TMPDIR:-/tmp}/parallax-submit.XXXXXX")
trap 'rm -f "$log"' EXIT
set +e
{ "$submit" --class org.parallax.Main "${ours[@]}" "${submit_args[@]}" "$jar" "$@" 2>&1 1>&3 | tee "$log" >&2; } 3>&1
code=${PIPESTATUS[0]}
set -e
[[ "$code" == 0 ]] || exit "$code"
state=$(grep -o 'State of driver [^ ]* is [A-Z_]*' "$log" | tail -n 1 | awk '{print $NF}')
if [[ "$state" != FINISHED ]]; then
  driver=$(grep -o 'State of driver [^ ]*' "$log" | tail -n 1 | awk '{print $NF}')
  echo "jobs/spark-submit.sh: the driver ${driver:-?} ended ${state:-in an unknown state} (its stderr, with Parallax's" \
    "message and exit code, is in the worker's work folder: work/${driver:-<driver id>}/stderr)" >&2
  exit 1
fi
