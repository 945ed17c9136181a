#!/usr/bin/python3
"""Builds src/SharpAugment.Text/Resources/wordnet.txt.gz, the compact WordNet the library embeds.

Usage: /usr/bin/python3 tools/text/make_wordnet_resource.py [WORDNET_DIR] [OUT]
  WORDNET_DIR defaults to /work/shared/data/wordnet (WordNet 3.0, Princeton licence, see NOTICE)
  OUT defaults to src/SharpAugment.Text/Resources/wordnet.txt.gz

It keeps exactly what synonym lookup and morphy need, read through nltk so the result is nltk's view:
  S lines: one synset per line, in data-file order (noun, verb, adj, adv): "<pos> <lemma> <lemma> ...";
           the line number (from 0) is the synset id; lemma names keep case and underscores,
           adjective markers such as (a) are removed, as nltk does.
  I lines: "<lemma>\t<pos>:<id>,<id>...\t..." the index: synset ids of a lemma per part of speech, in sense order.
  E lines: "<pos>\t<inflected>\t<base> <base>..." the exception lists (*.exc).
Glosses, pointers, frames and offsets are dropped: that is what makes it small.
"""
import gzip
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from wordnet_nltk import open_wordnet  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def main():
    wn_dir = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/data/wordnet"
    out = sys.argv[2] if len(sys.argv) > 2 else os.path.join(ROOT, "src/SharpAugment.Text/Resources/wordnet.txt.gz")
    reader, tmp = open_wordnet(wn_dir)
    ids = {}
    synset_lines = []
    for pos in ["n", "v", "a", "r"]:
        offsets = sorted({o for forms in reader._lemma_pos_offset_map.values() for o in forms.get(pos, [])})
        for off in offsets:
            s = reader.synset_from_pos_and_offset(pos, off)
            ids[(pos, off)] = len(synset_lines)
            synset_lines.append(s.pos() + " " + " ".join(l.name() for l in s.lemmas()))
    index_lines = []
    for lemma in sorted(reader._lemma_pos_offset_map):
        forms = reader._lemma_pos_offset_map[lemma]
        parts = [lemma]
        for pos in ["n", "v", "a", "r"]:
            if pos in forms:
                parts.append(pos + ":" + ",".join(str(ids[(pos, o)]) for o in forms[pos]))
        index_lines.append("\t".join(parts))
    exc_lines = []
    for pos in ["n", "v", "a", "r"]:
        for form in sorted(reader._exception_map[pos]):
            exc_lines.append(pos + "\t" + form + "\t" + " ".join(reader._exception_map[pos][form]))
    text = ("# SharpAugment compact WordNet: derived from WordNet 3.0 (c) 2006 Princeton University, see NOTICE\n"
            + "@S %d\n" % len(synset_lines) + "\n".join(synset_lines) + "\n"
            + "@I %d\n" % len(index_lines) + "\n".join(index_lines) + "\n"
            + "@E %d\n" % len(exc_lines) + "\n".join(exc_lines) + "\n")
    os.makedirs(os.path.dirname(out), exist_ok=True)
    with open(out, "wb") as f:
        # mtime=0 keeps the file byte-identical from run to run
        f.write(gzip.compress(text.encode("utf-8"), compresslevel=9, mtime=0))
    print("%s: %d synsets, %d lemmas, %d exceptions, %d bytes raw, %d bytes gzip"
          % (out, len(synset_lines), len(index_lines), len(exc_lines), len(text), os.path.getsize(out)))
    tmp.cleanup()


if __name__ == "__main__":
    main()
