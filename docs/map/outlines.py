#!/usr/bin/env python3
"""Makes app/src/main/resources/map/provinces.json, the province outlines of the planner's map.

Source: the npm package @svg-maps/netherlands 1.0.0 (CC BY 4.0), itself based on MapSVG's map of the Netherlands
(CC BY 4.0). Fetch it from the npm registry and run this script beside it:

    npm pack @svg-maps/netherlands && tar xzf svg-maps-netherlands-1.0.0.tgz
    python3 docs/map/outlines.py package/netherlands.svg > app/src/main/resources/map/provinces.json

Changes made to the source: the outlines of Groningen and its neighbours Drenthe and Friesland only, cut to the
map's frame, with a place for a neighbour's name, turned from the drawing's units into degrees and rounded to 4 decimals (about 10 m).

The drawing is in the Mercator projection and fills its box exactly: its box is the country's extremes,
3.358-7.227 E and 50.750-53.555 N. That is checked by ProvinceMapTests, which finds the ten municipalities'
centres inside Groningen and towns on either side of its borders in the right province.
"""
import json
import math
import re
import sys

WEST, EAST, SOUTH, NORTH = 3.358, 7.227, 50.750, 53.555
FRAME = (6.05, 7.35, 52.80, 53.60)  # west, east, south, north: the province with a margin
KEPT = ["Groningen", "Drenthe", "Friesland"]
LABELS = {"Drenthe": (6.45, 52.86), "Friesland": (6.08, 53.12)}  # where a neighbour's name is written


def rings_of(d):
    rings, ring, x, y, first = [], None, 0.0, 0.0, True
    for token in re.findall(r"[mMzZ]|-?[\d.]+(?:e-?\d+)?", d):
        if token in "mM":
            first, pending = True, []
            continue
        if token in "zZ":
            if ring:
                rings.append(ring)
            ring = None
            continue
        pending.append(float(token))
        if len(pending) == 2:
            x, y = x + pending[0], y + pending[1]
            pending = []
            if first or ring is None:
                if ring:
                    rings.append(ring)
                ring, first = [], False
            ring.append((x, y))
    if ring:
        rings.append(ring)
    return rings


def mercator(lat):
    return math.log(math.tan(math.pi / 4 + math.radians(lat) / 2))


def clip(ring, inside, cross):
    """Sutherland-Hodgman against one edge of the frame."""
    out = []
    for i, cur in enumerate(ring):
        prev = ring[i - 1]
        if inside(cur):
            if not inside(prev):
                out.append(cross(prev, cur))
            out.append(cur)
        elif inside(prev):
            out.append(cross(prev, cur))
    return out


def to_frame(ring):
    w, e, s, n = FRAME

    def at_lon(lon):
        return lambda a, b: (lon, a[1] + (b[1] - a[1]) * (lon - a[0]) / (b[0] - a[0]))

    def at_lat(lat):
        return lambda a, b: (a[0] + (b[0] - a[0]) * (lat - a[1]) / (b[1] - a[1]), lat)

    for inside, cross in [
        (lambda p: p[0] >= w, at_lon(w)),
        (lambda p: p[0] <= e, at_lon(e)),
        (lambda p: p[1] >= s, at_lat(s)),
        (lambda p: p[1] <= n, at_lat(n)),
    ]:
        if ring:
            ring = clip(ring, inside, cross)
    return ring


def main(svg_file):
    svg = open(svg_file, encoding="utf-8").read()
    shapes = {name: rings_of(d) for name, d in re.findall(r'name="([^"]+)"\s+d="([^"]+)"', svg)}
    xs = [p[0] for rings in shapes.values() for ring in rings for p in ring]
    ys = [p[1] for rings in shapes.values() for ring in rings for p in ring]
    x0, x1, y0, y1 = min(xs), max(xs), min(ys), max(ys)

    def degrees(point):
        lon = WEST + (point[0] - x0) / (x1 - x0) * (EAST - WEST)
        m = mercator(NORTH) - (point[1] - y0) / (y1 - y0) * (mercator(NORTH) - mercator(SOUTH))
        return lon, math.degrees(2 * math.atan(math.exp(m)) - math.pi / 2)

    provinces = []
    for name in KEPT:
        rings = []
        for ring in shapes[name]:
            cut = to_frame([degrees(p) for p in ring])
            if len(cut) >= 3:
                rings.append([[round(lon, 4), round(lat, 4)] for lon, lat in cut])
        province = {"name": name, "rings": rings}
        if name in LABELS:
            province["label"] = list(LABELS[name])
        provinces.append(province)
    json.dump({
        "source": "@svg-maps/netherlands 1.0.0, based on MapSVG's map of the Netherlands",
        "licence": "CC BY 4.0",
        "changes": "Groningen, Drenthe and Friesland only, cut to the map's frame, in degrees rounded to 4 decimals; places for the neighbours' names added",
        "provinces": provinces,
    }, sys.stdout, separators=(",", ":"))
    sys.stdout.write("\n")


if __name__ == "__main__":
    main(sys.argv[1])
