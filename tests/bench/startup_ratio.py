#!/usr/bin/env python3
"""Start-up ratio of acupoint-atlas to the empty-window baseline (docs/performance.md).

Runs `acupoint-atlas --screenshot` and `acu_empty_window` alternately, so that a machine
whose speed drifts during the run slows both alike, and prints each program's median wall
time and their ratio. Usage: startup_ratio.py BUILD_DIR [RUNS]
"""
import os
import statistics
import subprocess
import sys
import tempfile
import time


def main() -> int:
    if len(sys.argv) < 2:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    build = sys.argv[1]
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 60
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    with tempfile.TemporaryDirectory() as out:
        programs = {
            "acupoint-atlas --screenshot": [os.path.join(build, "bin", "acupoint-atlas"), "--screenshot",
                                            os.path.join(out, "app.png")],
            "empty window": [os.path.join(build, "tests", "bench", "acu_empty_window"), os.path.join(out, "empty.png")],
        }
        times = {name: [] for name in programs}
        for run in range(runs + 3):  # the first three warm the caches
            for name, command in programs.items():
                start = time.perf_counter()
                subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                if run >= 3:
                    times[name].append((time.perf_counter() - start) * 1000)
    medians = {name: statistics.median(values) for name, values in times.items()}
    for name, median in medians.items():
        print(f"{name:28s} median {median:6.1f} ms over {runs} runs")
    print(f"ratio {medians['acupoint-atlas --screenshot'] / medians['empty window']:.2f} (budget 1.3)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
