#!/usr/bin/env python3
"""Convert a WOFF 1.0 font to a TrueType/OpenType file (standard library only).

Used once to turn @fontsource/noto-sans-symbols-2's WOFF into the TTF committed in fonts/:
    python3 tools/woff-to-ttf.py IN.woff OUT.ttf
"""
import struct
import sys
import zlib


def convert(data: bytes) -> bytes:
    signature, flavor, _length, num_tables = struct.unpack(">4sIIH", data[:14])
    if signature != b"wOFF":
        raise SystemExit("not a WOFF 1.0 file")
    tables = []
    for i in range(num_tables):
        tag, offset, comp_len, orig_len, checksum = struct.unpack(">4sIIII", data[44 + 20 * i:64 + 20 * i])
        raw = data[offset:offset + comp_len]
        body = zlib.decompress(raw) if comp_len < orig_len else raw
        if len(body) != orig_len:
            raise SystemExit(f"table {tag!r}: length {len(body)} != {orig_len}")
        tables.append((tag, checksum, body))
    tables.sort(key=lambda t: t[0])
    entry_selector = max(n for n in range(17) if (1 << n) <= num_tables)
    search_range = (1 << entry_selector) * 16
    header = struct.pack(">IHHHH", flavor, num_tables, search_range, entry_selector, num_tables * 16 - search_range)
    directory = b""
    bodies = b""
    offset = 12 + 16 * num_tables
    for tag, checksum, body in tables:
        directory += struct.pack(">4sIII", tag, checksum, offset + len(bodies), len(body))
        bodies += body + b"\0" * (-len(body) % 4)
    return header + directory + bodies


if __name__ == "__main__":
    if len(sys.argv) != 3:
        raise SystemExit("usage: woff-to-ttf.py IN.woff OUT.ttf")
    with open(sys.argv[1], "rb") as f:
        result = convert(f.read())
    with open(sys.argv[2], "wb") as f:
        f.write(result)
