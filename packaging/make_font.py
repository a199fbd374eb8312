"""Build the bundled CJK font: Noto Sans CJK SC (CFF) -> Noto Sans SC (TrueType outlines).

    apt-get install -y fonts-noto-cjk        # the source (Debian package, SIL OFL 1.1)
    python packaging/make_font.py            # needs fontTools; writes resources/fonts/NotoSansSC-Regular.ttf

Source: Debian's fonts-noto-cjk installs the OpenType collection
/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc (CFF outlines). The Simplified Chinese
face is the collection member whose name table says "Noto Sans CJK SC".

Only the Regular weight is bundled: a Bold file would add 12 MB to a program that must stay under
150 MB, and bold is emboldened from the regular outlines instead (Qt in the UI, an outline stroke
in the PDFs: desktop/printing/fonts.py). ``--weights Bold`` still builds NotoSansSC-Bold.ttf
from NotoSansCJK-Bold.ttc, should the trade-off ever change.

Why: reportlab only embeds TrueType (glyf) outlines and refuses CFF, and one font file must
serve both the Qt UI and reportlab's PDFs. For each weight asked for, this script

1. takes the SC face out of the collection and subsets it to the glyphs reachable from the
   SC face's own cmap (every codepoint it maps: CJK Unified Ideographs, Extension A/B...,
   Latin, digits, full-width forms, CJK punctuation, box drawing). Glyphs reachable only
   through other locales (the JP/KR/TC/HK `locl` substitutions and the cmap format 14
   variation sequences) are dropped, as are vertical layout (vhea, vmtx, VORG, vert/vrt2)
   and BASE, which neither Qt nor reportlab use;
2. converts the cubic CFF outlines to quadratic glyf outlines with fontTools' cu2qu
   (unhinted: no TrueType instructions are added);
3. renames the family to "Noto Sans SC" (PostScript name NotoSansSC-Regular / -Bold) so it
   cannot be confused with a system-installed "Noto Sans CJK SC". The OFL reserves no font
   name for Noto, so a modified version may keep the name.

Several weights, if asked for, are built in parallel, one process each. The licence is in
resources/fonts/OFL.txt, the provenance in resources/fonts/README.md.
"""

from __future__ import annotations

import argparse
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

try:
    from fontTools import subset
    from fontTools.pens.cu2quPen import Cu2QuPen
    from fontTools.pens.ttGlyphPen import TTGlyphPen
    from fontTools.ttLib import TTCollection, TTFont, newTable
except ImportError:  # pragma: no cover - depends on the environment
    sys.exit("error: fontTools is not installed (pip install fonttools)")

ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "resources" / "fonts"
SOURCE_DIR = Path("/usr/share/fonts/opentype/noto")
SC_FAMILY = "Noto Sans CJK SC"
FAMILY = "Noto Sans SC"
WEIGHTS = ("Regular", "Bold")  # the ones this script can build
BUNDLED = ("Regular",)  # the ones StationDesk ships
# cu2qu tolerance in font units (unitsPerEm is 1000): the usual fontmake default.
MAX_ERR = 1.0

# Layout features the subsetter keeps by default, less the locale and vertical ones.
DROPPED_FEATURES = frozenset(
    {"locl", "vert", "vrt2", "valt", "vkna", "vkrn", "vpal", "vhal", "vchw", "vjmo"}
)
DROPPED_TABLES = ("VORG", "vhea", "vmtx", "BASE")

INSTALL_HINT = "install it with: apt-get install -y fonts-noto-cjk"


@dataclass(frozen=True)
class Result:
    weight: str
    source: Path
    face_index: int
    output: Path
    glyphs: int
    codepoints: int
    seconds: float


def source_path(weight: str, source_dir: Path = SOURCE_DIR) -> Path:
    path = source_dir / f"NotoSansCJK-{weight}.ttc"
    if not path.is_file():
        sys.exit(f"error: source font {path} not found; {INSTALL_HINT}")
    return path


def find_sc_face(path: Path) -> int:
    """Index of the "Noto Sans CJK SC" face in the collection, found by its name table."""
    collection = TTCollection(str(path), lazy=True)
    try:
        for index, font in enumerate(collection.fonts):
            name = font["name"]
            family = name.getBestFamilyName() or name.getDebugName(1)
            if family == SC_FAMILY:
                return index
    finally:
        collection.close()
    sys.exit(f"error: no face named {SC_FAMILY!r} in {path}; {INSTALL_HINT}")


def subset_to_sc(font: TTFont) -> int:
    """Keep the glyphs reachable from the face's cmap; return the number of codepoints."""
    cmap = font.getBestCmap()
    # Variation sequences (format 14) point at other locales' glyph variants.
    font["cmap"].tables = [t for t in font["cmap"].tables if t.format != 14]
    options = subset.Options()
    options.layout_features = [f for f in options.layout_features if f not in DROPPED_FEATURES]
    options.drop_tables = [*options.drop_tables, *DROPPED_TABLES]
    options.notdef_outline = True
    options.glyph_names = False
    options.hinting = False
    options.name_IDs = ["*"]
    options.name_legacy = False
    options.name_languages = [0x0409]
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=cmap.keys())
    subsetter.subset(font)
    return len(cmap)


def cff_to_glyf(font: TTFont) -> None:
    """Replace the CFF outlines by quadratic glyf outlines (after fontTools' otf2ttf)."""
    glyph_order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyphs = {}
    for name in glyph_order:
        tt_pen = TTGlyphPen(glyph_set)
        # CFF contours run counter-clockwise, TrueType ones clockwise.
        glyph_set[name].draw(Cu2QuPen(tt_pen, MAX_ERR, reverse_direction=True))
        glyphs[name] = tt_pen.glyph()

    font["loca"] = newTable("loca")
    glyf = font["glyf"] = newTable("glyf")
    glyf.glyphOrder = glyph_order
    glyf.glyphs = glyphs
    del font["CFF "]
    glyf.compile(font)  # computes each glyph's bounding box

    hmtx = font["hmtx"]
    for name, glyph in glyf.glyphs.items():
        if hasattr(glyph, "xMin"):
            hmtx[name] = (hmtx[name][0], glyph.xMin)

    maxp = font["maxp"] = newTable("maxp")
    maxp.tableVersion = 0x00010000
    maxp.maxZones = 1
    maxp.maxTwilightPoints = 0
    maxp.maxStorage = 0
    maxp.maxFunctionDefs = 0
    maxp.maxInstructionDefs = 0
    maxp.maxStackElements = 0
    maxp.maxSizeOfInstructions = 0
    maxp.maxComponentElements = 0
    maxp.maxComponentDepth = 0

    post = font["post"]
    post.formatType = 3.0  # no glyph names: the CID names are of no use and cost space
    post.extraNames = []
    post.mapping = {}
    post.glyphOrder = glyph_order

    font["head"].glyphDataFormat = 0
    font.sfntVersion = "\x00\x01\x00\x00"


def rename(font: TTFont, weight: str) -> None:
    name = font["name"]
    version = name.getDebugName(5) or ""
    ps_name = f"{FAMILY.replace(' ', '')}-{weight}"
    full = FAMILY if weight == "Regular" else f"{FAMILY} {weight}"
    name.removeNames(platformID=1)
    for name_id in (16, 17, 21, 22):
        name.removeNames(nameID=name_id)
    name.setName(FAMILY, 1, 3, 1, 0x409)
    name.setName(weight, 2, 3, 1, 0x409)
    name.setName(f"{ps_name};{version.split(';')[0]};TTF", 3, 3, 1, 0x409)
    name.setName(full, 4, 3, 1, 0x409)
    name.setName(f"{version}; TrueType outlines from {SC_FAMILY}", 5, 3, 1, 0x409)
    name.setName(ps_name, 6, 3, 1, 0x409)


def build(weight: str, source: Path, face_index: int, output: Path) -> Result:
    start = time.monotonic()
    # recalcTimestamp=False keeps the source's head.modified: re-runs give identical bytes.
    font = TTFont(str(source), fontNumber=face_index, recalcTimestamp=False)
    codepoints = subset_to_sc(font)
    cff_to_glyf(font)
    rename(font, weight)
    glyphs = len(font.getGlyphOrder())
    output.parent.mkdir(parents=True, exist_ok=True)
    tmp = output.with_suffix(".tmp")
    font.save(str(tmp))
    font.close()
    tmp.replace(output)
    return Result(weight, source, face_index, output, glyphs, codepoints, time.monotonic() - start)


def _mib(size: int) -> str:
    return f"{size / 2**20:.1f} MiB"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source-dir", type=Path, default=SOURCE_DIR)
    parser.add_argument("--out-dir", type=Path, default=OUT_DIR)
    parser.add_argument(
        "--weights",
        nargs="+",
        choices=WEIGHTS,
        default=list(BUNDLED),
        help="default: Regular, the only weight StationDesk ships",
    )
    args = parser.parse_args(argv)

    start = time.monotonic()
    jobs: list[tuple[str, Path, int, Path]] = []
    for weight in args.weights:
        source = source_path(weight, args.source_dir)
        index = find_sc_face(source)
        output = args.out_dir / f"NotoSansSC-{weight}.ttf"
        print(f"{weight}: {source} face #{index} ({SC_FAMILY}) -> {output}", flush=True)
        jobs.append((weight, source, index, output))

    with ProcessPoolExecutor(max_workers=min(2, len(jobs))) as pool:
        futures = [pool.submit(build, *job) for job in jobs]
        results = [future.result() for future in futures]

    total = 0
    for r in results:
        size = r.output.stat().st_size
        total += size
        print(
            f"{r.weight}: {r.codepoints} codepoints, {r.glyphs} glyphs, glyf outlines, "
            f"family {FAMILY!r}: {r.output} {_mib(size)} ({size} bytes, {r.seconds:.0f} s)"
        )
    print(f"total {_mib(total)} in {time.monotonic() - start:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
