#!/usr/bin/python3
"""Writes bench/SharpAugment.Proof/Data/glosses.tsv: WordNet 3.0 noun glosses (definitions, examples dropped) labelled by
lexicographer file, 750 per class for noun.animal, noun.artifact, noun.food and noun.plant, the first 750 of each
in data.noun order. WordNet 3.0 licence (Princeton University), see NOTICE. Reads the database from the path given
(default /usr/share/wordnet, Debian's wordnet-base). Run: /usr/bin/python3 tools/make_proof_glosses.py [WORDNET_DIR]
"""
import os
import sys

src = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/wordnet"
classes = {"05": "noun.animal", "06": "noun.artifact", "13": "noun.food", "20": "noun.plant"}
per_class = 750
rows = {name: [] for name in classes.values()}
with open(os.path.join(src, "data.noun"), encoding="utf-8") as f:
    for line in f:
        if line.startswith("  "):
            continue  # licence header
        fields = line.split(" ", 3)
        name = classes.get(fields[1])
        if name is None or len(rows[name]) >= per_class or "| " not in line:
            continue
        gloss = line.split("| ", 1)[1].strip()
        definition = gloss.split('; "', 1)[0].strip().strip(";").replace("\t", " ")
        if len(definition.split()) >= 3:
            rows[name].append(definition)
out = os.path.join(os.path.dirname(__file__), "..", "bench", "SharpAugment.Proof", "Data", "glosses.tsv")
with open(out, "w", encoding="utf-8") as f:
    for name in sorted(rows):
        for gloss in rows[name]:
            f.write(f"{name}\t{gloss}\n")
print({k: len(v) for k, v in rows.items()})
