# Recursive Fibonacci: 635,621 calls of a lambda, integer arithmetic and comparisons.
let fib = n: if n < 2 then n else fib (n - 1) + fib (n - 2);
in fib 27
