#!/usr/bin/env bash
# JMH micro-benchmarks of the engine's hot kernels at the course model's shapes (src/jmh/java,
# package org.convscope.bench): GEMM of conv2/conv3 forward and backward (GemmBench, score in
# ops/ns = GFLOP/s), im2row/row2im of conv2's input (Im2RowBench), conv2 forward/backward through
# the layer API (Conv2DBench), both max poolings (MaxPoolBench) and one Adam step over the 93,322
# parameters (AdamBench). One thread each; bench/compare.sh and `convscope bench` measure whole
# training steps instead.
#
#   bench/jmh.sh                          every benchmark, short run (a few minutes)
#   bench/jmh.sh GemmBench.conv2Forward   one benchmark (arguments are JMH's: regexes, -p chunk=8, ...)
#   bench/jmh.sh -l                       list the benchmarks
#   JMH_OPTS="-f 2 -wi 5 -i 10" bench/jmh.sh GemmBench     longer runs for numbers worth quoting
#
# Arguments go to JMH after JMH_OPTS (default "-f 1 -wi 3 -i 5 -w 1s -r 1s"); JMH refuses an option
# given twice, so change forks/iterations/times through JMH_OPTS. The build goes to target/jmh (the
# jmh profile in pom.xml), apart from the normal build's classes.
set -euo pipefail
cd "$(dirname "$0")/.."

JMH_OPTS=${JMH_OPTS:--f 1 -wi 3 -i 5 -w 1s -r 1s}
exec mvn -q -B -Pjmh test-compile exec:exec -Djmh.args="$JMH_OPTS $*"
