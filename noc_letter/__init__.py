"""NOC Letter Builder: an honest employer reference letter reading as the right NOC 2021 group."""

__version__ = "0.1.0"

import os as _os

# The matcher's numpy work is many small products; BLAS worker threads only add contention
# (a 2-core machine went from 0.8 ms to 20 ms per duty). Set before numpy is first imported;
# a value the user set explicitly wins.
for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    _os.environ.setdefault(_var, "1")
