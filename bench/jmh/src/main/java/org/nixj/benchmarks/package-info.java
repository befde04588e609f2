/**
 * JMH benchmarks of warm, in-process evaluation through the public {@link org.nixj.eval.Evaluator} API, on
 * the workloads in {@code bench/eval/}. Run by {@code bench/eval-jmh.sh}, never by the build; results and
 * method are in {@code bench/README.md}.
 */
package org.nixj.benchmarks;
