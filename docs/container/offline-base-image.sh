#!/usr/bin/env bash
# A base image for the planner's container image on a machine that cannot reach a container registry but can reach
# Debian's package mirror: Debian 12 (minbase) with OpenJDK 17's runtime, written as a `docker save` tarball that Jib
# takes with `-Djib.from.image=tar://<file>`. With a registry in reach, leave this out: the image is built on
# eclipse-temurin:17-jre (see README, "A container image").
#
#   sudo docs/container/offline-base-image.sh /tmp/planner-base.tar
#
# Needs root and debootstrap (apt-get install debootstrap); takes about a minute and 350 MB.
set -euo pipefail
out="$(realpath -m "${1:-planner-base.tar}")"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

debootstrap --variant=minbase --include=openjdk-17-jre-headless,ca-certificates \
  bookworm "$work/rootfs" "${DEBIAN_MIRROR:-http://deb.debian.org/debian}" >"$work/debootstrap.log"
rm -rf "$work"/rootfs/var/cache/apt/archives/*.deb "$work"/rootfs/var/lib/apt/lists/*

mkdir "$work/image"
tar --numeric-owner -C "$work/rootfs" -cf "$work/image/layer.tar" .
layer_sha="$(sha256sum "$work/image/layer.tar" | cut -d' ' -f1)"
cat >"$work/image/config.json" <<JSON
{"architecture":"amd64","os":"linux",
 "config":{"Env":["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
                  "JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64","LANG=C.UTF-8"]},
 "rootfs":{"type":"layers","diff_ids":["sha256:$layer_sha"]},
 "history":[{"created_by":"debootstrap bookworm minbase, openjdk-17-jre-headless"}]}
JSON
cat >"$work/image/manifest.json" <<JSON
[{"Config":"config.json","RepoTags":["traineeplanner-base:bookworm"],"Layers":["layer.tar"]}]
JSON
tar -C "$work/image" -cf "$out" manifest.json config.json layer.tar
echo "$out"
