#!/usr/bin/env bash
# Runs the planner's container image without a container engine, to check what Jib built: unpacks its layers into a
# directory, starts the image's own entrypoint there (chroot, as the image's user, with its environment and working
# directory) with the demo data, and waits until /actuator/health answers UP and the login page answers 200.
#
#   sudo docs/container/check-image.sh app/target/traineeplanner-image.tar [port [NAME=value ...]]
#
# The NAME=value pairs are added to the image's environment, for example SPRING_PROFILES_ACTIVE=prod,postgres with
# the settings of docs/container/compose.yaml (the host's network is the container's, so 127.0.0.1 is the host).
#
# Needs root (chroot and mounts), python3 and curl. Where Docker or Podman runs, `docker load -i` the tarball and
# `docker run -p 8080:8080 traineeplanner` does the same.
set -euo pipefail
image="$(realpath "$1")"
port="${2:-18080}"
shift $(($# > 1 ? 2 : 1))
work="$(mktemp -d)"
root="$work/root"
pid=""
cleanup() {
  [ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true
  umount "$root/proc" "$root/dev" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

mkdir -p "$work/tar" "$root"
tar -C "$work/tar" -xf "$image"
# layers in order, each a tarball (compressed or not)
for layer in $(python3 -c 'import json,sys; print(" ".join(json.load(open(sys.argv[1]))[0]["Layers"]))' \
    "$work/tar/manifest.json"); do
  tar --warning=no-unknown-keyword -C "$root" -xf "$work/tar/$layer"
done
config="$work/tar/$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))[0]["Config"])' "$work/tar/manifest.json")"
read_config() { python3 -c "import json,sys; c=json.load(open(sys.argv[1]))['config']; $1" "$config"; }
user="$(read_config 'print(c.get("User") or "0:0")')"
dir="$(read_config 'print(c.get("WorkingDir") or "/")')"
mapfile -t env < <(read_config 'print("\n".join(c.get("Env", [])))')
mapfile -t command < <(read_config 'print("\n".join((c.get("Entrypoint") or []) + (c.get("Cmd") or [])))')
echo "user $user, directory $dir, entrypoint: ${command[*]}"

# what a container runtime provides: /proc, /dev, and the host names
mount -t proc proc "$root/proc"
mount --bind /dev "$root/dev"
cp /etc/hosts "$root/etc/hosts"
chroot --userspec="$user" "$root" /usr/bin/env -i "${env[@]}" SERVER_PORT="$port" "$@" \
  /bin/sh -c 'cd "$0" && exec "$@"' "$dir" "${command[@]}" >"$work/planner.log" 2>&1 &
pid=$!

for _ in $(seq 1 180); do
  if curl -fsS "http://127.0.0.1:$port/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; then
    echo "health: $(curl -fsS "http://127.0.0.1:$port/actuator/health")"
    echo "login page: HTTP $(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/login")"
    exit 0
  fi
  kill -0 "$pid" 2>/dev/null || break
  sleep 1
done
echo "The planner in the image did not become healthy; its log:" >&2
tail -40 "$work/planner.log" >&2
exit 1
