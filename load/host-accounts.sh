#!/bin/sh
# Host accounts for the load test: one host user for each of up to COUNT (default 20) organisations with
# assignments in a round, made as the coordinator would (an invitation over the API; e-mail off, so the link comes
# back) and given the password of the load test through the invitation link, as the person would.
#   load/host-accounts.sh <base> <round id> [count]
# Users: loadhost01@load.example.org … loadhost20@load.example.org, password LOAD_PASSWORD (default Belasting-2026).
# MainPagesSimulation signs its hosts in over them with -Dhosts=20. Needs curl and jq.
set -e
B=${1:?base, such as http://127.0.0.1:8095}
ROUND=${2:?the round whose organisations get a host user}
COUNT=${3:-20}
PASSWORD=${LOAD_PASSWORD:-Belasting-2026}
organisations=$(curl -sf -u coordinator:demo "$B/api/rounds/$ROUND/progress" | jq -r '.hosts[].organisation' | head -n "$COUNT")
n=0
for organisation in $organisations; do
  n=$((n + 1))
  user=$(printf 'loadhost%02d@load.example.org' "$n")
  link=$(curl -sf -u coordinator:demo -H 'Content-Type: application/json' \
    -d "{\"name\":\"Loadtest host $n\",\"email\":\"$user\",\"organisation\":$organisation}" \
    "$B/api/accounts/hosts" | jq -r '.link')
  [ "$link" != null ] || { echo "no invitation link for $user (is e-mail on?)" >&2; exit 1; }
  token=${link#*token=}
  jar=$(mktemp)
  csrf=$(curl -s -c "$jar" -b "$jar" "$B/password/set?token=$token" \
    | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"//')
  status=$(curl -s -o /dev/null -w '%{http_code}' -c "$jar" -b "$jar" --data-urlencode "token=$token" \
    --data-urlencode "password=$PASSWORD" --data-urlencode "repeat=$PASSWORD" --data-urlencode "_csrf=$csrf" \
    "$B/password/set")
  rm -f "$jar"
  echo "$user: organisation $organisation, password set ($status)"
done
echo "$n host accounts"
