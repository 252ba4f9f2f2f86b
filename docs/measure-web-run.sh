#!/usr/bin/env bash
# Imports an instance file as a new cohort through the web application's API, plans its round R1 with a time
# limit, polls the run's progress every 0.5 s until it is done, and saves the round's instance for the engine:
#   docs/measure-web-run.sh FILE "COHORT NAME" [TIME-LIMIT-SECONDS]      (BASE=http://localhost:8093 by default)
# Needs curl, jq and bc; the application's demo account coordinator / demo.
set -euo pipefail
base=${BASE:-http://localhost:8093}
file=$1; name=$2; limit=${3:-10}
auth=(-u coordinator:demo)
# the server answers before the demo accounts exist: wait until the coordinator can log in
until [ "$(curl -s -o /dev/null -w '%{http_code}' "${auth[@]}" "$base/api/cohorts/0")" = 404 ]; do sleep 1; done
t0=$(date +%s.%N)
answer=$(curl -sf "${auth[@]}" -X POST "$base/api/cohorts?name=$(jq -rn --arg n "$name" '$n|@uri')&file=$(basename "$file")" \
  -H 'Content-Type: application/json' --data-binary @"$file")
t1=$(date +%s.%N)
echo "$answer" | jq -r '.message'
printf 'import: %.2f s\n' "$(echo "$t1 - $t0" | bc)"
round=$(echo "$answer" | jq -r '.result.rounds[] | select(.fileId=="R1") | .id')
t2=$(date +%s.%N)
run=$(curl -sf "${auth[@]}" -X POST "$base/api/rounds/$round/runs" -H 'Content-Type: application/json' \
  -d "{\"timeLimitSeconds\": $limit, \"name\": \"Meting\"}" | jq -r '.id')
while true; do
  status=$(curl -sf "${auth[@]}" "$base/api/runs/$run")
  state=$(echo "$status" | jq -r '.run.status')
  [ "$state" != RUNNING ] && break
  echo "$status" | jq -c '.run.progress // empty'
  sleep 0.5
done
t3=$(date +%s.%N)
echo "$status" | jq -c '{status: .run.status, objective: .run.objective, bound: .run.bound, optimal: .run.optimal, startedAt: .run.startedAt, finishedAt: .run.finishedAt, solveMillis: .plan.solveMillis, placements: (.plan.placements|length), unplaced: (.plan.unplaced|length)}'
printf 'run (POST to finished, seen by polling every 0.5 s): %.2f s\n' "$(echo "$t3 - $t2" | bc)"
curl -sf "${auth[@]}" "$base/api/rounds/$round/instance" > "$(dirname "$file")/round-$round.json"
echo "round instance: $(dirname "$file")/round-$round.json"
