"""torchvision side of the end-to-end input pipeline benchmark: the same JPEG files, decoded with PIL, through
RandomResizedCrop(224) | RandomHorizontalFlip | RandAugment(2, 9) | ToTensor | Normalize(ImageNet), collated in
batches by DataLoader. Images per second over EPOCHS epochs after one warm-up epoch; prints one JSON line.

Usage: /usr/bin/python3 bench/e2e/torch_loader.py JPEG_DIR [num_workers=0] [epochs=4] [batch=64] [seed=0]
"""
import glob
import json
import os
import sys
import time

import PIL
import torch
import torchvision
from PIL import Image
from torch.utils.data import DataLoader, Dataset
from torchvision import transforms

MEAN = [0.485, 0.456, 0.406]
STD = [0.229, 0.224, 0.225]
NUM_CLASSES = 4


class JpegFolder(Dataset):
    def __init__(self, files, transform):
        self.files = files
        self.transform = transform

    def __len__(self):
        return len(self.files)

    def __getitem__(self, index):
        with Image.open(self.files[index]) as img:
            img = img.convert("RGB")
        return self.transform(img), index % NUM_CLASSES


def worker_init(_):
    # Each worker process computes with one thread, like the main process below.
    torch.set_num_threads(1)


def main():
    if len(sys.argv) < 2:
        sys.exit("usage: torch_loader.py JPEG_DIR [num_workers=0] [epochs=4] [batch=64] [seed=0]")
    folder = sys.argv[1]
    workers = int(sys.argv[2]) if len(sys.argv) > 2 else 0
    epochs = int(sys.argv[3]) if len(sys.argv) > 3 else 4
    batch = int(sys.argv[4]) if len(sys.argv) > 4 else 64
    seed = int(sys.argv[5]) if len(sys.argv) > 5 else 0
    files = sorted(glob.glob(os.path.join(folder, "*.jpg")))
    if not files:
        sys.exit(f"torch_loader.py: no *.jpg files in {folder}")
    torch.set_num_threads(1)
    torch.manual_seed(seed)
    transform = transforms.Compose([
        transforms.RandomResizedCrop(224),
        transforms.RandomHorizontalFlip(),
        transforms.RandAugment(num_ops=2, magnitude=9),
        transforms.ToTensor(),
        transforms.Normalize(MEAN, STD),
    ])
    # persistent_workers: worker start-up is paid once (in the warm-up epoch), as in a long training run.
    loader = DataLoader(JpegFolder(files, transform), batch_size=batch, shuffle=False, num_workers=workers,
                        persistent_workers=workers > 0, worker_init_fn=worker_init if workers > 0 else None)
    checksum = 0.0
    rates = []
    timed_images = 0
    timed_seconds = 0.0
    for epoch in range(epochs + 1):
        start = time.perf_counter()
        for images, labels in loader:
            # The consumer reads one value per image so the batch is really materialized.
            checksum += float(images[:, 0, 0, 0].sum())
        elapsed = time.perf_counter() - start
        if epoch > 0:
            rates.append(round(len(files) / elapsed, 1))
            timed_images += len(files)
            timed_seconds += elapsed
    print(json.dumps({
        "side": "torchvision", "num_workers": workers, "images": len(files), "batch": batch, "epochs": epochs,
        "images_per_second": round(timed_images / timed_seconds, 1), "epoch_images_per_second": rates,
        "torch": torch.__version__, "torchvision": torchvision.__version__, "pillow": PIL.__version__,
        "checksum": round(checksum, 3),
    }))


if __name__ == "__main__":
    main()
