"""Printing benchmark: a batch of filled visit forms from demo data into one PDF.

    .venv/bin/python tests/benchmarks/bench_printing.py [--forms 1000] [--households 150] [--out FILE.pdf]

Reports the time to gather the data, the time to check and lay out the PDF, forms per second
(overall and layout only), pages, bytes per page and bytes per form.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from desktop import paths, printing  # noqa: E402
from desktop.core.context import Context  # noqa: E402
from desktop.core.demo import demo  # noqa: E402
from desktop.core.documents import documents  # noqa: E402
from desktop.core.visits import visits  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--forms", type=int, default=1000)
    parser.add_argument(
        "--households", type=int, default=150, help="demo households (about 12 visits each)"
    )
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path, default=None, help="keep the PDF here")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        ctx = Context.open(paths.database_path(Path(tmp)))
        start = time.perf_counter()
        demo.generate(ctx, args.households, seed=args.seed)
        ids = visits.find(ctx, status="submitted")
        print(
            f"demo data: {args.households} households, {len(ids)} submitted visits "
            f"({time.perf_counter() - start:.1f} s)"
        )
        if len(ids) < args.forms:
            print(f"only {len(ids)} visits: use more --households", file=sys.stderr)
            return 1
        ids = ids[: args.forms]

        printing.fonts.register()  # once per process; not part of the per-batch cost
        start = time.perf_counter()
        items = documents.gather_many(ctx, "visit", ids)
        gathered = time.perf_counter() - start
        start = time.perf_counter()
        data = printing.pdf("visit", items, printing.printed_line("基准测试"))
        laid_out = time.perf_counter() - start
        ctx.close()

    pages = data.count(b"/Type /Page\n") or data.count(b"/Type /Page ")
    if args.out:
        printing.write_pdf(data, args.out)
    total = gathered + laid_out
    print(f"forms:            {len(items)}")
    print(f"pages:            {pages}")
    print(f"gather data:      {gathered:.2f} s")
    print(f"check + lay out:  {laid_out:.2f} s")
    print(
        f"forms per second: {len(items) / total:.1f} overall, {len(items) / laid_out:.1f} layout only"
    )
    print(f"PDF size:         {len(data) / 1024 / 1024:.2f} MiB")
    print(f"bytes per page:   {len(data) / max(pages, 1):,.0f}")
    print(f"bytes per form:   {len(data) / len(items):,.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
