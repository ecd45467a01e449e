{ @EXPECTED_RESULTS@: CORRECT }
program Hello;
begin
  writeln('Hello World!');
end.
