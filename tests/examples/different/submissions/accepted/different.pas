program Different;
var
  a, b: Int64;
begin
  while not SeekEof do
  begin
    readln(a, b);
    writeln(abs(a - b));
  end;
end.
