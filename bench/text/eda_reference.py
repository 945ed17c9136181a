#!/usr/bin/python3
"""A re-implementation of the original EDA (jasonwei20/eda_nlp, code/eda.py, commit 5d54d43), written from its described
behaviour (docs/text.md, shared reference notes) for timing only: same stop words, cleaning, synonym lookup through
nltk's wordnet.synsets, SR/RI/RS/RD and eda() control flow, with Python's random module.

Usage: /usr/bin/python3 bench/text/eda_reference.py INPUT.tsv [NUM_AUG] [WORDNET_DIR]
Prints sentences per second for eda(num_aug) over every line (the WordNet load is timed separately).
"""
import os
import random
import re
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "tools", "text"))
from wordnet_nltk import open_wordnet  # noqa: E402

STOP = set("""i me my myself we our ours ourselves you your yours yourself yourselves he him his himself she her hers
herself it its itself they them their theirs themselves what which who whom this that these those am is are was were be
been being have has had having do does did doing a an the and but if or because as until while of at by for with about
against between into through during before after above below to from up down in out on off over under again further then
once here there when where why how all any both each few more most other some such no nor not only own same so than too
very s t can will just don should now""".split()) | {""}
assert len(STOP) == 128
LETTERS = set("qwertyuiopasdfghjklzxcvbnm ")
wordnet = None


def clean(line):
    line = line.replace("\u2019", "").replace("'", "")
    for c in "-\t\n":
        line = line.replace(c, " ")
    out = "".join(c if c in LETTERS else " " for c in line.lower())
    out = re.sub(" +", " ", out)
    return out[1:] if out.startswith(" ") else out


def synonyms(word):
    found = set()
    for syn in wordnet.synsets(word):
        for lemma in syn.lemmas():
            s = lemma.name().replace("_", " ").replace("-", " ").lower()
            found.add("".join(c for c in s if c in LETTERS))
    found.discard(word)
    return list(found)


def sr(words, n):
    out = list(words)
    candidates = list({w for w in words if w not in STOP})
    random.shuffle(candidates)
    done = 0
    for w in candidates:
        syns = synonyms(w)
        if syns:
            pick = random.choice(syns)
            out = [pick if x == w else x for x in out]
            done += 1
        if done >= n:
            break
    return " ".join(out).split(" ")


def ri(words, n):
    out = list(words)
    for _ in range(n):
        syns, tries = [], 0
        while not syns:
            syns = synonyms(out[random.randint(0, len(out) - 1)])
            tries += 1
            if tries >= 10:
                break
        else:
            out.insert(random.randint(0, len(out) - 1), syns[0])
    return out


def rs(words, n):
    out = list(words)
    for _ in range(n):
        a = random.randint(0, len(out) - 1)
        b, tries = a, 0
        while b == a:
            b = random.randint(0, len(out) - 1)
            tries += 1
            if tries > 3:
                break
        else:
            out[a], out[b] = out[b], out[a]
    return out


def rd(words, p):
    if len(words) == 1:
        return words
    out = [w for w in words if random.uniform(0, 1) > p]
    return out if out else [words[random.randint(0, len(words) - 1)]]


def eda(sentence, alpha=0.1, num_aug=9):
    sentence = clean(sentence)
    words = [w for w in sentence.split(" ") if w != ""]
    per = int(num_aug / 4) + 1
    n = max(1, int(alpha * len(words)))
    made = [" ".join(sr(words, n)) for _ in range(per)]
    made += [" ".join(ri(words, n)) for _ in range(per)]
    made += [" ".join(rs(words, n)) for _ in range(per)]
    made += [" ".join(rd(words, alpha)) for _ in range(per)]
    made = [clean(s) for s in made]
    random.shuffle(made)
    made = made[:num_aug]
    made.append(sentence)
    return made


def main():
    global wordnet
    path = sys.argv[1]
    num_aug = int(sys.argv[2]) if len(sys.argv) > 2 else 9
    wn_dir = sys.argv[3] if len(sys.argv) > 3 else "/work/shared/data/wordnet"
    random.seed(1)
    t0 = time.perf_counter()
    wordnet, tmp = open_wordnet(wn_dir)
    t1 = time.perf_counter()
    lines = [l.rstrip("\n").split("\t", 1)[1] for l in open(path, encoding="utf-8")]
    out = 0
    t2 = time.perf_counter()
    for s in lines:
        out += len(eda(s, num_aug=num_aug))
    t3 = time.perf_counter()
    print(f"python EDA (nltk {__import__('nltk').__version__}): WordNet load {t1 - t0:.2f} s; {len(lines)} sentences, "
          f"{out} output lines in {t3 - t2:.2f} s = {len(lines) / (t3 - t2):.0f} sentences/s")
    tmp.cleanup()


if __name__ == "__main__":
    main()
