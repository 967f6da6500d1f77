#!/usr/bin/env bash
# Runs Parallax day by day over a range of UTC days, in order, into one daily output; stops at the first
# failure (its exit code is this script's). Days already run are run again: each run replaces exactly its
# own day=YYYY-MM-DD folder and continues the story state of the day before it, so a backfill from day D
# carries a change on D forward to the days after it. A failed day leaves every other day as it was.
#
# Usage: jobs/schedules/backfill.sh FROM TO -- RUN_OPTIONS...
#   e.g. jobs/schedules/backfill.sh 2016-05-01 2016-05-31 -- --input corpora/abp.jsonl.gz --output target/abp-daily
# The runner is jobs/parallax (local); set PARALLAX_RUNNER=jobs/spark-submit.sh and pass its options with
# PARALLAX_SUBMIT_OPTS (e.g. "--master yarn --deploy-mode cluster") to backfill on a cluster.
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
if [[ $# -lt 3 || "$3" != "--" ]]; then
  echo "usage: $0 FROM TO -- RUN_OPTIONS... (FROM and TO as YYYY-MM-DD, UTC, FROM <= TO)" >&2
  exit 64
fi
from="$1"; to="$2"; shift 3
for d in "$from" "$to"; do
  if ! date -u -d "$d" +%F >/dev/null 2>&1 || [[ "$(date -u -d "$d" +%F)" != "$d" ]]; then
    echo "backfill: '$d' is not a day as YYYY-MM-DD, e.g. 2016-05-01" >&2
    exit 64
  fi
done
if [[ "$from" > "$to" ]]; then
  echo "backfill: FROM $from is after TO $to" >&2
  exit 64
fi
runner="${PARALLAX_RUNNER:-$home/jobs/parallax}"
read -r -a submit <<< "${PARALLAX_SUBMIT_OPTS:-}"
day="$from"
while [[ ! "$day" > "$to" ]]; do
  echo "backfill: day $day" >&2
  status=0
  if [[ "$runner" == *spark-submit.sh ]]; then
    "$runner" "${submit[@]}" -- run --day "$day" "$@" || status=$?
  else
    "$runner" run --day "$day" "$@" || status=$?
  fi
  if [[ $status -ne 0 ]]; then
    echo "backfill: day $day failed with exit code $status; days before it are done, days after it were not run" >&2
    exit $status
  fi
  day="$(date -u -d "$day + 1 day" +%F)"
done
echo "backfill: $from to $to done" >&2
