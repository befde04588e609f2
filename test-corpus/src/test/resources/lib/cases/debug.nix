# lib.debug: tracing helpers return their value; runTests and testAllTrue.
{ lib }:
with lib;
{
  traceIf-false-returns = { expr = traceIf false "never" 1; expected = 1; };
  traceValFn-returns = { expr = traceValFn (x: "v=${toString x}") 2; expected = 2; };
  traceSeq-returns-second = { expr = traceSeq { a = 1; } 3; expected = 3; };
  traceSeqN-returns-second = { expr = traceSeqN 1 { a = { b = 1; }; } 4; expected = 4; };
  traceValSeqN-returns = { expr = traceValSeqN 2 [ 1 [ 2 ] ]; expected = [ 1 [ 2 ] ]; };
  traceFnSeqN-returns-result = { expr = traceFnSeqN 1 "inc" (x: x + 1) 1; expected = 2; };
  runTests-reports-failures = {
    expr = runTests {
      testOk = { expr = 1; expected = 1; };
      testBad = { expr = 1; expected = 2; };
      notATest = { expr = 1; expected = 2; };
    };
    expected = [ { name = "testBad"; expected = 2; result = 1; } ];
  };
  runTests-selected = {
    expr = runTests { tests = [ "testA" ]; testA = { expr = 1; expected = 1; }; testB = { expr = 1; expected = 2; }; };
    expected = [ ];
  };
  testAllTrue-shape = { expr = testAllTrue [ true (1 == 1) ]; expected = { expr = [ true true ]; expected = [ true true ]; }; };
}
