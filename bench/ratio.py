#!/usr/bin/env python3
"""Prints the ratio table of one bench run: ours / best peer per transform, and the geometric mean over the
transforms that both we and at least one peer measured.

    python3 bench/ratio.py RESULT.json [RESULT.json ...] [--markdown]

Files are grouped by meta.library ("sharpaugment" is ours); a library given several files (several rounds of
run_all.sh) counts with its best figure per transform, so a round slowed by other work on the machine does not decide.
"""
import json
import math
import sys


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    markdown = "--markdown" in sys.argv
    if len(args) < 2:
        sys.exit(__doc__)
    docs = [json.load(open(p)) for p in args]
    merged = {}
    for d in docs:
        lib = d["meta"]["library"]
        if lib not in merged:
            merged[lib] = {"meta": d["meta"], "results": dict(d["results"])}
        else:
            r = merged[lib]["results"]
            for k, v in d["results"].items():
                r[k] = max(r.get(k) or 0, v)
    if "sharpaugment" not in merged:
        sys.exit("ratio.py: no sharpaugment result among the files")
    ours = merged.pop("sharpaugment")
    peers = list(merged.values())
    libs = [p["meta"]["library"] for p in peers]
    names = list(ours["meta"]["pipelines"].keys())
    alloc = ours["meta"].get("allocated_bytes_per_image", {})
    head = ["transform", "ours img/s"] + [f"{l} img/s" for l in libs] + ["best peer", "ratio", "ours KiB/img"]
    rows, logs = [], []
    for n in names:
        o = ours["results"].get(n)
        ps = [p["results"].get(n) for p in peers]
        known = [(v, l) for v, l in zip(ps, libs) if v]
        best = max(known) if known else None
        ratio = o / best[0] if (o and best) else None
        if ratio:
            logs.append(math.log(ratio))
        fmt = lambda v: f"{v:.1f}" if v else "missing"
        rows.append([n, fmt(o)] + [fmt(v) for v in ps] + [best[1] if best else "-",
                    f"{ratio:.2f}" if ratio else "-", f"{alloc[n] / 1024:.1f}" if n in alloc else "-"])
    gm = math.exp(sum(logs) / len(logs)) if logs else float("nan")
    if markdown:
        print("| " + " | ".join(head) + " |")
        print("|" + "---|" * len(head))
        for r in rows:
            print("| " + " | ".join(r) + " |")
        print(f"\nGeometric mean of the ratios over {len(logs)} transforms: **{gm:.2f}**")
    else:
        widths = [max(len(str(r[i])) for r in rows + [head]) for i in range(len(head))]
        for r in [head] + rows:
            print("  ".join(str(c).rjust(w) if i else str(c).ljust(w) for i, (c, w) in enumerate(zip(r, widths))))
        print(f"geometric mean of ratios ({len(logs)} transforms): {gm:.2f}")
    below = [r[0] for r in rows if r[-2] not in ("-",) and float(r[-2]) < 1.0]
    print(("\nbelow 1.0: " + ", ".join(below)) if below else "\nevery measured transform at least 1.0x", file=sys.stderr)


if __name__ == "__main__":
    main()
