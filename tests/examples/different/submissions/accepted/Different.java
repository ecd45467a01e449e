import java.io.BufferedReader;
import java.io.InputStreamReader;

public class Different {
    public static void main(String[] args) throws Exception {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        StringBuilder out = new StringBuilder();
        for (String line; (line = in.readLine()) != null; ) {
            String[] parts = line.trim().split("\\s+");
            long a = Long.parseLong(parts[0]), b = Long.parseLong(parts[1]);
            out.append(Math.abs(a - b)).append('\n');
        }
        System.out.print(out);
    }
}
