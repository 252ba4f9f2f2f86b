#!/bin/bash
# Processor time of the planner per page: starts the jar on port 8095 with the given database, signs in, asks the
# page from four clients for 40 s (warm-up) and then for 30 s, and divides the process's processor time in those 30 s
# by the pages served. Less sensitive to other work on the machine than requests per second.
#   load/cpu-per-page.sh app/target/app-0.1.0-SNAPSHOT.jar '/dashboard?cohort=3' coordinator jdbc:h2:file:/tmp/loaddb/tp
# The user signs in with the password demo. Needs curl.
set -e
JAR=${1:?the application jar}
PAGE=${2:?the page, such as /assignments}
USER=${3:-trainee}
DB=${4:-jdbc:h2:file:/tmp/loaddb/tp}
BASE=http://127.0.0.1:8095
java -Xmx2g -jar "$JAR" --server.port=8095 --spring.datasource.url="$DB" > /tmp/cpu-per-page.log 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null' EXIT
for _ in $(seq 1 90); do curl -fs "$BASE/actuator/health" > /dev/null && break; sleep 2; done
jar=$(mktemp)
csrf=$(curl -s -c "$jar" -b "$jar" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"//')
curl -s -o /dev/null -c "$jar" -b "$jar" -d "username=$USER&password=demo&_csrf=$csrf" "$BASE/login"
ask() { # seconds: pages served by four clients
  end=$(( $(date +%s) + $1 ))
  for _ in 1 2 3 4; do
    ( n=0; while [ "$(date +%s)" -lt $end ]; do curl -s -o /dev/null -b "$jar" "$BASE$PAGE"; n=$((n + 1)); done; echo $n ) &
  done | awk '{ s += $1 } END { print s }'
}
ask 40 > /dev/null
before=$(awk '{ print $14 + $15 }' /proc/$pid/stat)
pages=$(ask 30)
after=$(awk '{ print $14 + $15 }' /proc/$pid/stat)
ticks=$(getconf CLK_TCK)
echo "$PAGE: $pages pages in 30 s, $(( (after - before) * 1000 / ticks / pages )) ms of processor time a page"
