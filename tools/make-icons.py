#!/usr/bin/env python3
"""Draws Aloud's icons (app icon and tray progress rings) as PNGs, stdlib only.

Run from the repository root: python3 tools/make-icons.py (or `… tray` for
the tray rings alone)
The outputs are committed; the build never runs this.
"""
import math
import struct
import zlib

ACCENT = (46, 125, 50)  # calm green


def png(path, size, pixel):
    """Writes an RGBA PNG; pixel(x, y) returns (r, g, b, a) for pixel centres."""
    rows = []
    for y in range(size):
        row = bytearray([0])
        for x in range(size):
            row.extend(pixel(x, y))
        rows.append(bytes(row))
    raw = b"".join(rows)

    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)
    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def supersample(size, shade, n=4):
    """Anti-aliases shade(u, v) -> rgba over the unit square."""
    def pixel(x, y):
        acc = [0.0, 0.0, 0.0, 0.0]
        for i in range(n):
            for j in range(n):
                u = (x + (i + 0.5) / n) / size
                v = (y + (j + 0.5) / n) / size
                r, g, b, a = shade(u, v)
                acc[0] += r * a
                acc[1] += g * a
                acc[2] += b * a
                acc[3] += a
        a = acc[3] / (n * n)
        if a == 0:
            return (0, 0, 0, 0)
        return (round(acc[0] / acc[3]), round(acc[1] / acc[3]), round(acc[2] / acc[3]), round(a * 255))
    return pixel


# The tray ring is drawn once for every panel, light or dark (GNOME's black bar,
# Plasma's light Breeze panel, Breeze Dark, Xfce's grey): no one colour stands out
# on all of them, so each segment is two concentric bands, a light one outside and
# a dark one inside, and whatever the panel, one of the two has a WCAG contrast of
# 3:1 or more with it. Done and pending differ in shape too, not in hue alone: a
# done segment is thick and green inside, a pending one a thin grey track.
LIGHT = (240, 240, 240)
DONE = (27, 94, 32)
PENDING = (66, 66, 66)


def ring(done, total):
    """A ring of `total` segments, `done` of them filled."""
    def shade(u, v):
        dx, dy = u - 0.5, v - 0.5
        r = math.hypot(dx, dy)
        angle = (math.degrees(math.atan2(dx, -dy)) + 360) % 360
        seg = 360 / total
        index = int(angle // seg)
        within = angle - index * seg
        if within < 10 or within > seg - 10:
            return (0, 0, 0, 0)  # gap between segments
        if index < done:
            inner, middle, outer, core = 0.22, 0.36, 0.49, DONE
        else:
            inner, middle, outer, core = 0.30, 0.39, 0.48, PENDING
        if inner <= r < middle:
            return (*core, 1.0)
        if middle <= r <= outer:
            return (*LIGHT, 1.0)
        return (0, 0, 0, 0)
    return shade


def app_icon(u, v):
    dx, dy = u - 0.5, v - 0.5
    r = math.hypot(dx, dy)
    if r <= 0.47:
        # three arcs of "speaking" waves on a green disc
        for k, radius in enumerate((0.12, 0.22, 0.32)):
            ang = math.degrees(math.atan2(dy, dx))
            if abs(r - radius) < 0.035 and -50 < ang < 50 and (k > 0 or True):
                return (255, 255, 255, 1.0)
        if math.hypot(dx + 0.16, dy) < 0.07:
            return (255, 255, 255, 1.0)
        return (*ACCENT, 1.0)
    return (0, 0, 0, 0)


if __name__ == "__main__":
    import sys
    if sys.argv[1:] != ["tray"]:
        for size, name in ((32, "32x32.png"), (128, "128x128.png"), (256, "128x128@2x.png"), (512, "icon.png")):
            png(f"icons/{name}", size, supersample(size, app_icon))
    for done in range(4):
        png(f"icons/tray-{done}.png", 64, supersample(64, ring(done, 3)))
