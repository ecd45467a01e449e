using System;
using System.IO;
using System.Text;

public class Different {
    public static void Main() {
        var output = new StringBuilder();
        string line;
        while ((line = Console.In.ReadLine()) != null) {
            var parts = line.Split((char[])null, StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length < 2) continue;
            long a = long.Parse(parts[0]), b = long.Parse(parts[1]);
            output.Append(Math.Abs(a - b)).Append('\n');
        }
        Console.Write(output);
    }
}
