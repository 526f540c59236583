/**
 * JMH benchmarks. Every figure is reported next to a baseline measured in the same run (a hand-split
 * {@code Float.parseFloat}, a memory-bandwidth kernel, a raw gRPC stub, a raw pool), because the machines are
 * shared and noisy; see {@code bench/RESULTS.md}.
 */
@NullMarked
package dev.quiver.bench;

import org.jspecify.annotations.NullMarked;
