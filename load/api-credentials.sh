#!/bin/sh
# What an API client's credentials cost: /api/assignments asked N times (default 500), 20 at a time over kept-alive
# connections, with HTTP Basic (a BCrypt check on every call) and with a personal API token (a SHA-256 digest and a
# lookup), three times each, alternating. Needs curl 7.66 or later and bc; against a planner with the demo accounts.
#   load/api-credentials.sh [base]      (base: http://127.0.0.1:8095)
set -e
B=${1:-http://127.0.0.1:8095}
N=${N:-500}
jar=$(mktemp)
csrf() { grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"//'; }
# a token for the coordinator, made on the account page as a person would
c=$(curl -s -c "$jar" -b "$jar" "$B/login" | csrf)
curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode username=coordinator --data-urlencode password=demo \
  --data-urlencode "_csrf=$c" "$B/login"
c=$(curl -s -c "$jar" -b "$jar" "$B/account" | csrf)
token=$(curl -s -c "$jar" -b "$jar" --data-urlencode name=measure --data-urlencode days=1 --data-urlencode "_csrf=$c" \
  "$B/account/api-tokens" | grep -o 'tp_[A-Za-z0-9_-]\{43\}' | head -1)
rm -f "$jar"
[ -n "$token" ] || { echo "no token made" >&2; exit 1; }
run() { # $1: label; then curl's credentials
  label=$1; shift
  start=$(date +%s.%N)
  statuses=$(curl -s --parallel --parallel-max 20 -o /dev/null -w '%{http_code}\n' "$@" "$B/api/assignments?n=[1-$N]" \
    2>/dev/null | sort | uniq -c | tr -s ' \n' ' ')
  end=$(date +%s.%N)
  echo "$label: $N calls in $(echo "$end - $start" | bc) s, $(echo "$N / ($end - $start)" | bc) per second; statuses$statuses"
}
run warm-up -u coordinator:demo
run warm-up -H "Authorization: Bearer $token"
for i in 1 2 3; do
  run basic -u coordinator:demo
  run token -H "Authorization: Bearer $token"
done
