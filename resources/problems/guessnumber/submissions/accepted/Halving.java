// Binary search in Java: println on System.out, then an explicit flush.
import java.io.BufferedReader;
import java.io.InputStreamReader;

public class Halving {
    public static void main(String[] args) throws Exception {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        long lo = 1, hi = 1_000_000_000L;
        while (true) {
            long mid = (lo + hi) / 2;
            System.out.println("? " + mid);
            System.out.flush();
            String answer = in.readLine().trim();
            if (answer.equals("=")) return;
            if (answer.equals("<")) hi = mid - 1;
            else lo = mid + 1;
        }
    }
}
