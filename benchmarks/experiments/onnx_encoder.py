"""Sentence embeddings from all-MiniLM-L6-v2 exported to ONNX, run with onnxruntime on the CPU."""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from pathlib import Path

import numpy as np

# Ideographs that BERT splits into single-character words (the CJK Unified Ideographs blocks).
_CJK = "4E00-9FFF 3400-4DBF 20000-2A6DF 2A700-2B73F 2B740-2B81F 2B820-2CEAF F900-FAFF 2F800-2FA1F"
_CJK_RANGES = [tuple(int(x, 16) for x in span.split("-")) for span in _CJK.split()]
_INPUTS = ("input_ids", "attention_mask", "token_type_ids")


def _is_cjk(cp: int) -> bool:
    return any(lo <= cp <= hi for lo, hi in _CJK_RANGES)


def _is_punct(ch: str) -> bool:
    cp = ord(ch)
    if 33 <= cp <= 47 or 58 <= cp <= 64 or 91 <= cp <= 96 or 123 <= cp <= 126:
        return True
    return unicodedata.category(ch).startswith("P")


class WordPieceTokenizer:
    """BERT uncased tokenizer: basic splitting, then greedy longest-match WordPiece."""

    def __init__(self, vocab_path: Path, max_length: int = 256, max_word_chars: int = 100) -> None:
        """Read the vocabulary.

        Args:
            vocab_path: vocab.txt, one token a line; a token's id is its line number.
            max_length: Maximum sequence length, [CLS] and [SEP] included.
            max_word_chars: Words longer than this become [UNK].
        """
        tokens = Path(vocab_path).read_text(encoding="utf-8").split("\n")
        self.vocab = {tok: i for i, tok in enumerate(tokens) if tok}
        self.max_length = max_length
        self.max_word_chars = max_word_chars
        self.unk, self.cls, self.sep = (self.vocab[t] for t in ("[UNK]", "[CLS]", "[SEP]"))
        self.pad = self.vocab["[PAD]"]
        self._word_ids = lru_cache(maxsize=65536)(self._wordpiece)

    @staticmethod
    def normalize(text: str) -> str:
        """Drop control chars, map whitespace to " ", space out CJK, strip accents, lowercase.

        Args:
            text: Raw text.

        Returns:
            The normalised text.
        """
        out = []
        for ch in text:
            cp = ord(ch)
            if ch in "\t\n\r":
                out.append(" ")
            elif cp == 0xFFFD or unicodedata.category(ch).startswith("C"):
                continue
            elif ch.isspace():
                out.append(" ")
            elif _is_cjk(cp):
                out.append(f" {ch} ")
            else:
                out.append(ch)
        text = unicodedata.normalize("NFD", "".join(out))
        text = "".join(ch for ch in text if unicodedata.category(ch) != "Mn")
        return "".join(ch.lower() for ch in text)  # per character: no final-sigma rule

    @staticmethod
    def split_words(text: str) -> list[str]:
        """Split normalised text on whitespace, and make each punctuation mark a word of its own.

        Args:
            text: Normalised text.

        Returns:
            The words in order.
        """
        words = []
        for chunk in text.split():
            start = 0
            for i, ch in enumerate(chunk):
                if _is_punct(ch):
                    if i > start:
                        words.append(chunk[start:i])
                    words.append(ch)
                    start = i + 1
            if start < len(chunk):
                words.append(chunk[start:])
        return words

    def _wordpiece(self, word: str) -> tuple[int, ...]:
        if len(word) > self.max_word_chars:
            return (self.unk,)
        ids, start = [], 0
        while start < len(word):
            end = len(word)
            while end > start:
                piece = word[start:end] if start == 0 else "##" + word[start:end]
                if piece in self.vocab:
                    ids.append(self.vocab[piece])
                    break
                end -= 1
            if end == start:
                return (self.unk,)
            start = end
        return tuple(ids)

    def encode(self, text: str) -> list[int]:
        """Token ids of one text: [CLS] word pieces [SEP], truncated to max_length.

        Args:
            text: Raw text.

        Returns:
            The token ids.
        """
        ids = [self.cls]
        limit = self.max_length - 1
        for word in self.split_words(self.normalize(text)):
            ids.extend(self._word_ids(word))
            if len(ids) >= limit:
                del ids[limit:]
                break
        ids.append(self.sep)
        return ids


class SentenceEncoder:
    """all-MiniLM-L6-v2 sentence embeddings (mean pooled, L2-normalised) from an ONNX file."""

    def __init__(
        self,
        model_path: str | Path,
        vocab_path: str | Path | None = None,
        max_length: int = 256,
        threads: int = 1,
    ) -> None:
        """Load the tokenizer and open an onnxruntime session.

        Args:
            model_path: The .onnx file (input_ids, attention_mask, token_type_ids -> hidden).
            vocab_path: The WordPiece vocab.txt; by default the one beside the model.
            max_length: Maximum tokens per text, [CLS] and [SEP] included.
            threads: Intra-op threads of the session.
        """
        import onnxruntime as ort

        model_path = Path(model_path)
        self.tokenizer = WordPieceTokenizer(
            vocab_path or model_path.with_name("vocab.txt"), max_length=max_length
        )
        options = ort.SessionOptions()
        options.intra_op_num_threads = threads
        options.inter_op_num_threads = 1
        options.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        self.session = ort.InferenceSession(
            str(model_path), options, providers=["CPUExecutionProvider"]
        )
        self.dim = int(self.session.get_outputs()[0].shape[-1])

    def _run(self, batch: list[list[int]]) -> np.ndarray:
        width = max(len(ids) for ids in batch)
        input_ids = np.full((len(batch), width), self.tokenizer.pad, dtype=np.int64)
        mask = np.zeros((len(batch), width), dtype=np.int64)
        for row, ids in enumerate(batch):
            input_ids[row, : len(ids)] = ids
            mask[row, : len(ids)] = 1
        feeds = dict(zip(_INPUTS, (input_ids, mask, np.zeros_like(input_ids)), strict=True))
        hidden = self.session.run(None, feeds)[0]
        weights = mask[..., None].astype(np.float32)
        pooled = (hidden * weights).sum(axis=1) / np.maximum(weights.sum(axis=1), 1e-9)
        norms = np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)
        return (pooled / norms).astype(np.float32)

    def encode(self, texts: list[str], batch_size: int = 1) -> np.ndarray:
        """Embed texts; with batch_size > 1, texts of similar length share a model call.

        Args:
            texts: The texts.
            batch_size: Texts per model call. An int8 model quantizes activations with one
                scale per call, so batching shifts results (cosine about 0.98-1.0 with the
                unbatched ones); the default 1 gives exactly what encode_one gives.

        Returns:
            A float32 array of shape (len(texts), 384), one unit-length row per text, in order.
        """
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        ids = [self.tokenizer.encode(t) for t in texts]
        order = sorted(range(len(ids)), key=lambda i: len(ids[i]))
        for start in range(0, len(order), batch_size):
            rows = order[start : start + batch_size]
            out[rows] = self._run([ids[i] for i in rows])
        return out

    def encode_one(self, text: str) -> np.ndarray:
        """Embed one text.

        Args:
            text: The text.

        Returns:
            A float32 unit vector of length 384.
        """
        return self._run([self.tokenizer.encode(text)])[0]
