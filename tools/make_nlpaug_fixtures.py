#!/usr/bin/python3
"""Regenerate tests/SharpAugment.Text.Tests/Fixtures/nlpaug/tables.json with nlpaug's own table-building code.

nlpaug is not installable here (no PyPI). keyboard_en.json and ocr_en.json next to the output are nlpaug's
res/char/keyboard/en.json and res/char/ocr/en.json, copied unchanged from github.com/makcedward/nlpaug (MIT, commit 63ca3ec,
the one docs/text.md follows). This script runs nlpaug's
Keyboard.get_model (nlpaug/model/char/keyboard.py) for every combination of special_char, numeric and upper_case,
and Ocr.generate_mapping (nlpaug/model/char/ocr.py), and writes the expanded tables the augmenters draw from.
Run from the repository root: /usr/bin/python3 tools/make_nlpaug_fixtures.py (rewrites tables.json byte for byte).
"""
import itertools
import json
import os
import re

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DIR = os.path.join(ROOT, "tests", "SharpAugment.Text.Tests", "Fixtures", "nlpaug")


# ---- nlpaug nlpaug/model/char/keyboard.py, Keyboard.get_model ---------------------------------------------------
def keyboard_model(mapping, special_char=True, numeric=True, upper_case=True):
    result = {}
    for key, values in mapping.items():
        if not numeric and re.match("^[0-9]*$", key):
            continue
        if not special_char and not re.match("^[a-z0-9]*$", key):
            continue
        result[key] = []
        result[key.upper()] = []
        for value in values:
            if not numeric and re.match("^[0-9]*$", value):
                continue
            if not special_char and not re.match("^[a-z0-9]*$", value):
                continue
            result[key].append(value)
            if upper_case:
                result[key].append(value.upper())
                result[key.upper()].append(value)
                result[key.upper()].append(value.upper())
    clean_result = {}
    for key, values in result.items():
        if len(values) == 0:
            continue
        values = [v for v in values if v != key]
        values = sorted(list(set(values)))
        clean_result[key] = values
    return clean_result


# ---- nlpaug nlpaug/model/char/ocr.py, Ocr.generate_mapping --------------------------------------------------------
def ocr_model(mapping):
    result = {}
    for k in mapping:
        result[k] = mapping[k]
    for k in mapping:
        for v in mapping[k]:
            if v not in result:
                result[v] = []
            if k not in result[v]:
                result[v].append(k)
    return result


def main():
    with open(os.path.join(DIR, "keyboard_en.json"), encoding="utf8") as f:
        keyboard = json.load(f)
    with open(os.path.join(DIR, "ocr_en.json"), encoding="utf8") as f:
        ocr = json.load(f)
    tables = {"generator": "tools/make_nlpaug_fixtures.py",
              "nlpaug_commit": "63ca3ec",
              "nlpaug_source": "github.com/makcedward/nlpaug (MIT): res/char/keyboard/en.json, res/char/ocr/en.json, "
                               "model/char/keyboard.py Keyboard.get_model, model/char/ocr.py Ocr.generate_mapping",
              "keyboard": {}, "ocr": ocr_model(ocr)}
    # en.json lists " t" (a stray space) among u's neighbours; SharpAugment reads it as "t". The second table is
    # nlpaug's code on that one corrected entry, which is what our transform must equal.
    corrected = {k: [v.strip() for v in vs] for k, vs in keyboard.items()}
    tables["keyboard_stray_space_read_as_t"] = {}
    for special, numeric, upper in itertools.product([True, False], repeat=3):
        name = f"special_char={special},numeric={numeric},upper_case={upper}"
        tables["keyboard"][name] = keyboard_model(keyboard, special, numeric, upper)
        tables["keyboard_stray_space_read_as_t"][name] = keyboard_model(corrected, special, numeric, upper)
    with open(os.path.join(DIR, "tables.json"), "w", encoding="utf8") as f:
        json.dump(tables, f, indent=1, sort_keys=True)
        f.write("\n")
    print("wrote", os.path.relpath(os.path.join(DIR, "tables.json"), ROOT))


if __name__ == "__main__":
    main()
