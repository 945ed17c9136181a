"""Writes the two small ONNX models the SharpAugment.OnnxRuntime tests run (issue 25, test-time augmentation).

Run from the repository root with the reference Python (torch 1.13; the onnx package is not needed):
    /usr/bin/python3 tools/make_onnx_fixtures.py

- classifier.onnx: input "image" [N, 3, 8, 8] (N dynamic) -> flatten -> x @ W + b -> outputs "logits" [N, 4] and
  "probs" = softmax(logits). W[i, k] = ((7 i + 13 k) mod 17 - 8) / 16 and b[k] = k / 8 (exact in float32), so the
  tests recompute the model in C# from the same formula.
- dense.onnx: input "image" [N, 3, H, W] (N, H, W dynamic) -> output "logits" [N, 4, H, W] =
  concat(2 x + 1, -x[:, 0:1]): element-wise, so a flipped input gives exactly the flipped output.
Nothing is random; re-running rewrites the files byte for byte.
"""
import json
import os

import torch

OUT = "tests/SharpAugment.OnnxRuntime.Tests/Fixtures"


class Classifier(torch.nn.Module):
    def __init__(self):
        super().__init__()
        i = torch.arange(192).unsqueeze(1)
        k = torch.arange(4).unsqueeze(0)
        self.register_buffer("w", (((7 * i + 13 * k) % 17) - 8).float() / 16)
        self.register_buffer("b", torch.arange(4).float() / 8)

    def forward(self, x):
        logits = torch.flatten(x, 1) @ self.w + self.b
        return logits, torch.softmax(logits, dim=1)


class Dense(torch.nn.Module):
    def forward(self, x):
        return torch.cat([x * 2 + 1, -x[:, 0:1]], dim=1)


def main():
    os.makedirs(OUT, exist_ok=True)
    torch.onnx.export(Classifier(), torch.zeros(2, 3, 8, 8), f"{OUT}/classifier.onnx", input_names=["image"],
                      output_names=["logits", "probs"], dynamic_axes={"image": {0: "n"}, "logits": {0: "n"}, "probs": {0: "n"}},
                      opset_version=13)
    torch.onnx.export(Dense(), torch.zeros(1, 3, 4, 4), f"{OUT}/dense.onnx", input_names=["image"], output_names=["logits"],
                      dynamic_axes={"image": {0: "n", 2: "h", 3: "w"}, "logits": {0: "n", 2: "h", 3: "w"}}, opset_version=13)
    manifest = {
        "generator": "tools/make_onnx_fixtures.py",
        "torch": torch.__version__,
        "opset": 13,
        "files": ["classifier.onnx", "dense.onnx"],
        "reproducible": "byte for byte (fixed weights, no randomness)",
    }
    with open(f"{OUT}/manifest.json", "w") as f:
        json.dump(manifest, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
