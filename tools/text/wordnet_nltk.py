"""Opens a WordNet 3.0 database directory with nltk's own reader (nltk 3.8, Debian python3-nltk).

nltk's WordNetCorpusReader also wants a 'lexnames' file, which the Debian wordnet package does not ship
as a data file; it is rebuilt here from the lexnames(5WN) manual page table (45 fixed entries), in a
temporary directory of symbolic links, so the database files themselves are read unchanged.
"""
import gzip
import os
import re
import tempfile
import warnings

from nltk.corpus.reader.wordnet import WordNetCorpusReader

_LEXNAMES_MAN = "/usr/share/man/man5/lexnames.5WN.gz"
_POS_NUMBER = {"noun": 1, "verb": 2, "adj": 3, "adv": 4}
_FILES = ["data.noun", "data.verb", "data.adj", "data.adv", "index.noun", "index.verb", "index.adj",
          "index.adv", "noun.exc", "verb.exc", "adj.exc", "adv.exc"]


def lexnames_text():
    lines = []
    with gzip.open(_LEXNAMES_MAN, "rt", encoding="latin-1") as f:
        for line in f:
            m = re.match(r"^(\d\d)\t(\w+)\.(\w+)\s*\t", line)
            if m:
                lines.append("%s\t%s.%s\t%d\n" % (m.group(1), m.group(2), m.group(3), _POS_NUMBER[m.group(2)]))
    assert len(lines) == 45, len(lines)
    return "".join(lines)


def open_wordnet(directory):
    """Returns (reader, tempdir); keep tempdir alive while the reader is used."""
    tmp = tempfile.TemporaryDirectory()
    for name in _FILES:
        os.symlink(os.path.join(os.path.abspath(directory), name), os.path.join(tmp.name, name))
    with open(os.path.join(tmp.name, "lexnames"), "w") as f:
        f.write(lexnames_text())
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # "multilingual functions are not available": we need English only
        reader = WordNetCorpusReader(tmp.name, None)
    return reader, tmp
