#!/usr/bin/python3
"""Writes the WordNet reader fixtures of tests/SharpAugment.Text.Tests/Fixtures/wordnet/.

Usage: /usr/bin/python3 tools/text/make_wordnet_fixtures.py [WORDNET_DIR]

  nltk_reference.json  for every word of WORDS, what nltk 3.8 (Debian python3-nltk) reading WORDNET_DIR answers:
                       morphy forms per part of speech (nltk's _morphy: exceptions, then suffix rules),
                       synsets(word) as name + lemma names, and EDA's get_synonyms(word) sorted.
  minidb/              a small WordNet 3.0 database in the original file format (licence header, data.*, index.*,
                       *.exc) holding every index entry morphy can touch for WORDS and every synset they point to,
                       with byte offsets recomputed; the tests read it with SharpAugment's database reader and
                       must get the same answers as nltk on the full database.
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from wordnet_nltk import open_wordnet  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "tests/SharpAugment.Text.Tests/Fixtures/wordnet")
FILE = {"n": "noun", "v": "verb", "a": "adj", "r": "adv"}

WORDS = [
    # plain nouns, verbs, adjectives, adverbs
    "dog", "cat", "house", "car", "movie", "film", "book", "happy", "sad", "good", "bad", "quick", "quickly",
    "run", "walk", "eat", "beautiful", "terrible", "great", "love", "hate", "fast", "slowly", "computer",
    # regular inflections (suffix rules)
    "dogs", "churches", "boxes", "buzzes", "wishes", "women", "ladies", "wolves", "classes", "running",
    "walked", "walking", "makes", "made", "tries", "tried", "bigger", "biggest", "nicer", "happiest", "loves",
    # exception lists
    "geese", "children", "mice", "ran", "went", "better", "best", "worse", "was", "were", "aardwolves", "abaci",
    "oxen", "feet", "teeth", "sung", "wrote", "written",
    # ambiguous forms (several analyses)
    "axes", "saw", "left", "lay", "found", "ground", "bases", "leaves",
    # stop words and function words
    "the", "a", "not", "very", "should", "is", "and",
    # multi-word lemmas and odd forms
    "ice", "hot_dog", "new_york", "u.s.", "t-shirt", "ten",
    # not in WordNet
    "xyzzy", "qwertyuiop", "sharpaugment", "",
]


def synonyms_like_eda(reader, word):
    result = set()
    for syn in reader.synsets(word):
        for lemma in syn.lemmas():
            s = lemma.name().replace("_", " ").replace("-", " ").lower()
            s = "".join(c for c in s if c in " qwertyuiopasdfghjklzxcvbnm")
            result.add(s)
    result.discard(word)
    return sorted(result)


def candidates(reader, word, pos):
    """Every string nltk's _morphy may look up in the index for word and pos."""
    seen = [word]
    exc = reader._exception_map[pos]
    if word in exc:
        seen.extend(exc[word])
    subs = reader.MORPHOLOGICAL_SUBSTITUTIONS[pos]
    forms = [word]
    while forms:
        forms = [f[: -len(old)] + new for f in forms for old, new in subs if f.endswith(old)]
        seen.extend(forms)
    return seen


def main():
    wn_dir = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/data/wordnet"
    reader, tmp = open_wordnet(wn_dir)
    os.makedirs(os.path.join(OUT, "minidb"), exist_ok=True)

    entries = []
    for w in WORDS:
        morphy = {p: reader._morphy(w.lower(), p) for p in ["n", "v", "a", "r"]}
        synsets = [{"name": s.name(), "lemmas": [l.name() for l in s.lemmas()]} for s in reader.synsets(w)]
        entries.append({"word": w, "morphy": morphy, "synsets": synsets, "eda_synonyms": synonyms_like_eda(reader, w)})
    with open(os.path.join(OUT, "nltk_reference.json"), "w", encoding="utf-8") as f:
        json.dump({"source": "nltk 3.8 WordNetCorpusReader over WordNet 3.0 (Debian wordnet-base 3.0-37)",
                   "words": entries}, f, indent=1, ensure_ascii=False)
        f.write("\n")

    # the index entries the mini database must hold, per part of speech
    lemmas = {p: set() for p in FILE}
    for w in WORDS:
        for p in FILE:
            for c in candidates(reader, w.lower(), p):
                if c in reader._lemma_pos_offset_map and p in reader._lemma_pos_offset_map[c]:
                    lemmas[p].add(c)
    # synsets those entries point to, plus the index entry of each synset's first lemma (its name needs it)
    offsets = {p: set() for p in FILE}
    for p in FILE:
        for lemma in list(lemmas[p]):
            offsets[p].update(reader._lemma_pos_offset_map[lemma][p])
    for p in FILE:
        for off in list(offsets[p]):
            first = reader.synset_from_pos_and_offset(p, off).lemmas()[0].name().lower()
            lemmas[p].add(first)
    for p in FILE:
        for lemma in lemmas[p]:
            offsets[p].update(reader._lemma_pos_offset_map[lemma][p])

    for p, name in FILE.items():
        with open(os.path.join(wn_dir, "data." + name), "rb") as f:
            raw = f.read().split(b"\n")
        header = [l for l in raw if l.startswith(b"  ")]
        body = {int(l[:8]): l for l in raw if l and not l.startswith(b"  ")}
        out = b"".join(h + b"\n" for h in header)
        remap = {}
        lines = []
        for off in sorted(offsets[p]):
            remap[off] = len(out) + sum(len(x) + 1 for x in lines)
            line = body[off]
            lines.append(b"%08d" % remap[off] + line[8:])
        with open(os.path.join(OUT, "minidb", "data." + name), "wb") as f:
            f.write(out + b"".join(x + b"\n" for x in lines))
        with open(os.path.join(wn_dir, "index." + name), "rb") as f:
            iraw = f.read().split(b"\n")
        ihead = [l for l in iraw if l.startswith(b"  ")]
        ilines = []
        for l in iraw:
            if not l or l.startswith(b"  "):
                continue
            parts = l.split(b" ")
            if parts[0].decode() not in lemmas[p]:
                continue
            n = int(parts[2])
            # the last n fields (before the trailing space) are synset offsets
            fields = [x for x in parts if x]
            head, offs = fields[:-n], fields[-n:]
            ilines.append(b" ".join(head + [b"%08d" % remap[int(o)] for o in offs]) + b"  ")
        with open(os.path.join(OUT, "minidb", "index." + name), "wb") as f:
            f.write(b"".join(h + b"\n" for h in ihead) + b"".join(x + b"\n" for x in ilines))
        with open(os.path.join(wn_dir, name + ".exc"), "rb") as f:
            exc = f.read()
        with open(os.path.join(OUT, "minidb", name + ".exc"), "wb") as f:
            f.write(exc)
    with open(os.path.join(wn_dir, "LICENSE"), "rb") as f:
        lic = f.read()
    with open(os.path.join(OUT, "minidb", "LICENSE"), "wb") as f:
        f.write(lic)
    total = sum(os.path.getsize(os.path.join(OUT, "minidb", x)) for x in os.listdir(os.path.join(OUT, "minidb")))
    print("%d words; mini database %d bytes (%s)" % (len(WORDS), total,
          ", ".join("%s: %d synsets, %d lemmas" % (FILE[p], len(offsets[p]), len(lemmas[p])) for p in FILE)))
    tmp.cleanup()


if __name__ == "__main__":
    main()
