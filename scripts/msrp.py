"""Reading the MSR Paraphrase Corpus for scripts/train-similarity and
scripts/evaluate-msrp. The corpus stays in ../shared; nothing is copied."""
import os


def load_pairs(path):
    """Labels (1 = paraphrase) and (sentence, sentence) pairs of one half."""
    labels, pairs = [], []
    with open(path, encoding="utf-8-sig") as f:
        next(f)  # header
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if len(parts) < 5:
                continue
            labels.append(int(parts[0]))
            pairs.append((parts[3].replace("\t", " "), parts[4].replace("\t", " ")))
    return labels, pairs


def write_pair_file(pairs, folder):
    path = os.path.join(folder, "pairs.tsv")
    with open(path, "w", encoding="utf-8") as f:
        for a, b in pairs:
            f.write(f"{a}\t{b}\n")
    return path
